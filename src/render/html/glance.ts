/** The "At a glance" page: primary statements, pillars, value sets and a consistency summary. */
import type { Diagnostic, Model, StatementGroup } from "../../model/schema.js";
import { type StatementClaim, statementClaim } from "../claims.js";
import type { ResolvedSets } from "./sections.js";
import type { ValueSetView } from "./value-sets.js";

export interface StatementSummary {
  label: string;
  text: string | null;
  /** How many wordings the content uses and why the one shown leads (the deck says the same). */
  claim: StatementClaim;
  /** Anchor of this statement's variants in the source notes. */
  notesId: string;
}

export interface ConsistencyView {
  errors: number;
  warnings: number;
  infos: number;
  clean: boolean;
  missionVariants: number;
  visionVariants: number;
  valueSets: number;
  mismatches: number;
}

export interface GlanceView {
  statements: StatementSummary[];
  pillars: ValueSetView | null;
  valueSets: ValueSetView[];
  consistency: ConsistencyView;
}

export const STATEMENT_NOTES_IDS = {
  mission: "brief-notes-mission",
  vision: "brief-notes-vision",
} as const;

function summary(label: string, group: StatementGroup, notesId: string): StatementSummary {
  return {
    label,
    text: group.primary?.text ?? null,
    claim: statementClaim(group),
    notesId,
  };
}

function countSeverity(diagnostics: readonly Diagnostic[], severity: Diagnostic["severity"]) {
  return diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
}

export function glanceView(model: Model, sets: ResolvedSets): GlanceView {
  const errors = countSeverity(model.diagnostics, "error");
  const warnings = countSeverity(model.diagnostics, "warning");
  return {
    statements: [
      summary("Mission", model.mission, STATEMENT_NOTES_IDS.mission),
      summary("Vision", model.vision, STATEMENT_NOTES_IDS.vision),
    ],
    pillars: sets.pillars,
    valueSets: sets.valueSets,
    consistency: {
      errors,
      warnings,
      infos: countSeverity(model.diagnostics, "info"),
      clean: errors + warnings === 0,
      missionVariants: model.mission.statements.length,
      visionVariants: model.vision.statements.length,
      valueSets: sets.valueSets.length,
      mismatches: sets.valueSets.filter((set) => set.mismatch).length,
    },
  };
}
