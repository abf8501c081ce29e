/**
 * Values said one sentence each, as a speaker or a plain-spoken page lists them: "We have three
 * values. Build it to be repaired. Ride what you sell. Tell people the truth." A counted mention,
 * then exactly that many short sentences closing the paragraph, are the set; so are that many
 * sentences naming each after an ordinal ("The first is reuse before new — …", "First, ship small.").
 */
import { type Mention, mentions } from "./enumeration.js";
import type { Sentence } from "./sentences.js";

/** Words a sentence that is one value's name may run to. */
const MOST_WORDS = 8;

export interface SpokenList {
  mention: Mention;
  /** The sentence that counts the set. */
  sentence: Sentence;
  names: { name: string; sentence: Sentence }[];
}

export function spokenList(sentences: Sentence[]): SpokenList | null {
  for (const [i, sentence] of sentences.entries()) {
    const mention = mentions(sentence.text).find((m) => m.count !== null);
    if (!mention || mention.count === null || mention.count < 2) continue;
    const rest = sentences.slice(i + 1);
    if (rest.length !== mention.count) continue;
    const names = rest.map((s) => ({ name: s.text.trim().replace(/[.!]+$/, ""), sentence: s }));
    const short = names.every(
      ({ name }) =>
        /^\p{Lu}/u.test(name) && !/[?:;"]/.test(name) && name.split(/\s+/).length <= MOST_WORDS,
    );
    if (short) return { mention, sentence, names };
    const ordinals = ordinalNames(rest, mention.count);
    if (ordinals) return { mention, sentence, names: ordinals };
  }
  return null;
}

/**
 * "The first is", "And the third is", "The second principle is", "First, …", "Secondly, …": an
 * ordinal naming one part.
 */
const ORDINAL =
  /^\W*(?:(?:And\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)(?:\s+(?:one|value|principle|belief|rule))?\s+is\s+|(?:first|second|third|fourth|fifth|sixth|seventh|finally|lastly)(?:ly)?,\s+)/i;
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
