/** Small text formatters shared by the brief's view-model builders. */

/** `content/x.md:72` or `content/x.md:72:5`: how editors and the CLI point at a line. */
export function sourceRef(source: string, line: number, column?: number): string {
  return column === undefined ? `${source}:${line}` : `${source}:${line}:${column}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
    } catch {
      // Front matter may carry a tag Intl does not know; a readable English date beats a crash.
      format = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
    }
    dateFormats.set(lang, format);
  }
  return format;
}

/** A calendar date (`2026-03-02`) spelled out in the document's language; anything else as is. */
export function formatDate(value: string, lang: string): string {
  if (!ISO_DATE.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat(lang).format(date);
}
