/**
 * A table that sets versions of the statements side by side ("| | 2015 | 2026 |", "| | Old | New
 * |", "| | Before | After |"): a reader takes the latest column as the page's current wording and
 * the others as history.
 */
import type { Table } from "mdast";
import { plainText } from "./text.js";

/** Headers that name the current version, or an earlier one. */
const LATEST = /^(?:new|now|today|current|currently|after|revised|updated|refreshed|latest)$/i;
const EARLIER = /^(?:old|then|before|previous|previously|former|original|earlier|was)$/i;

/** A note in brackets after a header's word: "(2016–2024)", "(since Sept 2024)". */
const DATES_NOTE = /\s*\([^()]{1,40}\)$/;

/**
 * The column (of two or more after the row's name) that holds the latest version, when the
 * header dates the columns by year or names them old and new; else null (one column, or columns
 * of another kind).
 */
export function latestColumn(table: Table): number | null {
  const heads = (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim());
  const versions = heads.slice(1);
  if (versions.length < 2) return null;
  // ("2016 (superseded)", "2024 (current)": a note on the year may follow it; "2012 wording",
  // the word for what the column holds.)
  const years = versions.map(
    (head) =>
      /^(?:(?:in|since)\s+)?((?:19|20)\d\d)(?:\s+(?:wording|version|statement|text))?(?:\s*\([^)]{1,30}\))?$/i.exec(
        head,
      )?.[1],
  );
  if (years.every((year) => year !== undefined)) {
    const numbers = years.map(Number);
    return 1 + numbers.indexOf(Math.max(...numbers));
  }
  // ("Before (2016–2024)", "Now (since Sept 2024)": so may each header's dates.)
  const words = versions.map((head) => head.replace(DATES_NOTE, ""));
  const latest = words.findIndex((head) => LATEST.test(head));
  const others = words.filter((_, i) => i !== latest);
  return latest !== -1 && others.every((head) => EARLIER.test(head)) ? 1 + latest : null;
}
