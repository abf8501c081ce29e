/**
 * A set packed as an acronym and spelled out on one line: "CARE: Courage, Accountability,
 * Respect, Empathy". The label is no value; the names after it are, when their initials spell it
 * letter by letter (a line "NEWS: …" whose names spell something else is a label and a list of
 * something else).
 */
import { type Item, splitItems } from "./enumeration.js";

const ACRONYM_LINE = /^\s*(\p{Lu}{2,8})\s*(?::|–|—|-|=)\s*(.+?)[.!]?\s*$/u;

export function acronymLine(text: string): Item[] | null {
  const match = ACRONYM_LINE.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const letters = match[1];
  const items = splitItems(match[2]);
  if (!items || items.length !== letters.length) return null;
  const spelled = items.every(
    (item, i) => item.name.trim().charAt(0).toUpperCase() === letters.charAt(i),
  );
  return spelled ? items : null;
}
