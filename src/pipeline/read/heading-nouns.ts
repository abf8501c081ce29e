/**
 * "## The Larkhill Habits" over "Our five Larkhill Habits are the words we use every day:": the
 * heading names a set by its own noun and the lead-in counts the list by the same noun, so the
 * list is that set — the company's values under its own name — though neither says "values".
 */
import { COUNT, countedNoun, LEAD_NOUN, type LeadCount, parseCount } from "./enumeration.js";

/** The generic nouns a company may name its set by in a heading: those a lead-in counts it by. */
const HEADING_NOUN = new RegExp(String.raw`\b(${LEAD_NOUN})\b`, "i");

/** Rules a lower-case word ties to a thing or a place: "plot rules", "pool rules", "site rules". */
const REGULATIONS =
  /\s(?!(?:house|ground|golden|simple|basic|core|key|main|few|unwritten)\s)\p{Ll}+\s+rules\b/u;

/** The lead-in's count when its counted noun is the one the heading names; else null. */
export function headingNounCount(heading: string, text: string): LeadCount | null {
  const noun = HEADING_NOUN.exec(heading)?.[1];
  if (!noun) return null;
  const count = countedNoun(text);
  if (!count) return null;
  // (The count's own noun, a few words on: "five Larkhill Habits", not "three … of the habits".)
  const counted = new RegExp(String.raw`^\S+\s+(?:\S+\s+){0,2}?${noun}\b`, "i");
  const said = counted.exec(text.slice(count.index))?.[0];
  // ("six plot rules", "the pool rules": rules for using a thing, a tenancy's or a site's — not
  // the house's own "golden rules".)
  return said && !REGULATIONS.test(said) ? count : null;
}

/**
 * "The Five Graces are the service values every team member is hired against.", "We call our
 * values the Six Loaves.": the set's own counted name, said to be the values — the count of the
 * named items after it (no colon needed).
 */
const NICKNAMED = new RegExp(
  String.raw`^\W*(?:(?:the|our)\s+(${COUNT})\s+\p{Lu}[\p{L}'’-]+\s+(?:are|is)\s+(?:the|our|its|their)\s+(?:[\p{L}-]+\s+)?(?:values|principles|beliefs)\b|we\s+call\s+(?:our|the|these)\s+(?:[\p{L}-]+\s+)?(?:values|principles|beliefs)\s+(?:the\s+)?(${COUNT})\s+\p{Lu})`,
  "iu",
);
export function nicknamedCount(text: string): LeadCount | null {
  const match = NICKNAMED.exec(text);
  const count = match?.[1] ?? match?.[2];
  return match && count ? { count: parseCount(count), index: match[0].indexOf(count) } : null;
}
