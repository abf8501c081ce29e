/**
 * Values named in flowing prose by a verb of holding to, with no colon, count or bold to mark the
 * list: "We care about grip, thrift and candour, and we …". What marks them is their shape: three
 * or more bare common nouns (no determiner, pronoun or name: "our growers", "the river", "Leeds"
 * are people, things and places), the list closed by punctuation.
 */
import { type Enumeration, HOLD, valuesMention } from "./enumeration.js";
import { tag } from "./nlp.js";

/** A bare lower-case word or two. */
const WORDS = String.raw`\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?`;
const HELD_QUALITIES = new RegExp(
  String.raw`\b(?:[Ww]e|[Ii]t)\s+(?:also\s+|deeply\s+|really\s+)?${HOLD}\s+(${WORDS}(?:,\s*${WORDS})+,?\s+and\s+${WORDS})(?=\s*[,.;:!?–—]|\s*$)`,
  "u",
);

/** The qualities the sentence holds to, as an uncounted set; null when none. */
export function heldQualities(text: string): Enumeration | null {
  const match = HELD_QUALITIES.exec(text);
  const list = match?.[1];
  if (!match || !list) return null;
  const names = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const bare = names.every((name) => tag(name).every((t) => t.pos === "NOUN" || t.pos === "ADJ"));
  if (names.length < 3 || !bare) return null;
  return {
    ...valuesMention(),
    items: names.map((name) => ({ name, description: null })),
    start: match.index + match[0].length - list.length,
  };
}
