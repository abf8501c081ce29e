/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; U+FFFE and
 * U+FFFF; surrogates without their pair): content may carry them (front matter, pasted text), and
 * every XML-based output (PPTX parts, a PDF's XMP packet) must lose them or be ill-formed.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, "");
}
