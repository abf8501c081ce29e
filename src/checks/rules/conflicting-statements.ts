/** `conflicting-statements`: more than one distinct mission (or vision) statement. */
import type { VFile } from "vfile";
import type { Model, Statement } from "../../model/schema.js";
import { report } from "../report.js";

const lines = (s: Statement) =>
  `line${s.occurrences.length > 1 ? "s" : ""} ${s.occurrences.map((o) => o.line).join(", ")}`;

export function conflictingStatements(model: Model, file: VFile): void {
  for (const kind of ["mission", "vision"] as const) {
    const { statements, primary } = model[kind];
    if (statements.length < 2) continue;
    const others = statements.filter((s) => s !== primary);
    const first = others[0]?.occurrences[0];
    if (!first) continue;
    const list = statements.map((s) => `“${s.text}” (${lines(s)})`).join("; ");
    report(
      file,
      "conflicting-statements",
      "warning",
      first,
      `${statements.length} different ${kind} statements: ${list}; keep one ${kind} statement, or quote the others as variants`,
    );
  }
}
