/**
 * `unread-section`: a section headed for the mission, vision or values whose text Credo could not
 * read as one, or a sentence that gives the part in a shape Credo did not read. Info, not a
 * warning: the page has the part; only its wording is unfamiliar, and the message says how to
 * write it so Credo reads it.
 */
import type { Rule } from "../../diagnostics/rule.js";
import { type ReadPart, sectionLeftUnread } from "./section-left-unread.js";
import { sentenceLeftUnread } from "./sentence-left-unread.js";

/** What Credo did not read of each part, and what to write so it does. */
interface Part {
  what: string;
  fix: string;
}

const PARTS: Record<ReadPart, Part> = {
  mission: {
    what: "mission statement",
    fix: "“Our mission is to …”",
  },
  vision: {
    what: "vision statement",
    fix: "“Our vision is …”",
  },
  values: {
    what: "list of values",
    fix: "bullets (“- **Name**: description”)",
  },
};

export const unreadSection: Rule = {
  id: "unread-section",
  severity: "info",
  description:
    "a section headed for the mission, vision or values, or a sentence giving one, gave nothing Credo could read; says how to write it",
  example: {
    in: "# Acme\n\n## Our values\n\nWe hire people who would rather fix a thing than explain why it broke.\n",
    out: "read no list of values from it",
  },
  reader: (finding) => `The section on the ${finding.subject} could not be read as such.`,
  check({ model, report }) {
    for (const [part, { what, fix }] of Object.entries(PARTS) as [ReadPart, Part][]) {
      const howTo = `write it as ${fix}, or set \`${part}:\` in the front matter`;
      const section = sectionLeftUnread(model, part);
      if (section) {
        report(
          { line: section.line, column: 1 },
          `The section “${section.heading}” is headed for the ${part}, but Credo read no ${what} from it; ${howTo}`,
          part,
        );
        continue;
      }
      const sentence = sentenceLeftUnread(model, part);
      if (sentence) {
        report(
          { line: sentence.line, column: 1 },
          `The sentence “${clip(sentence.sentence)}” seems to give the ${part}, but Credo read no ${what} from it; ${howTo}`,
          part,
        );
      }
    }
  },
};

/** A sentence short enough to quote in a message. */
const clip = (sentence: string): string =>
  sentence.length <= 80 ? sentence : `${sentence.slice(0, 77).trimEnd()}…`;
