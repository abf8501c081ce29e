/**
 * Statements a page counts, then gives unquoted after its colon ("We have two visions: a town
 * where …, and a valley where …"): one noun phrase or "to …" clause each.
 */
import { parseCount } from "./enumeration.js";

/** Where one part ends and the next, opening as a statement does ("a", "an", "to"), starts. */
const PART_BREAK = /(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?=(?:a|an|to)\s)/giu;

/** "a soft one for customers", "the older one": a pronoun for a statement, not its wording. */
const STANDS_FOR_ONE = /^(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}one\b/iu;

/** A statement's opening: "a town where …", "an island …", "to keep …". */
const OPENS = /^(?:a|an|to)\s/i;

/**
 * The spans of the `counted` statements ("two", "3", "several") written between `from` and `to`
 * in `text`, or none when the words do not part into that many ("three visions: a town where …,
 * and a valley where …" gives two, so the reading is not trusted).
 */
export function countedParts(
  text: string,
  from: number,
  to: number,
  counted: string,
): [number, number][] {
  const words = text.slice(from, to);
  if (!OPENS.test(words)) return [];
  const spans: [number, number][] = [];
  let start = 0;
  for (const part of words.matchAll(PART_BREAK)) {
    spans.push([from + start, from + part.index]);
    start = part.index + part[0].length;
  }
  // (The last part ends before the sentence's closing mark.)
  let end = words.length;
  while (end > start && /[\s.!?]/.test(words[end - 1] ?? "")) end--;
  spans.push([from + start, from + end]);
  const wanted = /^several$/i.test(counted) ? spans.length : parseCount(counted);
  // ("two missions in circulation — a soft one for customers and a harder one for
  // shareholders": "one" stands for a statement given elsewhere; it words none.)
  if (spans.some(([a, b]) => STANDS_FOR_ONE.test(text.slice(a, b)))) return [];
  return spans.length >= 2 && spans.length === wanted ? spans : [];
}
