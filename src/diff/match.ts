/**
 * Pairs the items of two versions: first those whose keys are equal (so order never matters),
 * then the most similar of the rest, best pair first. What stays unpaired was removed or added.
 */

export interface Matched<T> {
  /** [old, new], in the old version's order. */
  pairs: [T, T][];
  removed: T[];
  added: T[];
}

export interface MatchRule<T> {
  /** Equal keys are the same item. */
  key: (item: T) => string;
  /** 0–1; pairs at or above `threshold` are the same item changed. */
  similarity: (old: T, next: T, oldIndex: number, newIndex: number) => number;
  threshold: number;
}

export function match<T>(old: readonly T[], next: readonly T[], rule: MatchRule<T>): Matched<T> {
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  const newKeys = next.map(rule.key);
  old.forEach((item, i) => {
    const key = rule.key(item);
    const j = newKeys.findIndex((k, index) => k === key && !taken.has(index));
    if (j >= 0) {
      partner.set(i, j);
      taken.add(j);
    }
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  old.forEach((a, i) => {
    if (partner.has(i)) return;
    next.forEach((b, j) => {
      if (taken.has(j)) return;
      const score = rule.similarity(a, b, i, j);
      if (score >= rule.threshold) candidates.push({ i, j, score });
    });
  });
  // Stable sort: equal scores keep document order, so ties pair first with first.
  candidates.sort((x, y) => y.score - x.score);
  for (const { i, j } of candidates) {
    if (partner.has(i) || taken.has(j)) continue;
    partner.set(i, j);
    taken.add(j);
  }
  const pairs: [T, T][] = [];
  const removed: T[] = [];
  old.forEach((item, i) => {
    const j = partner.get(i);
    if (j === undefined) removed.push(item);
    else pairs.push([item, next[j] as T]);
  });
  return { pairs, removed, added: next.filter((_, j) => !taken.has(j)) };
}
