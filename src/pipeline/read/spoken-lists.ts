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
/** … and the last, after the "And" that closes the list, a little more. */
const MOST_WORDS_LAST = 10;
/** A sentence speaking of the names just given as a group: "those", "them", "all of them". */
const POINTS_BACK = /\b(?:those|these|them|all\s+(?:three|four|five|six|of\s+them))\b/i;
/**
 * A name that is a clause of its own ("It is hard.", "We've argued about them for years."), not a
 * name: a pronoun and its verb.
 */
const FINITE = /^(?:it|we|they|i|you|he|she|this|that|these|those)(?:\s|['’](?:s|ve|re|d|ll)\b)/i;

export interface SpokenList {
  mention: Mention;
  /** The sentence that counts the set. */
  sentence: Sentence;
  names: { name: string; sentence: Sentence }[];
}

export function spokenList(sentences: Sentence[]): SpokenList | null {
  // Each sentence read as a name once; from the end, where the next one that is no short name
  // stands and how many ordinals follow: a counted sentence then looks at no more of the rest
  // than its count (linear in the paragraph).
  const names = sentences.map(named);
  const notShort: number[] = [];
  const ordinalsAfter: number[] = [];
  /** The sentences that open on an ordinal, last first. */
  const ordinalsBack: Sentence[] = [];
  let next = sentences.length;
  for (let k = sentences.length - 1; k >= 0; k--) {
    notShort[k] = next;
    ordinalsAfter[k] = ordinalsBack.length;
    if (!short(names[k] as SpokenList["names"][number])) next = k;
    const sentence = sentences[k] as Sentence;
    if (ORDINAL.test(sentence.text)) ordinalsBack.push(sentence);
  }
  const ordinal = ordinalsBack.reverse();
  for (const [i, sentence] of sentences.entries()) {
    const mention =
      mentions(sentence.text).find((m) => m.count !== null) ??
      thingsHeld(sentence.text) ??
      bareCount(sentence.text, sentences[i - 1]);
    if (!mention || mention.count === null || mention.count < 2) continue;
    const count = mention.count;
    const left = sentences.length - i - 1;
    if (left === count && notShort[i] === sentences.length)
      return { mention, sentence, names: names.slice(i + 1) };
    // ("We hire on four principles. Honesty about the numbers. Fixing before replacing. Leaving
    // every site cleaner. If someone doesn't care about those, …": the names may be fewer than
    // counted, when the sentence after them speaks of them as a group.)
    const at = notShort[i] ?? sentences.length;
    const run = at - i - 1;
    if (
      at < sentences.length &&
      run >= 2 &&
      run <= count &&
      POINTS_BACK.test(names[at]?.name ?? "") &&
      // (Nor when they speak of the set themselves: "These aren't new. We've argued about them.")
      names.slice(i + 1, at).every((n) => !FINITE.test(n.name) && !POINTS_BACK.test(n.name))
    )
      return { mention, sentence, names: names.slice(i + 1, at) };
    // ("We've got three values. Dignity. Thrift. Welcome. Dignity because …": as many names as
    // counted, in a row, then the first of them glossed — the speaker goes on to explain each.)
    const glossStart = i + 1 + count;
    const first = names[i + 1]?.name ?? "";
    if (
      (notShort[i] ?? 0) >= glossStart &&
      glossStart < sentences.length &&
      first !== "" &&
      (sentences[glossStart] as Sentence).text
        .trim()
        .toLowerCase()
        .startsWith(`${first.toLowerCase()} `)
    )
      return { mention, sentence, names: names.slice(i + 1, glossStart) };
    // ("We work by three principles. The first is … The second is …": as many ordinals after it
    // as counted — the last ones of the paragraph.)
    const ordinals = ordinalsAfter[i] === count ? ordinalNames(ordinal.slice(-count)) : null;
    if (ordinals) return { mention, sentence, names: ordinals };
    // (Else, "We've got four values. Evidence — we test, we publish. Patience, because a river takes
    // twenty years. … And joy.": each sentence a name and its gloss, the last after "And".)
    if (left !== count) continue;
    const rest = sentences.slice(i + 1);
    const glossed = rest.map(glossedName);
    if (glossed.every((n) => n !== null))
      return {
        mention,
        sentence,
        names: glossed.map((n, k) => ({ name: n, sentence: rest[k] as Sentence })),
      };
  }
  return null;
}

// ("… And tell people the truth.": the last name of a spoken list, after the "And" that closes it.)
const named = (s: Sentence) => ({
  name: s.text
    .trim()
    .replace(/[.!]+$/, "")
    .replace(/^And\s+(?=\p{Ll})/u, ""),
  sentence: s,
});
// (Not one an ordinal opens, "First, ship small.": the ordinals are read as such.)
const short = ({ name, sentence }: { name: string; sentence: Sentence }) =>
  /^\p{Lu}/u.test(sentence.text.trim()) &&
  !ORDINAL.test(sentence.text) &&
  !/[?:;"]/.test(name) &&
  name.split(/\s+/).length <= (/^And\s/.test(sentence.text.trim()) ? MOST_WORDS_LAST : MOST_WORDS);

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
 * "We have values, and we hire on them. We have four.": a count said bare, its noun given by the
 * sentence before — that sentence's set, counted.
 */
const BARE_COUNT = new RegExp(
  String.raw`^\W*(?:we\s+have|we['’]ve\s+got|there\s+are)\s+(${COUNT})\s*(?:[.!]|,\s+and\b)`,
  "i",
);
function bareCount(text: string, before: Sentence | undefined): Mention | undefined {
  const bare = BARE_COUNT.exec(text);
  const named = bare?.[1] && before ? mentions(before.text)[0] : undefined;
  return named && bare?.[1]
    ? { ...named, count: parseCount(bare[1]), countIndex: text.indexOf(bare[1], bare.index) }
    : undefined;
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
 * "We work by three principles. The first is reuse before new — … The second is …": the
 * sentences opening on an ordinal (as many as the count), each naming its part before its gloss.
 */
function ordinalNames(ordinals: Sentence[]): SpokenList["names"] | null {
  const names = ordinals.flatMap((sentence) => {
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
  return short ? names : null;
}
