/**
 * The checks stage: every rule with a `check` adds vfile messages; comments in the content
 * (`<!-- credo disable count-mismatch -->`, `<!-- credo ignore -->`) then hide the ones the author
 * silenced (remark-message-control), and what is left becomes `model.diagnostics`.
 */
import type { Root } from "mdast";
import remarkMessageControl from "remark-message-control";
import type { VFile } from "vfile";
import type { Diagnostic, Model } from "../../schema/schema.js";
import { report } from "../diagnostics/report.js";
import { RULE_LIST } from "./registry.js";
import { isEmpty } from "./rules/empty-document.js";

const control = remarkMessageControl({
  name: "credo",
  known: RULE_LIST.map((r) => r.id),
});

export function runChecks(model: Model, file: VFile, tree: Root): Diagnostic[] {
  // Rules about what the content says are skipped for an empty document (one error says it all).
  const empty = isEmpty(model);
  for (const rule of RULE_LIST) {
    if (!rule.check || (empty && rule.id !== "empty-document")) continue;
    rule.check({
      model,
      file,
      report: (place, reason, subject) => report(file, rule.id, place, reason, subject),
    });
  }
  keepInside(file);
  control(tree, file);
  return file.messages
    .map((m) => ({
      ruleId: m.ruleId ?? "unknown",
      severity:
        m.fatal === true
          ? ("error" as const)
          : m.fatal === false
            ? ("warning" as const)
            : ("info" as const),
      message: m.reason,
      line: m.line ?? 1,
      column: m.column ?? 1,
      ...(m.subject ? { subject: m.subject } : {}),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Message control finds a message by its offset, so every place must be inside the text; a
 * front-matter problem can be reported past the end of a line (YAML counts differently).
 */
function keepInside(file: VFile): void {
  const lines = String(file.value).split(/\r\n|\r|\n/);
  for (const message of file.messages) {
    const line = Math.min(Math.max(message.line ?? 1, 1), lines.length);
    const width = (lines[line - 1] ?? "").length + 1;
    message.line = line;
    message.column = Math.min(Math.max(message.column ?? 1, 1), width);
  }
}

export function remarkChecks() {
  return (tree: Root, file: VFile): void => {
    const model = file.data.model;
    if (model) model.diagnostics = runChecks(model, file, tree);
  };
}
