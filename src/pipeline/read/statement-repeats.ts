/**
 * A statement already read, stated again later without a frame ("Everything we fund aims at one
 * thing: a greener Leeds where …"): another occurrence of it, so that the one stated most often
 * is the primary, as a reader counts them.
 */
import type { DocBlock } from "./blocks.js";
import { sectionName } from "./blocks.js";
import { foldQuotes } from "./sentences.js";
import { wordCount } from "./statement-span.js";
import type { Candidate } from "./statements.js";

/** A shorter wording recurs inside other sentences by chance ("bake good bread"). */
const MIN_WORDS = 5;
/** Only this many wordings are looked for, so a page of many statements stays linear. */
const MAX_WORDINGS = 12;

export function repeats(blocks: DocBlock[], found: Candidate[]): Candidate[] {
  const wordings = [...new Map(found.map((c) => [foldQuotes(c.text).toLowerCase(), c])).entries()]
    .filter(([text]) => wordCount(text) >= MIN_WORDS)
    .slice(0, MAX_WORDINGS);
  if (wordings.length === 0) return [];
  /** Columns of every occurrence already read, by line. */
  const read = new Map<number, number[]>();
  for (const { occurrence } of found)
    read.set(occurrence.line, [...(read.get(occurrence.line) ?? []), occurrence.column]);
  const more: Candidate[] = [];
  for (const block of blocks) {
    if (block.node.type === "heading" || block.node.type === "code") continue;
    for (const sentence of block.sentences) {
      const start = sentence.at(0);
      const end = sentence.at(Math.max(0, sentence.text.length - 1));
      // (A sentence that gave a statement states it once.)
      if (holds(read, start, end)) continue;
      // (A soft line break stands for a space: "a greener,\nkinder Leeds" is the same words.)
      const lower = sentence.text.toLowerCase().replace(/\s/g, " ");
      // (Each wording once, where no other already stands: "has two: to be “A” and “B”" states
      // both; a wording inside a longer one found first is that one's.)
      const spans: [number, number][] = [];
      for (const [text, candidate] of wordings) {
        const at = lower.indexOf(text);
        if (at === -1 || spans.some(([a, b]) => at < b && at + text.length > a)) continue;
        spans.push([at, at + text.length]);
        more.push({
          ...candidate,
          text: sentence.raw.slice(at, at + text.length),
          occurrence: { ...sentence.at(at), section: sectionName(block.section) },
          evidence: { cue: "the statement stated again", context: candidate.evidence.context },
        });
      }
    }
  }
  return more;
}

type Point = { line: number; column: number };

/** Whether an occurrence in `read` lies between `start` and `end`. */
function holds(read: Map<number, number[]>, start: Point, end: Point): boolean {
  for (let line = start.line; line <= end.line; line++) {
    const columns = read.get(line) ?? [];
    const inside = columns.some(
      (column) =>
        (line > start.line || column >= start.column) && (line < end.line || column <= end.column),
    );
    if (inside) return true;
  }
  return false;
}
