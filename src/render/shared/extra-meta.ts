/**
 * Front matter beyond the typed fields, as readers see it. Unknown keys stay in `model.meta` for
 * whoever reads model.json, but are shown nowhere: only keys listed here reach the brief and deck.
 */
import type { Meta } from "../../schema/schema.js";

/** A `disclaimer:` (or `note:`) to print on the covers: a string with some text, else null. */
export function disclaimerOf(meta: Meta): string | null {
  for (const key of ["disclaimer", "note"]) {
    const value = meta[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}
