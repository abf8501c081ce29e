/**
 * "The vision is bolder. Skerrin describes it as “islands where …”": a sentence whose subject is
 * the mission or the vision, then one in which the company words "it" — the quotation is that
 * statement. (Not someone else's wording of it: "Critics describe it as …" names no company.)
 */
import type { DocBlock } from "./blocks.js";
import type { Sentence } from "./sentences.js";
import { sharesName } from "./statement-cues.js";
import type { AddCandidate } from "./statement-key-frames.js";
import { closingQuote } from "./statement-span.js";

/** "Skerrin describes it as “", "The company words it like this: “": who, the verb, "it". */
const WORDS_IT =
  /^\W*([Ii]t|[Ww]e|[Tt]he\s+company|[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,3})\s+(?:describes|described|words|worded|puts|phrases|phrased|frames|framed|sums\s+up|summed\s+up)\s+it\s+(?:as\s+|like\s+this\s*:\s*|thus\s*:\s*)(?=["“‘'])/u;

/** "The vision is bolder.", "Its mission has changed.": the statement as the sentence's subject. */
const NAMES_KIND =
  /^\W*(?:[Tt]he|[Ii]ts|[Oo]ur|([\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,3})['’]s?)\s+(?:new\s+|current\s+|stated\s+)?(mission|vision|purpose)\b/u;

export function readDescribedBack(
  sentence: Sentence,
  block: DocBlock,
  position: Map<Sentence, number>,
  names: string[],
  add: AddCandidate,
): void {
  const words = WORDS_IT.exec(sentence.text);
  const who = words?.[1];
  if (
    !words ||
    !who ||
    (/^\p{Lu}/u.test(who) && !/^(?:It|We|The)\b/.test(who) && !sharesName(who, names))
  )
    return;
  const previous = block.sentences[(position.get(sentence) ?? 0) - 1];
  const named = previous ? NAMES_KIND.exec(previous.text) : null;
  const kind = named?.[2];
  if (!kind || (named?.[1] !== undefined && !sharesName(named[1], names))) return;
  const open = words[0].length;
  const close = closingQuote(sentence.text, open);
  if (close === -1) return;
  add(
    kind === "vision" ? "vision" : "mission",
    sentence,
    [open + 1, close],
    0.8,
    `“The ${kind} …. X describes it as “…””`,
  );
}
