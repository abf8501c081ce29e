/**
 * Which kind of set a run of names is: values or pillars, and when a "How we work" section's
 * parts name ways of working rather than a process's steps.
 */
import type { List } from "mdast";
import type { Value } from "../../schema/schema.js";
import type { SetKind } from "./enumeration.js";
import { shortName } from "./heading-runs.js";
import type { SectionNodes } from "./sections.js";
import type { Announcement } from "./set-counts.js";
import { startsWithVerb } from "./statement-span.js";
import { plainText } from "./text.js";
import { ownSentence } from "./we-sentences.js";

/** The kind an announcement gives, else the section's: pillars under a pillars heading. */
export function setKindIn(section: SectionNodes, given: Announcement | undefined): SetKind {
  if (pillarsNamingValues(section)) return "values";
  return given?.mention.kind ?? (section.kind === "pillars" ? "pillars" : "values");
}

/**
 * "## Our cultural pillars" over "Our school values are known to students as our cultural
 * pillars": the section's text says its pillars are the values, so they are a set of values.
 */
export function pillarsNamingValues(section: SectionNodes): boolean {
  return (
    section.kind === "pillars" &&
    section.nodes.some((node) => node.type === "paragraph" && CALLED_PILLARS.test(plainText(node)))
  );
}
const CALLED_PILLARS =
  /\b(?:values|principles|beliefs)\b[^.!?]{0,60}?\b(?:known|called|call|named|name|referred\s+to)\b[^.!?]{0,40}?\bpillars\b/i;

/**
 * Parts of a "How we work" section that name ways of working: three or more, each short, each
 * the company's own sentence ("We answer every letter"), or each a rule of a few words with its
 * description ("**Start with the person who uses it** – we watch before we draw").
 */
export const namesWays = (values: Value[]) =>
  values.length >= 3 &&
  (values.every(shortName) ||
    values.every((value) => ownSentence(value.name)) ||
    values.every(describedRule));
// (Not a heading asking a question: "What happens when an oven breaks down".)
const describedRule = (value: Value) =>
  value.description !== null &&
  value.name.split(/\s+/).length <= 6 &&
  !/\d/.test(value.name) &&
  !/^(?:how|what|where|when|why|who)\b/i.test(value.name);

/**
 * "1. **Listen** 2. **Sketch** 3. **Build**": a numbered run of names that are mostly one bare
 * verb each is a process's steps, not ways of working ("1. **Make it last**" is a way).
 */
export function steps(list: List, items: { name: string }[]): boolean {
  const verbs = items.filter((item) => !/\s/.test(item.name) && startsWithVerb(item.name));
  return list.ordered === true && verbs.length * 2 >= items.length;
}
