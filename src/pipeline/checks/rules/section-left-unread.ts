/**
 * A part the page plainly has but Credo could not read: a section whose heading names it ("## Our
 * values", "## The vision") and whose text gave no statement or set. Saying "no values found"
 * there would put a false fact in the brief; the page's own words under that heading are the
 * better account.
 */
import type { Model, Section } from "../../../schema/schema.js";

export type ReadPart = "mission" | "vision" | "values";

/** Whether the model holds the part: a statement, or a set of values. */
const READ: Record<ReadPart, (model: Model) => boolean> = {
  mission: (model) => model.mission.statements.length > 0,
  vision: (model) => model.vision.statements.length > 0,
  values: (model) => model.valueSets.length > 0,
};
export const partRead = (model: Model, part: ReadPart): boolean => READ[part](model);

/** The heading names the part by its word ("Mission-critical" names none). */
const NAMES: Record<ReadPart, RegExp> = {
  mission: /\bmission\b(?!-)/i,
  vision: /\bvision\b(?!-)/i,
  values: /\bvalues\b/i,
};
/** ("doesn't": the "n't" follows its verb with no word break before it.) */
const NEGATION = /\b(?:no|not|never|none|without|absence|lacks?)\b|\Bn['’]t\b/i;
/** A sentence that says what is absent: "we don't have a formal one", "none contains a mission". */
const ABSENT = /\b(?:mission|vision|values|purpose|statement|one)\b/i;

/**
 * What follows the part's word where a sentence gives it: a quote, a colon, or "to" and a verb
 * ("has long been to keep …"; not "from the first quote to the final stitch").
 */
const GIVES =
  /["“‘:]|\bto\s+(?!(?:the|a|an|our|their|its|his|her|them|us|me|him|it|this|that)\b)\p{Ll}/u;

/**
 * Whether the section accounts for its part without stating it: it says the part is absent ("##
 * No mission, on purpose", "No. It has none."), or it names the part only to say where it hangs
 * or when it was written ("Our mission is the first thing every apprentice learns.").
 */
function accountedFor(section: Section, text: string, part: ReadPart): boolean {
  if (NEGATION.test(section.heading)) return true;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const absent = (s: string) => /^\W*No\b/.test(s) || (NEGATION.test(s) && ABSENT.test(s));
  if (sentences.some(absent)) return true;
  const naming = sentences.filter((s) => NAMES[part].test(s));
  return naming.length > 0 && !naming.some((s) => GIVES.test(s.slice(s.search(NAMES[part]))));
}

/**
 * When the model lacks `part`: the first section named for it whose prose has a sentence or more
 * and does not account for it.
 */
export function sectionLeftUnread(model: Model, part: ReadPart): Section | undefined {
  if (partRead(model, part)) return undefined;
  const named = model.sections.filter(
    (section) => section.kind === part && NAMES[part].test(section.heading),
  );
  return named.find((section) => {
    // ("# Acme: Margins, Mission and the Price" over an intro, then "## The moat and the
    // mission": the page's title lists what it covers; the later section is the part's.)
    if (section.depth === 1 && named.some((other) => other.depth > 1)) return false;
    const text = section.blocks
      .flatMap((block) => (block.type === "prose" ? [block.text] : []))
      .join(" ");
    return text.split(/\s+/).filter(Boolean).length >= 5 && !accountedFor(section, text, part);
  });
}
