import { HOLD } from "./enumeration.js";

/**
 * "We don't have a glossy list of values. What we have is a handful of things people here say to
 * each other:": once the lead-in has named the values, an uncounted few things the company's own
 * people say, do or hold to, before a colon, lead in to the set — counted by no number.
 * ("A few things to know before you come:" is advice: no one of the company keeps them.)
 */
const FEW_THINGS =
  /\b(?:a\s+(?:handful|few|couple|short\s+list)\s+of|several|some)\s+(?:[\p{L}-]+\s+)?(?:things|habits|rules|ideas|sayings|principles)\s+(?:that\s+|which\s+)?(?:we|people|everyone|everybody|staff|our\s+[\p{L}-]+)\b[^:]{0,120}:\s*$/iu;

/** Whether the lead-in's last sentence gives the company's few things after its colon. */
export function fewThingsLead(text: string): boolean {
  return FEW_THINGS.test(text);
}

/**
 * "A few things we try to live by:": the company's own few things, held to by a verb that says so
 * ("live by", "believe in", "stand for"), lead in to the set with no values named before.
 */
const FEW_HELD = new RegExp(
  String.raw`\b(?:a\s+(?:handful|couple)\s+of|a\s+few|several|some)\s+(?:[\p{L}-]+\s+)?(?:things|habits|rules|ideas|principles)\s+(?:that\s+|which\s+)?we\s+(?:(?:try|aim|strive)\s+to\s+|always\s+)?${HOLD}[^.:;!?]{0,60}:\s*$`,
  "iu",
);

/** Whether the lead-in's last sentence gives a few things the company holds to after its colon. */
export function fewHeldLead(text: string): boolean {
  return FEW_HELD.test(text);
}
