/** `conflicting-statements`: more than one distinct mission (or vision) statement. */
import type { Statement } from "../../../schema/schema.js";
import { countWord, type Rule } from "../../diagnostics/rule.js";

const lines = (s: Statement) =>
  `line${s.occurrences.length > 1 ? "s" : ""} ${s.occurrences.map((o) => o.line).join(", ")}`;

export const conflictingStatements: Rule = {
  id: "conflicting-statements",
  severity: "warning",
  description: "more than one distinct mission (or vision) statement; lists them with their lines",
  example: {
    in: "# Acme\n\nOur mission is to make roads safer.\n\nLater: Acme's mission is to sell more cars than anyone.\n",
    out: "2 different mission statements",
  },
  reader(finding, model) {
    const kind = finding.subject === "vision" ? "vision" : "mission";
    return `The text gives ${countWord(model[kind].statements.length)} different wordings of the ${kind}.`;
  },
  check({ model, report }) {
    for (const kind of ["mission", "vision"] as const) {
      const { statements, primary } = model[kind];
      if (statements.length < 2) continue;
      const others = statements.filter((s) => s !== primary);
      const first = others[0]?.occurrences[0];
      if (!first) continue;
      const list = statements.map((s) => `“${s.text}” (${lines(s)})`).join("; ");
      report(
        first,
        `${statements.length} different ${kind} statements: ${list}; keep one ${kind} statement, or quote the others as variants`,
        kind,
      );
    }
  },
};
