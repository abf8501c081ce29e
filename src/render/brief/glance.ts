/** The "At a glance" page: primary statements, pillars, value sets and a consistency summary. */
import type { Model, StatementGroup } from "../../schema/schema.js";
import { type StatementClaim, statementClaim } from "../shared/claims.js";
import { aboutStatement } from "../shared/findings.js";
import type { FindingView } from "./findings.js";
import type { ResolvedSets } from "./sections.js";
import type { ValueSetView } from "./value-sets.js";

export interface StatementSummary {
  label: string;
  text: string | null;
  /** How many wordings the content uses and why the one shown leads (the deck says the same). */
  claim: StatementClaim;
  /** Anchor of this statement's variants in the source notes. */
  notesId: string;
  /** Findings about this statement, flagged beside it. */
  flags: FindingView[];
}

export interface ConsistencyView {
  /** Findings shown to readers (warnings and errors). */
  findings: number;
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

function summary(
  which: "mission" | "vision",
  group: StatementGroup,
  findings: readonly FindingView[],
): StatementSummary {
  return {
    label: which === "mission" ? "Mission" : "Vision",
    text: group.primary?.text ?? null,
    claim: statementClaim(group),
    notesId: STATEMENT_NOTES_IDS[which],
    flags: aboutStatement(which, findings),
  };
}

export function glanceView(
  model: Model,
  sets: ResolvedSets,
  findings: readonly FindingView[],
): GlanceView {
  return {
    statements: [
      summary("mission", model.mission, findings),
      summary("vision", model.vision, findings),
    ],
    pillars: sets.pillars,
    valueSets: sets.valueSets,
    consistency: {
      findings: findings.length,
      clean: findings.length === 0,
      missionVariants: model.mission.statements.length,
      visionVariants: model.vision.statements.length,
      valueSets: sets.valueSets.length,
      mismatches: sets.valueSets.filter((set) => set.mismatch).length,
    },
  };
}
