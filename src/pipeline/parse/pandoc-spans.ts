/**
 * A Word file converted by pandoc keeps its spans as `[text]{…}`. With tracked changes kept
 * (`--track-changes=all`) each edit is one — `[six]{.deletion author="…"}[five]{.insertion …}` —
 * and each comment (`[Check this]{.comment-start …}`); formatting Markdown has no mark for is one
 * too (`[the words]{.underline}`, `{.smallcaps}`, `{custom-style="…"}`). The document as it now
 * reads has the insertions and the formatted words, not the deletions or the comments: their marks
 * (and a deletion's or a comment's text) are blanked, space for character, so every place still
 * points into the source (but on a line the blanks would open, which keeps its line).
 */
import { eachProseLine } from "./prose-lines.js";

const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s*$/;
// (An attribute block opens on a class, an id or a key: "{.x", "{#x", "{key=". No bracket inside
// the span's text: each scan stops at the next "[", so a line of many stays linear.)
const SPAN = /\[([^[\]\n]*)\]\{(?:([.#][\w-]+)|[\w-]+=)[^}\n]*\}/g;
/** The spans whose text is not the document's: a deleted edit, a comment. */
const DROPPED = new Set([".deletion", ".comment-start", ".comment-end"]);

export function readPandocSpans(source: string): string {
  if (!source.includes("]{")) return source;
  const lines = source.split("\n");
  eachProseLine(lines, (index) => {
    const line = lines[index] as string;
    const read = line.replace(SPAN, (whole, text: string, first = "") =>
      DROPPED.has(first)
        ? " ".repeat(whole.length)
        : `${text}${" ".repeat(whole.length - text.length)}`,
    );
    // (A list item deleted whole leaves its marker alone on the line: it goes too, so the list
    // runs on without an empty item.)
    // (A span blanked at the line's start — a Word heading's anchor, "[]{#_Toc123 .anchor}**2.
    // Our Mission**" — would indent the line into a code block: its blanks move to the line's
    // end, the only place on that line that shifts.)
    const opened = read !== line && !/^\s/.test(line) ? /^ +/.exec(read) : null;
    const moved = opened ? `${read.slice(opened[0].length)}${opened[0]}` : read;
    lines[index] = read !== line && EMPTY_ITEM.test(read) ? " ".repeat(read.length) : moved;
    return index;
  });
  return lines.join("\n");
}
