/**
 * `faq-disagrees`: an FAQ answer states a mission, vision or value list the body never gives.
 * A value list agrees only when it names the same values as one of the body's sets: an answer
 * naming a few of them tells the reader the list is shorter than it is.
 */

import type { ValueSet } from "../../../schema/schema.js";
import type { Rule } from "../../diagnostics/rule.js";
import { enumerations } from "../../read/enumeration.js";
import { foldQuotes } from "../../read/sentences.js";

/** Words match when they share a stem: "creative" ~ "Creativity", "authentic" ~ "Authenticity". */
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "")
    .slice(0, 5);

function sameNames(set: ValueSet, names: string[]): boolean {
  const listed = new Set(names.map(stem));
  const body = new Set(set.values.map((v) => stem(v.name)));
  return listed.size === body.size && [...listed].every((s) => body.has(s));
}

export const faqDisagrees: Rule = {
  id: "faq-disagrees",
  severity: "warning",
  description:
    "an FAQ answer states a mission, vision or value list that the body never gives (a subset included)",
  example: {
    in: "# Acme\n\nOur mission is to make roads safer.\n\n## FAQ\n\n### What is Acme's mission?\n\nAcme's mission is to sell more cars than anyone.\n",
    out: "matches none in the body",
  },
  reader(finding, model) {
    // The entry whose question starts at or before the finding's line and is the last to do so.
    const entry = model.faq.filter((e) => e.line <= finding.line).at(-1);
    const answer = entry ? `The FAQ's answer to “${entry.question}”` : "An FAQ answer";
    return finding.subject === "mission" || finding.subject === "vision"
      ? `${answer} gives a ${finding.subject} that the body of the text never states.`
      : `${answer} names values that match none of the value lists in the body of the text.`;
  },
  check({ model, report }) {
    const faqSections = new Set(
      model.sections.filter((s) => s.kind === "faq").map((s) => s.heading),
    );
    if (faqSections.size === 0) return;

    for (const kind of ["mission", "vision"] as const) {
      const { statements } = model[kind];
      const body = statements.filter((s) =>
        s.occurrences.some((o) => o.section === null || !faqSections.has(o.section)),
      );
      for (const statement of statements) {
        if (body.includes(statement)) continue;
        const told =
          body.length > 0
            ? `the body gives ${body.map((s) => `“${s.text}”`).join(", ")}`
            : `the body states no ${kind}`;
        report(
          statement.occurrences[0] ?? { line: 1, column: 1 },
          `The FAQ's ${kind} “${statement.text}” matches none in the body (${told}); make the answer quote the body`,
          kind,
        );
      }
    }

    for (const entry of model.faq) {
      // Sentence by sentence: a list ends with its sentence.
      const sentences = foldQuotes(entry.answer).split(/(?<=[.!?])\s+/);
      for (const listed of sentences.flatMap((sentence) => enumerations(sentence))) {
        if (listed.kind !== "values") continue;
        const names = listed.items.map((i) => i.name);
        if (model.valueSets.some((set) => sameNames(set, names))) continue;
        report(
          { line: entry.answerLine ?? entry.line, column: 1 },
          `The FAQ lists the values ${names.join(", ")}, which match no value list in the body; make the answer list one of the body's value sets in full`,
          "values",
        );
      }
    }
  },
};
