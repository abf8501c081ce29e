/**
 * The checks stage: every rule is a function of (model, file) adding vfile messages; the stage
 * then copies them into `model.diagnostics`. Front-matter problems come from the parse stage.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Diagnostic, Model } from "../model/schema.js";
import { conflictingStatements } from "./rules/conflicting-statements.js";
import { countMismatch } from "./rules/count-mismatch.js";
import { emptyDocument, isEmpty } from "./rules/empty-document.js";
import { faqDisagrees } from "./rules/faq-disagrees.js";
import { missingMission, missingValues, missingVision } from "./rules/missing.js";

export type Rule = (model: Model, file: VFile) => void;

/** Rules about what the content says; skipped for an empty document (one error says it all). */
const contentRules: Rule[] = [
  missingMission,
  missingVision,
  missingValues,
  conflictingStatements,
  countMismatch,
  faqDisagrees,
];

export function runChecks(model: Model, file: VFile): Diagnostic[] {
  emptyDocument(model, file);
  if (!isEmpty(model)) for (const rule of contentRules) rule(model, file);
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
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

export function remarkChecks() {
  return (_tree: Root, file: VFile): void => {
    const model = file.data.model;
    if (model) model.diagnostics = runChecks(model, file);
  };
}
