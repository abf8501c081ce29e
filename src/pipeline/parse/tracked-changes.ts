/**
 * A Word file converted with its tracked changes kept (pandoc's `--track-changes=all`) marks each
 * edit as a span: `[six]{.deletion author="…"}[five]{.insertion author="…"}`. The document as it
 * now reads has the insertions and not the deletions, so a deletion is blanked and an insertion's
 * marks are, space for character — "six" goes, "five" stays — and every place still points into
 * the source. (A comment's marks, `{.comment-start}`, are left: pandoc keeps them apart.)
 */
import { eachProseLine } from "./prose-lines.js";

const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s*$/;
// (No bracket inside the span's text: each scan stops at the next "[", so a line of many stays
// linear.)
const CHANGE = /\[([^[\]\n]*)\]\{\.(deletion|insertion)\b[^}\n]*\}/g;

export function acceptTrackedChanges(source: string): string {
  if (!source.includes("{.deletion") && !source.includes("{.insertion")) return source;
  const lines = source.split("\n");
  eachProseLine(lines, (index) => {
    const line = lines[index] as string;
    const accepted = line.replace(CHANGE, (whole, text: string, kind: string) =>
      kind === "deletion"
        ? " ".repeat(whole.length)
        : `${text}${" ".repeat(whole.length - text.length)}`,
    );
    // (A list item deleted whole leaves its marker alone on the line: it goes too, so the list
    // runs on without an empty item.)
    lines[index] =
      accepted !== line && EMPTY_ITEM.test(accepted) ? " ".repeat(accepted.length) : accepted;
    return index;
  });
  return lines.join("\n");
}
