/** Building a change: one place for the shape every comparison returns. */
import type { Area, Change, ChangeKind, Side } from "./schema.js";
import { wordDiff } from "./words.js";

export function side(text: string, line: number | null): Side {
  return { text, line };
}

export function change(
  kind: ChangeKind,
  area: Area,
  old: Side | null,
  next: Side | null,
  extra: Pick<Change, "within" | "item" | "rule"> = { within: null },
): Change {
  return { kind, area, ...extra, old, new: next };
}

/** A rewording: both sides and the words that changed between them. */
export function reworded(
  kind: ChangeKind,
  area: Area,
  old: Side,
  next: Side,
  extra: Pick<Change, "within" | "item"> = { within: null },
): Change {
  return { ...change(kind, area, old, next, extra), words: wordDiff(old.text, next.text) };
}
