/**
 * Flags beside the analysis' paragraphs that state the mission or the vision, when a finding
 * concerns those statements (the text gives several wordings): each flag says, in reader words,
 * which wording the paragraph gives, and links to the finding's row in the appendix. A finding
 * about an FAQ answer is flagged beside that answer instead (see sections.ts).
 */
import { countWord } from "../../pipeline/diagnostics/rule.js";
import type { Model, Statement, StatementGroup } from "../../schema/schema.js";
import { aboutStatementInBody } from "../shared/findings.js";
import { capitalize } from "../shared/text.js";
import type { FindingView } from "./findings.js";

const STATEMENTS = ["mission", "vision"] as const;

type Which = (typeof STATEMENTS)[number];

/** What a paragraph giving `given` of the group's wordings is, in reader words. */
function wordingSentence(which: Which, group: StatementGroup, given: Statement[]): string {
  const count = group.statements.length;
  const all = countWord(count);
  if (given.length === count) {
    return `${count === 2 ? "Both" : `All ${all}`} of the text’s wordings of the ${which}.`;
  }
  if (given.length > 1) {
    return `${capitalize(countWord(given.length))} of the text’s ${all} wordings of the ${which}.`;
  }
  return given[0]?.text === group.primary?.text
    ? `The ${which} as shown at a glance, one of ${all} wordings in the text.`
    : `Another wording of the ${which}, one of ${all} in the text.`;
}

/** Flags for the paragraph on lines [start, end): one per statement it gives a wording of. */
export type ParagraphFlags = (start: number, end: number) => FindingView[];

export function statementFlags(model: Model, findings: readonly FindingView[]): ParagraphFlags {
  const concerned = STATEMENTS.flatMap((which) => {
    const [finding] = aboutStatementInBody(model, which, findings);
    return finding ? [{ which, finding, group: model[which] }] : [];
  });
  return (start, end) =>
    concerned.flatMap(({ which, finding, group }) => {
      const given = group.statements.filter((statement) =>
        statement.occurrences.some(({ line }) => line >= start && line < end),
      );
      if (given.length === 0) return [];
      // A finding about the statement that is not about its wordings keeps its own sentence.
      const sentence =
        group.statements.length > 1 ? wordingSentence(which, group, given) : finding.sentence;
      return [{ ...finding, sentence }];
    });
}
