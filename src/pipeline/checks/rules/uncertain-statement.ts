/**
 * `uncertain-statement`: a sentence that may state a mission or vision, but too weakly for Credo
 * to take it (noted while building the model); the message says how to confirm it.
 */
import type { Rule } from "../../diagnostics/rule.js";

export const uncertainStatement: Rule = {
  id: "uncertain-statement",
  severity: "info",
  description: "a possible mission or vision too weak to take; says what to write to confirm it",
  example: {
    in: "# About\n\nWe strive to make every road safer.\n",
    out: "may state the mission",
  },
  reader: (finding) =>
    `A sentence may state the ${finding.subject === "vision" ? "vision" : "mission"}, but too loosely to count as one.`,
  check({ file, report }) {
    for (const note of file.data.uncertain ?? []) {
      report(
        note.place,
        `This may state the ${note.kind} (${note.cue}): “${note.text}”; to confirm it, write “Our ${note.kind} is to …” or set \`${note.kind}:\` in the front matter`,
        note.kind,
      );
    }
  },
};
