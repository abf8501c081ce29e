/** The "Source notes" appendix: where every statement, value set and diagnostic comes from. */
import type { Diagnostic, Model, StatementGroup } from "../../model/schema.js";
import { sourceRef } from "./format.js";
import { STATEMENT_NOTES_IDS } from "./glance.js";
import type { ResolvedSets } from "./sections.js";
import type { ValueSetView } from "./value-sets.js";

export interface StatementNotes {
  label: string;
  id: string;
  variants: {
    text: string;
    primary: boolean;
    occurrences: { ref: string; section: string | null }[];
  }[];
}

export interface SourceNotesView {
  source: string;
  statements: StatementNotes[];
  valueSets: ValueSetView[];
  /** Sorted by position so the list reads top to bottom like the content file. */
  diagnostics: Diagnostic[];
}

function statementNotes(
  label: string,
  id: string,
  group: StatementGroup,
  source: string,
): StatementNotes {
  return {
    label,
    id,
    variants: group.statements.map((statement) => ({
      text: statement.text,
      primary: statement.text === group.primary?.text,
      occurrences: statement.occurrences.map((occurrence) => ({
        ref: sourceRef(source, occurrence.line),
        section: occurrence.section,
      })),
    })),
  };
}

export function sourceNotesView(model: Model, sets: ResolvedSets): SourceNotesView {
  const source = model.meta.source;
  return {
    source,
    statements: [
      statementNotes("Mission", STATEMENT_NOTES_IDS.mission, model.mission, source),
      statementNotes("Vision", STATEMENT_NOTES_IDS.vision, model.vision, source),
    ],
    valueSets: sets.pillars ? [...sets.valueSets, sets.pillars] : sets.valueSets,
    diagnostics: [...model.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
