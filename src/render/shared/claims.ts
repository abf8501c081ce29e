/**
 * What the brief and the deck claim about the model's numbers, decided once: how many wordings a
 * statement has and why the one shown leads, how many values a set lists and announces. Both
 * formats print these strings, so they can never disagree or overstate ("most frequent" on a tie).
 */
import type { StatementGroup, ValueSet } from "../../schema/schema.js";

/** Why the primary wording leads its group. */
export type Standing = "only" | "most-often" | "tied" | "each-once" | "first";

export interface StatementClaim {
  /** Distinct wordings in the text (0 when none). */
  wordings: number;
  /** Times the primary wording is stated. */
  primaryTimes: number;
  standing: Standing;
  /** "5 wordings in the source"; null with a single wording. */
  count: string | null;
  /** Why the wording shown leads, e.g. "the one shown is stated most often (3 times)". */
  choice: string | null;
}

export function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function standingOf(group: StatementGroup): Standing {
  const { primary, statements } = group;
  if (!primary || statements.length < 2) return "only";
  const counts = statements.map((statement) => statement.occurrences.length);
  const own = primary.occurrences.length;
  const top = Math.max(...counts);
  if (top === 1) return "each-once";
  if (own < top) return "first";
  return counts.filter((count) => count === top).length > 1 ? "tied" : "most-often";
}

const CHOICE: Record<Standing, (own: number) => string | null> = {
  only: () => null,
  "most-often": (own) => `the one shown is stated most often (${times(own)})`,
  tied: (own) => `the one shown is stated ${times(own)}, as often as another, and comes first`,
  "each-once": () => "each is stated once; the one shown comes first",
  first: () => "the one shown comes first",
};

export function statementClaim(group: StatementGroup): StatementClaim {
  const wordings = group.statements.length;
  const primaryTimes = group.primary?.occurrences.length ?? 0;
  const standing = standingOf(group);
  return {
    wordings,
    primaryTimes,
    standing,
    count: wordings > 1 ? `${plural(wordings, "wording", "wordings")} in the source` : null,
    choice: CHOICE[standing](primaryTimes),
  };
}

export interface SetClaim {
  listed: number;
  declared: number | null;
  /** The text announces a number its list does not match. */
  mismatch: boolean;
  /** "Announced 4 · lists 5" when the numbers disagree, else null. */
  badge: string | null;
}

export function setClaim(set: ValueSet): SetClaim {
  const listed = set.values.length;
  const declared = set.declaredCount;
  const mismatch = declared !== null && declared !== listed;
  return {
    listed,
    declared,
    mismatch,
    badge: mismatch ? `Announced ${declared} · lists ${listed}` : null,
  };
}
