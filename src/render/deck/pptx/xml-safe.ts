/**
 * Characters XML 1.0 forbids make a PPTX part ill-formed, and PowerPoint or LibreOffice refuse the
 * file, so every string of the model loses them (base/xml-text.ts) before anything is drawn:
 * titles, runs, notes and document properties alike.
 */
import { xmlText } from "../../../base/xml-text.js";

export { xmlText };

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
