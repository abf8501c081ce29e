/**
 * Value sets and pillars: sets added and removed, and within a set kept, its announced count and
 * its values — added, removed, renamed (same description, or a bare name in the same place) and
 * described differently. Order never counts.
 */
import type { Value, ValueSet } from "../schema/schema.js";
import { change, reworded, side } from "./change.js";
import { match } from "./match.js";
import { normalise, similarity } from "./normalise.js";
import type { Change } from "./schema.js";

type Area = "values" | "pillars";

/** A value whose description (or name) shares half its words with another's is that value. */
const SAME_VALUE = 0.5;
/** Sets sharing a third of their names, or their label, are one set edited. */
const SAME_SET = 0.34;

const names = (set: ValueSet) => set.values.map((v) => normalise(v.name));

function setSimilarity(a: ValueSet, b: ValueSet): number {
  const shared = similarity(names(a).join(" "), names(b).join(" "));
  return Math.max(shared, normalise(a.label) === normalise(b.label) ? SAME_SET : 0);
}

export function compareSets(area: Area, old: ValueSet[], next: ValueSet[]): Change[] {
  const { pairs, removed, added } = match(old, next, {
    key: (set) => [...names(set)].sort().join("\n"),
    similarity: setSimilarity,
    threshold: SAME_SET,
  });
  const listed = (set: ValueSet) => side(set.values.map((v) => v.name).join(", "), set.line);
  return [
    ...pairs.flatMap(([a, b]) => compareSet(area, a, b)),
    ...removed.map((set) => change("set-removed", area, listed(set), null, { within: set.label })),
    ...added.map((set) => change("set-added", area, null, listed(set), { within: set.label })),
  ];
}

function compareSet(area: Area, old: ValueSet, next: ValueSet): Change[] {
  const within = { within: next.label };
  const changes: Change[] = [];
  if (old.declaredCount !== next.declaredCount) {
    const count = (set: ValueSet) =>
      set.declaredCount === null
        ? null
        : side(String(set.declaredCount), set.declaredAt?.line ?? set.line);
    changes.push(change("count-changed", area, count(old), count(next), within));
  }
  const bare = (v: Value) => !v.description;
  const { pairs, removed, added } = match(old.values, next.values, {
    key: (v) => normalise(v.name),
    similarity: (a, b, i, j) =>
      Math.max(
        bare(a) || bare(b) ? 0 : similarity(a.description ?? "", b.description ?? ""),
        similarity(a.name, b.name),
        // Bare names: a one-for-one swap in the same place is a rename.
        bare(a) && bare(b) && i === j && old.values.length === next.values.length ? 1 : 0,
      ),
    threshold: SAME_VALUE,
  });
  const name = (v: Value) => side(v.name, v.line);
  for (const [a, b] of pairs) {
    if (normalise(a.name) !== normalise(b.name))
      changes.push(change("value-renamed", area, name(a), name(b), within));
    if (normalise(a.description ?? "") !== normalise(b.description ?? ""))
      changes.push(
        reworded(
          "description-changed",
          area,
          side(a.description ?? "", a.line),
          side(b.description ?? "", b.line),
          { ...within, item: b.name },
        ),
      );
  }
  changes.push(...removed.map((v) => change("value-removed", area, name(v), null, within)));
  changes.push(...added.map((v) => change("value-added", area, null, name(v), within)));
  return changes;
}
