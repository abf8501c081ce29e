/**
 * Findings fixed and new. A finding is the same finding while its rule and subject are: lines
 * shift with every edit above them, so they are taken out of the message before comparing, and
 * a finding whose details changed (another list, another count) is still the one finding.
 */
import type { Diagnostic } from "../schema/schema.js";
import { change, side } from "./change.js";
import { match } from "./match.js";
import { similarity } from "./normalise.js";
import type { Change } from "./schema.js";

const LINES = /\blines? \d+(?:(?:,| and) \d+)*/g;

const subject = (d: Diagnostic) => d.subject ?? "document";
const identity = (d: Diagnostic) => `${d.ruleId}\n${subject(d)}`;

export function compareFindings(old: Diagnostic[], next: Diagnostic[]): Change[] {
  const { removed, added } = match(old, next, {
    key: (d) => `${identity(d)}\n${d.message.replace(LINES, "line")}`,
    // Same rule and subject: the same finding; the closest message pairs first.
    similarity: (a, b) => (identity(a) === identity(b) ? 1 + similarity(a.message, b.message) : 0),
    threshold: 1,
  });
  const finding = (d: Diagnostic) => side(d.message, d.line);
  const about = (d: Diagnostic) => ({ within: subject(d), rule: d.ruleId });
  return [
    ...removed.map((d) => change("finding-fixed", "findings", finding(d), null, about(d))),
    ...added.map((d) => change("finding-new", "findings", null, finding(d), about(d))),
  ];
}
