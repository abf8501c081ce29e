/** Every rule Credo knows, in the order the README and `credo rules` list them. */
import type { Rule } from "../diagnostics/rule.js";
import { conflictingStatements } from "./rules/conflicting-statements.js";
import { countMismatch } from "./rules/count-mismatch.js";
import { emptyDocument } from "./rules/empty-document.js";
import { faqDisagrees } from "./rules/faq-disagrees.js";
import { frontMatter } from "./rules/front-matter.js";
import { guessedMeta } from "./rules/guessed-meta.js";
import { missingMission } from "./rules/missing-mission.js";
import { missingValues } from "./rules/missing-values.js";
import { missingVision } from "./rules/missing-vision.js";
import { uncertainStatement } from "./rules/uncertain-statement.js";
import { unreadSection } from "./rules/unread-section.js";

export const RULE_LIST: readonly Rule[] = [
  countMismatch,
  conflictingStatements,
  faqDisagrees,
  missingMission,
  missingVision,
  missingValues,
  unreadSection,
  uncertainStatement,
  guessedMeta,
  emptyDocument,
  frontMatter,
];

export const RULES: Readonly<Record<string, Rule>> = Object.fromEntries(
  RULE_LIST.map((rule) => [rule.id, rule]),
);
