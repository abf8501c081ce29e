/**
 * Values said one sentence each, as a speaker or a plain-spoken page lists them: "We have three
 * values. Build it to be repaired. Ride what you sell. Tell people the truth." A counted mention,
 * then exactly that many short sentences closing the paragraph, are the set (or fewer, when the
 * sentence after them speaks of "those"); so are that many sentences naming each after an ordinal
 * ("The first is reuse before new — …", "First, ship small.").
 */
import {
  COUNT,
  HOLD,
  LEAD_NOUN,
  type Mention,
  mentions,
  parseCount,
  valuesMention,
} from "./enumeration.js";
import type { Sentence } from "./sentences.js";

/** Words a sentence that is one value's name may run to. */
const MOST_WORDS = 8;
/** A sentence speaking of the names just given as a group: "those", "them", "all of them". */
const POINTS_BACK = /\b(?:those|these|them|all\s+(?:three|four|five|six|of\s+them))\b/i;
/** A name that is a clause of its own ("It is hard."), not a name: a pronoun and its verb. */
const FINITE = /^(?:it|we|they|i|you|he|she|this|that)\s/i;

export interface SpokenList {
  mention: Mention;
  /** The sentence that counts the set. */
  sentence: Sentence;
  names: { name: string; sentence: Sentence }[];
}

export function spokenList(sentences: Sentence[]): SpokenList | null {
  for (const [i, sentence] of sentences.entries()) {
    const mention =
      mentions(sentence.text).find((m) => m.count !== null) ?? thingsHeld(sentence.text);
    if (!mention || mention.count === null || mention.count < 2) continue;
    const rest = sentences.slice(i + 1);
    const named = (s: Sentence) => ({ name: s.text.trim().replace(/[.!]+$/, ""), sentence: s });
    const short = ({ name }: { name: string }) =>
      /^\p{Lu}/u.test(name) && !/[?:;"]/.test(name) && name.split(/\s+/).length <= MOST_WORDS;
    const names = rest.map(named);
    if (rest.length === mention.count && names.every(short)) return { mention, sentence, names };
    // ("We hire on four principles. Honesty about the numbers. Fixing before replacing. Leaving
    // every site cleaner. If someone doesn't care about those, …": the names may be fewer than
    // counted, when the sentence after them speaks of them as a group.)
    const run = names.findIndex((n) => !short(n));
    if (
      run >= 2 &&
      run <= mention.count &&
      POINTS_BACK.test(names[run]?.name ?? "") &&
      names.slice(0, run).every((n) => !FINITE.test(n.name))
    )
      return { mention, sentence, names: names.slice(0, run) };
    const ordinals = ordinalNames(rest, mention.count);
    if (ordinals) return { mention, sentence, names: ordinals };
    // (Else, "We've got four values. Evidence — we test, we publish. Patience, because a river takes
    // twenty years. … And joy.": each sentence a name and its gloss, the last after "And".)
    const glossed = rest.map(glossedName);
    if (rest.length === mention.count && glossed.every((n) => n !== null))
      return {
        mention,
        sentence,
        names: glossed.map((n, k) => ({ name: n, sentence: rest[k] as Sentence })),
      };
  }
  return null;
}

/** Where a spoken name's gloss starts: "Evidence — we test …", "Patience, because …". */
const GLOSS = /\s+[—–]\s|\s-\s|,\s+(?:because|since|which|as)\s|:\s/;
/** Words a name with a gloss after it may run to. */
const MOST_GLOSSED_WORDS = 5;

/**
 * The name a sentence says before its gloss, the last one after "And" ("And candour — which is
 * the hardest"), or null when the sentence is no name: a clause of its own, or too long.
 */
function glossedName(sentence: Sentence): string | null {
  const text = sentence.text.trim();
  // ("The first is about access": an ordinal's part, named after it, or none.)
  if (ORDINAL.test(text)) return null;
  const last = /^And\s+/.exec(text);
  const rest = last ? text.slice(last[0].length) : text;
  const end = GLOSS.exec(rest);
  const name = (end ? rest.slice(0, end.index) : rest).replace(/[.!]+$/, "").trim();
  const words = name.split(/\s+/).length;
  return name &&
    (last || /^\p{Lu}/u.test(name)) &&
    !/[?:;"]/.test(name) &&
    !FINITE.test(name) &&
    words <= (end ? MOST_GLOSSED_WORDS : MOST_WORDS)
    ? name
    : null;
}

/**
 * "We've got three things we come back to, always.": a count of things the company holds to, in
 * the sentence before they are said one by one.
 */
const THINGS_HELD = new RegExp(
  String.raw`\b(${COUNT})\s+${LEAD_NOUN}\s+(?:that\s+)?(?:we|I)\s+(?:always\s+)?(?:${HOLD}|(?:keep\s+)?(?:come|coming)\s+back\s+to|return\s+to)\b`,
  "i",
);
function thingsHeld(text: string): Mention | undefined {
  const held = THINGS_HELD.exec(text);
  return held?.[1] ? valuesMention(parseCount(held[1]), held.index) : undefined;
}

/**
 * "The first is", "And the third is", "The second principle is", "First, …", "Secondly, …": an
 * ordinal naming one part.
 */
const ORDINAL =
  /^\W*(?:(?:And\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)(?:\s+(?:one|value|principle|belief|rule))?(?:,\s+[^,.;:!?]{1,40},)?\s+is\s+|(?:first|second|third|fourth|fifth|sixth|seventh|finally|lastly)(?:ly)?,\s+)/i;
/** Where the name after the ordinal ends: a dash, a colon, a comma, a full stop. */
const NAME_END = /\s+[—–-]\s|[:;,.!]/;

/**
 * "We work by three principles. The first is reuse before new — … The second is …": as many
 * sentences opening on an ordinal as the count, each naming its part before its gloss.
 */
function ordinalNames(rest: Sentence[], count: number): SpokenList["names"] | null {
  const names = rest.flatMap((sentence) => {
    const lead = ORDINAL.exec(sentence.text);
    if (!lead) return [];
    const after = sentence.text.slice(lead[0].length);
    const end = NAME_END.exec(after);
    const name = (end ? after.slice(0, end.index) : after).trim();
    return [{ name, sentence }];
  });
  // (A part an ordinal opens may run a little longer: "Second, talk to the clinic before you
  // touch the code.")
  const short = names.every(
    ({ name }) => name !== "" && !/[?"]/.test(name) && name.split(/\s+/).length <= MOST_WORDS + 2,
  );
  return names.length === count && short ? names : null;
}
