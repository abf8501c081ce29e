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
