/** `count-mismatch`: a set announces one number of values and lists another. */
import { countWord, type Rule } from "../../diagnostics/rule.js";

export const countMismatch: Rule = {
  id: "count-mismatch",
  severity: "warning",
  description: "an announced count differs from the number of values listed",
  example: {
    in: "# Values\n\nAcme has three values:\n\n- Care\n- Candour\n- Craft\n- Courage\n",
    out: "Announces 3 values but lists 4",
  },
  reader(finding, model) {
    const sets = model.pillars ? [...model.valueSets, model.pillars] : model.valueSets;
    const set = sets.find((s) => {
      const at = s.declaredAt ?? { line: s.line, column: 1 };
      return at.line === finding.line && at.column === finding.column;
    });
    if (!set) return "A list of values is announced with one number and lists another.";
    const what = set === model.pillars ? "pillars" : "values";
    const where = set.section ? ` under “${set.section}”` : "";
    return `The list of ${what}${where} is announced as ${countWord(set.declaredCount ?? 0)} but names ${countWord(set.values.length)}.`;
  },
  check({ model, report }) {
    const sets = model.pillars ? [...model.valueSets, model.pillars] : model.valueSets;
    for (const set of sets) {
      const listed = set.values.length;
      if (set.declaredCount === null || set.declaredCount === listed) continue;
      const names = set.values.map((v) => v.name).join(", ");
      report(
        set.declaredAt ?? { line: set.line, column: 1 },
        `Announces ${set.declaredCount} ${set.label.toLowerCase()} but lists ${listed} (${names}, line ${set.line}); make the number match the list`,
        set === model.pillars ? "pillars" : "values",
      );
    }
  },
};
