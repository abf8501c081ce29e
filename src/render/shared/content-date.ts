/**
 * The date a document's content carries, for the PDFs' XMP dc:date: the front matter's `date`,
 * else the day an imported page was `retrieved`. Only an ISO 8601 date qualifies (the XMP Date
 * type); "Spring 2026" is shown on the cover but not claimed as a machine-readable date.
 */
import type { Model } from "../../schema/schema.js";

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function contentDate(meta: Model["meta"]): string | undefined {
  return [meta.date, meta.retrieved]
    .find((value): value is string => typeof value === "string" && ISO_DATE.test(value.trim()))
    ?.trim();
}
