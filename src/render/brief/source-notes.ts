/** The "Source notes" appendix: where every statement, value set and diagnostic comes from. */
import type { Model, Severity, StatementGroup } from "../../schema/schema.js";
import type { Finding } from "../shared/findings.js";
import { sourceRef } from "../shared/format.js";
import { type OriginView, originView } from "../shared/origin.js";
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

/** One row of "Where each finding comes from": the reader's sentence and the author's facts. */
export interface FindingNote {
  /** Anchor; the Findings part links each reader finding to its row. */
  id: string;
  sentence: string;
  severity: Severity;
  ruleId: string;
  /** `content/x.md:72:5` */
  at: string;
}

export interface SourceNotesView {
  source: string;
  /** Where that file's text came from, when the front matter says. */
  origin: OriginView | null;
  statements: StatementNotes[];
  valueSets: ValueSetView[];
  /** Every diagnostic, info notes included, in source order. */
  findings: FindingNote[];
}

export const findingNoteId = (index: number): string => `brief-finding-${index + 1}`;

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

export function sourceNotesView(
  model: Model,
  sets: ResolvedSets,
  all: readonly Finding[],
): SourceNotesView {
  const source = model.meta.source;
  return {
    source,
    origin: originView(model.meta.origin),
    statements: [
      statementNotes("Mission", STATEMENT_NOTES_IDS.mission, model.mission, source),
      statementNotes("Vision", STATEMENT_NOTES_IDS.vision, model.vision, source),
    ],
    valueSets: sets.pillars ? [...sets.valueSets, sets.pillars] : sets.valueSets,
    findings: all.map(({ diagnostic, sentence }, index) => ({
      id: findingNoteId(index),
      sentence,
      severity: diagnostic.severity,
      ruleId: diagnostic.ruleId,
      at: sourceRef(source, diagnostic.line, diagnostic.column),
    })),
  };
}
