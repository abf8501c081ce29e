/** Mission and vision: statements added, removed and reworded, and a new primary. */
import type { Statement, StatementGroup } from "../schema/schema.js";
import { change, reworded, side } from "./change.js";
import { match } from "./match.js";
import { normalise, similarity } from "./normalise.js";
import type { Change } from "./schema.js";

/** Two wordings sharing at least half their words are one statement reworded. */
const REWORDED = 0.5;

const at = (statement: Statement) => side(statement.text, statement.occurrences[0]?.line ?? null);

export function compareStatements(
  area: "mission" | "vision",
  old: StatementGroup,
  next: StatementGroup,
): Change[] {
  const { pairs, removed, added } = match(old.statements, next.statements, {
    key: (s) => normalise(s.text),
    similarity: (a, b) => similarity(a.text, b.text),
    threshold: REWORDED,
  });
  const changes = pairs
    .filter(([a, b]) => normalise(a.text) !== normalise(b.text))
    .map(([a, b]) => reworded("statement-reworded", area, at(a), at(b)));
  changes.push(...removed.map((s) => change("statement-removed", area, at(s), null)));
  changes.push(...added.map((s) => change("statement-added", area, null, at(s))));
  // A primary that is the old one reworded is said by the rewording; only another statement
  // becoming the primary is news.
  // (The primary is a copy of one of the statements, so it is found by its text.)
  const was = old.primary && normalise(old.primary.text);
  const counterpart = pairs.find(([a]) => normalise(a.text) === was)?.[1];
  if (
    old.primary &&
    next.primary &&
    normalise(counterpart?.text ?? "") !== normalise(next.primary.text)
  ) {
    changes.push(change("primary-changed", area, at(old.primary), at(next.primary)));
  }
  return changes;
}
