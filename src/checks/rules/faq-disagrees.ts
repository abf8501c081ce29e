/** `faq-disagrees`: an FAQ answer states a mission, vision or value list the body never gives. */
import type { VFile } from "vfile";
import { enumerations } from "../../model/enumeration.js";
import type { Model, ValueSet } from "../../model/schema.js";
import { foldQuotes } from "../../model/sentences.js";
import { report } from "../report.js";

export function faqDisagrees(model: Model, file: VFile): void {
  const faqSections = new Set(model.sections.filter((s) => s.kind === "faq").map((s) => s.heading));
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
        file,
        "faq-disagrees",
        "warning",
        statement.occurrences[0] ?? { line: 1, column: 1 },
        `The FAQ's ${kind} “${statement.text}” matches none in the body (${told}); make the answer quote the body`,
      );
    }
  }

  for (const entry of model.faq) {
    for (const listed of enumerations(foldQuotes(entry.answer))) {
      if (listed.kind !== "values") continue;
      const names = listed.items.map((i) => i.name);
      if (model.valueSets.some((set) => covers(set, names))) continue;
      report(
        file,
        "faq-disagrees",
        "warning",
        { line: entry.answerLine ?? entry.line, column: 1 },
        `The FAQ lists the values ${names.join(", ")}, which match no value list in the body; make the answer list one of the body's value sets`,
      );
    }
  }
}

/** Words match when they share a stem: "creative" ~ "Creativity", "authentic" ~ "Authenticity". */
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "")
    .slice(0, 5);

function covers(set: ValueSet, names: string[]): boolean {
  const stems = new Set(set.values.map((v) => stem(v.name)));
  return names.every((name) => stems.has(stem(name)));
}
