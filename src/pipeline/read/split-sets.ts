/**
 * One announced set given in parts: "## Our six values" over "### Values for learning" and
 * "### Values for living", a list under each. The first part carries the count; the parts after
 * it in the same section, uncounted, complete it when together they list exactly that many.
 */
import type { FoundSet } from "./found-sets.js";

export function joinSplit(sets: FoundSet[]): FoundSet[] {
  const joined: FoundSet[] = [];
  for (let i = 0; i < sets.length; i++) {
    const first = sets[i] as FoundSet;
    joined.push(first);
    const count = first.set.declaredCount;
    if (count === null || first.set.values.length >= count) continue;
    // The uncounted parts right after it, of its kind and section, while they fit the count.
    let total = first.set.values.length;
    let end = i + 1;
    for (; end < sets.length && total < count; end++) {
      const part = sets[end] as FoundSet;
      const fits =
        part.kind === first.kind &&
        part.set.section === first.set.section &&
        part.set.declaredCount === null;
      if (!fits) break;
      total += part.set.values.length;
    }
    if (total !== count || end === i + 1) continue;
    for (const part of sets.slice(i + 1, end)) {
      first.set.values.push(...part.set.values);
      first.anchor.absorbed.push(part.anchor.node, ...part.anchor.absorbed);
    }
    i = end - 1;
  }
  return joined;
}
