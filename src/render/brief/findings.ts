/** The brief's reader findings: plain sentences, each linked to its row in the appendix. */
import type { Diagnostic, Severity } from "../../schema/schema.js";
import type { Finding } from "../shared/findings.js";
import { findingNoteId } from "./source-notes.js";

export interface FindingView {
  sentence: string;
  severity: Severity;
  /** Anchor of its row in "Where each finding comes from". */
  noteId: string;
  /** What the finding is about, for the inline flags; templates do not print it. */
  diagnostic: Diagnostic;
}

/** The findings shown to readers, numbered as in the appendix (which holds every diagnostic). */
export function findingViews(all: readonly Finding[]): FindingView[] {
  return all.flatMap((finding, index) =>
    finding.forReaders
      ? [
          {
            sentence: finding.sentence,
            severity: finding.diagnostic.severity,
            noteId: findingNoteId(index),
            diagnostic: finding.diagnostic,
          },
        ]
      : [],
  );
}
