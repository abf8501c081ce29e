/**
 * The model's diagnostics as readers of the brief and deck get them: each in its rule's plain
 * sentence. Warnings and errors are findings about the text; `info` notes (a guessed title, a
 * sentence that may be a statement) speak to the author, so they only reach the appendix.
 */
import { RULES } from "../../pipeline/checks/registry.js";
import type { Diagnostic, Model } from "../../schema/schema.js";

export interface Finding {
  diagnostic: Diagnostic;
  /** The plain sentence ("The text gives five different wordings of the mission."). */
  sentence: string;
  /** Shown to readers (a warning or error), not only to the author. */
  forReaders: boolean;
}

/** A diagnostic from a rule this build does not know (a model from elsewhere) still reads. */
function fallback(diagnostic: Diagnostic): string {
  return `A point about the ${diagnostic.subject ?? "document"} needs checking in the source.`;
}

/** Every diagnostic, in source order, with its sentence. */
export function findings(model: Model): Finding[] {
  return [...model.diagnostics]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((diagnostic) => ({
      diagnostic,
      sentence: RULES[diagnostic.ruleId]?.reader(diagnostic, model) ?? fallback(diagnostic),
      forReaders: diagnostic.severity !== "info",
    }));
}

export function readerFindings(model: Model): Finding[] {
  return findings(model).filter((finding) => finding.forReaders);
}

/** Findings about the mission or the vision statement (several wordings, an FAQ that differs). */
export function aboutStatement<T extends { diagnostic: Diagnostic }>(
  which: "mission" | "vision",
  list: readonly T[],
): T[] {
  return list.filter(({ diagnostic }) => diagnostic.subject === which);
}

/** FAQ entry `index`'s lines: from its question up to the next question or heading. */
function faqLines(model: Model, index: number): { start: number; end: number } {
  const start = model.faq[index]?.line ?? 0;
  const next = model.faq[index + 1]?.line ?? Number.POSITIVE_INFINITY;
  const end = Math.min(next, ...model.sections.map((s) => s.line).filter((line) => line > start));
  return { start, end };
}

/** Findings inside FAQ entry `index`: from its question's line up to the next question or heading. */
export function inFaqEntry<T extends { diagnostic: Diagnostic }>(
  model: Model,
  index: number,
  list: readonly T[],
): T[] {
  const { start, end } = faqLines(model, index);
  return list.filter(({ diagnostic }) => diagnostic.line >= start && diagnostic.line < end);
}

/**
 * Findings about the mission or vision that no FAQ answer carries: those concern the statements
 * in the body (several wordings), while an FAQ answer's own finding is flagged beside that answer.
 */
export function aboutStatementInBody<T extends { diagnostic: Diagnostic }>(
  model: Model,
  which: "mission" | "vision",
  list: readonly T[],
): T[] {
  const inFaq = model.faq.map((_, index) => faqLines(model, index));
  return aboutStatement(which, list).filter(
    ({ diagnostic }) =>
      !inFaq.some(({ start, end }) => diagnostic.line >= start && diagnostic.line < end),
  );
}
