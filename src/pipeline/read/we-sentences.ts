/**
 * A value written as the company's own short sentence: "We answer every letter", "We mend
 * before we replace". A first-person-plural subject and its verb make it a way the company
 * behaves, however many words it runs to; a long heading of another shape ("How a typical week
 * runs") is a topic.
 */
import { tag } from "./nlp.js";

/** Words such a sentence may run to. */
const MOST_WORDS = 12;

export function ownSentence(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!/^we$/i.test(words[0] ?? "") || words.length < 2 || words.length > MOST_WORDS) return false;
  // ("We never …", "We always …": the adverb before the verb.)
  const verb = tag(name)
    .slice(1)
    .find((t) => t.pos !== "ADV");
  return verb?.pos === "VERB" || verb?.pos === "AUX";
}
