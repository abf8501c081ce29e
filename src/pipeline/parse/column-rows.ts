/**
 * Text pasted from a PDF sets a small table out in columns of spaces, a name and its meaning on
 * each row, a long meaning wrapped under its own column:
 *
 *     SAFE          We go home in the same shape we arrived.
 *     ONE TEAM      Customers see one Northwold, not a set of
 *                   departments.
 *
 * Markdown reads the rows as one paragraph and the names are lost. Two or more such rows whose
 * meanings start in one column become a list of "Name: meaning" items, character for character
 * ("- SAFE:       We go …": the marker and the colon take three of the gap's spaces), so every
 * place still points into the source. Front matter and code are left as written.
 */
import { eachProseLine } from "./prose-lines.js";

/** A row: up to three spaces, a name of one to four capitalised words, a gap of four or more. */
const ROW = /^( {0,3})(\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,3})( {4,})(?=\S)/u;

/** A table's header row: the set's word for its items, or a column's usual name for the meaning. */
const HEADER =
  /^ {0,3}(?:(?:Values?|Principles?|Pillars?|Beliefs?|Behaviou?rs?|Name|Theme|Commitments?|Priorit(?:y|ies))\s{4,}\S.*|\S.*\s{4,}(?:In practice|What (?:it|this) means|What we mean|Meaning|Description|How we live it|What it looks like)\s*)$/;

export function markColumnRows(source: string): string {
  if (!/\S {4,}\S/.test(source)) return source;
  const lines = source.split("\n");
  eachProseLine(lines, (index) => markRun(lines, index));
  return lines.join("\n");
}

/** Marks the rows of a run starting at `start`, if one does; the last line the run takes. */
function markRun(lines: string[], start: number): number {
  const first = ROW.exec(lines[start] ?? "");
  if (!first) return start;
  const column = first[0].length;
  const rows = [start];
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    const row = ROW.exec(line);
    if (row && row[0].length === column) rows.push(i);
    // (A wrapped meaning stands under its column; any other line ends the table.)
    else if (!(line.length > column && line.slice(0, column).trim() === "")) break;
    end = i;
  }
  // (A header row names the columns, "Value        In practice": no item of the list, and no
  // text between the list and its lead-in — blanked, space for character.)
  const header = HEADER.test(lines[start] ?? "");
  if (header) rows.shift();
  if (rows.length < 2) return start;
  if (header) lines[start] = " ".repeat((lines[start] as string).length);
  for (const i of rows) {
    lines[i] = (lines[i] as string).replace(
      ROW,
      (_, lead: string, name: string, gap: string) => `${lead}- ${name}:${gap.slice(3)}`,
    );
  }
  return end;
}
