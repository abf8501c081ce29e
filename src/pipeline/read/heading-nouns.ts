/**
 * "## The Larkhill Habits" over "Our five Larkhill Habits are the words we use every day:": the
 * heading names a set by its own noun and the lead-in counts the list by the same noun, so the
 * list is that set — the company's values under its own name — though neither says "values".
 */
import { countedNoun, LEAD_NOUN, type LeadCount } from "./enumeration.js";

/** The generic nouns a company may name its set by in a heading: those a lead-in counts it by. */
const HEADING_NOUN = new RegExp(String.raw`\b(${LEAD_NOUN})\b`, "i");

/** The lead-in's count when its counted noun is the one the heading names; else null. */
export function headingNounCount(heading: string, text: string): LeadCount | null {
  const noun = HEADING_NOUN.exec(heading)?.[1];
  if (!noun) return null;
  const count = countedNoun(text);
  if (!count) return null;
  // (The count's own noun, a few words on: "five Larkhill Habits", not "three … of the habits".)
  const counted = new RegExp(String.raw`^\S+\s+(?:\S+\s+){0,2}?${noun}\b`, "i");
  return counted.test(text.slice(count.index)) ? count : null;
}
