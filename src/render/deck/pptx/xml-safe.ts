/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; U+FFFE and
 * U+FFFF; surrogates without their pair) make a PPTX part ill-formed, and PowerPoint or LibreOffice
 * refuse the file. Content may carry them (front matter, pasted text), so every string of the model
 * loses them before anything is drawn: titles, runs, notes and document properties alike.
 */

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** The same plain data (JSON-like: strings, numbers, arrays, objects) with every string cleaned. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, xmlSafe(item)]),
    ) as T;
  }
  return value;
}
