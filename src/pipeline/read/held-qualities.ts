/**
 * Values named in flowing prose by a verb of holding to, with no colon, count or bold to mark the
 * list: "We care about grip, thrift and candour, and we …". What marks them is their shape: three
 * or more bare common nouns (no determiner, pronoun or name: "our growers", "the river", "Leeds"
 * are people, things and places), the list closed by punctuation.
 */
import { type Enumeration, HOLD, mentions, valuesMention } from "./enumeration.js";
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
  const names = namesOf(list);
  if (names.length < 3 || !names.every(bare)) return null;
  return qualities(names, match.index + match[0].length - list.length);
}

/** A list closing its sentence: "…, rigour, inclusion and sustainability." */
const CLOSING_LIST = new RegExp(
  String.raw`(${WORDS}(?:,\s*${WORDS})+,?\s+and\s+${WORDS})\s*[.!]?\s*$`,
  "u",
);
/** "These values …", "Those four principles …", "These are the values …": the set just named. */
const CALLED_BACK = /^\W*(?:all\s+)?(?:these|those)\b/i;

/**
 * Bare qualities closing a sentence that the next sentence calls values ("We are a club
 * committed to thrift, candour, warmth and patience. These values were agreed …"): no verb of
 * holding to marks the list, the sentence after names what it was.
 */
export function calledValues(text: string, next: string): Enumeration | null {
  const said = mentions(next)[0];
  if (!CALLED_BACK.test(next) || !said || said.end > 30) return null;
  const match = CLOSING_LIST.exec(text);
  const list = match?.[1];
  if (!match || !list) return null;
  const names = namesOf(list);
  // ("… committed to thrift, …": the first item may start with the words that lead into it.)
  const first = names[0] ?? "";
  if (!bare(first)) names[0] = first.split(/\s+/).at(-1) ?? "";
  if (names.length < 3 || !names.every(bare)) return null;
  const start = match.index + first.length - (names[0]?.length ?? 0);
  return { ...qualities(names, start), kind: said.kind, label: said.label };
}

function namesOf(list: string): string[] {
  return list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
}

/** A bare common noun or adjective or two: no determiner, pronoun or name. */
function bare(name: string): boolean {
  return tag(name).every((t) => t.pos === "NOUN" || t.pos === "ADJ");
}

function qualities(names: string[], start: number): Enumeration {
  return {
    ...valuesMention(),
    items: names.map((name) => ({ name, description: null })),
    start,
  };
}
