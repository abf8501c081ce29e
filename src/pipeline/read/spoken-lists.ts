/**
 * Values said one sentence each, as a speaker or a plain-spoken page lists them: "We have three
 * values. Build it to be repaired. Ride what you sell. Tell people the truth." A counted mention,
 * then exactly that many short sentences closing the paragraph, are the set.
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
  }
  return null;
}
