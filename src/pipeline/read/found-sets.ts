/**
 * A value set as the reader finds it, with where it is drawn in the body, and what is done to it
 * once found: drawn in an opened quote's place, given its evidence, merged with its twins (the
 * same list given twice is one set).
 */
import type { Blockquote, RootContent } from "mdast";
import type { Value, ValueSet } from "../../schema/schema.js";
import { type Item, type SetKind, setLabel } from "./enumeration.js";
import type { Announcement } from "./set-counts.js";
import { foldWords, wordingKey } from "./text.js";

/** Where a set is drawn in the body: in place of `node` (a list, a heading run) or after it. */
export interface Anchor {
  node: RootContent;
  mode: "replace" | "after";
  /** Further nodes the set absorbs (the paragraphs and headings of a heading run). */
  absorbed: RootContent[];
}

/** A run of blocks read as one set's values: the values, and the blocks after the first it takes. */
export interface BlockRun {
  values: Value[];
  absorbed: RootContent[];
}

export interface FoundSet {
  kind: SetKind;
  set: ValueSet;
  anchor: Anchor;
}
/** A set found inside an opened quote is drawn in the quote's place (after it, if it covers part). */
export function inQuote(found: FoundSet, opened: Map<RootContent, Blockquote>): FoundSet {
  const quote = opened.get(found.anchor.node);
  if (!quote) return found;
  const covered = new Set([found.anchor.node, ...found.anchor.absorbed]);
  const whole = found.anchor.mode === "replace" && quote.children.every((c) => covered.has(c));
  return { ...found, anchor: { node: quote, mode: whole ? "replace" : "after", absorbed: [] } };
}

/** How each form is read, and how sure the reader is of it. */
const FORM_EVIDENCE: Record<ValueSet["form"], { cue: string; confidence: number }> = {
  list: { cue: "a list", confidence: 0.85 },
  headings: { cue: "sub-headings", confidence: 0.9 },
  table: { cue: "a table", confidence: 0.9 },
  inline: { cue: "a list in a sentence", confidence: 0.8 },
  "front-matter": { cue: "front matter", confidence: 1 },
};

/** A set's evidence: its form, and the heading or announcement it was found under. */
export function withEvidence(found: FoundSet): FoundSet {
  const { cue, confidence } = FORM_EVIDENCE[found.set.form];
  const announced = found.set.declaredCount !== null;
  const context = found.set.section ? `section “${found.set.section}”` : "opening text";
  found.set.evidence = { cue: announced ? `${cue}, announced with a count` : cue, context };
  found.set.confidence = announced
    ? Math.round(Math.min(1, confidence + 0.05) * 100) / 100
    : confidence;
  return found;
}

/**
 * A set drawn in place of its list or table (and of the blocks it `absorbed`, a run of
 * paragraphs), with the count its announcement gives.
 */
export function replacing(
  node: RootContent,
  kind: SetKind,
  given: Announcement | undefined,
  values: Value[],
  form: "list" | "table" | "inline",
  section: string | null,
  absorbed: RootContent[] = [],
): FoundSet {
  return {
    kind,
    set: {
      label: given?.mention.label ?? setLabel(kind),
      declaredCount: given?.mention.count ?? null,
      declaredAt: given?.place ?? null,
      values,
      line: node.position?.start.line ?? 1,
      form,
      section,
      ...(given?.text ? { intro: given.text } : {}),
    },
    anchor: { node, mode: "replace", absorbed },
  };
}

/** A set read from a sentence or a paragraph's words, drawn after its block. */
export function inlineAfter(
  node: RootContent,
  kind: SetKind,
  set: Omit<ValueSet, "form" | "confidence" | "evidence">,
): FoundSet {
  return { kind, set: { ...set, form: "inline" }, anchor: { node, mode: "after", absorbed: [] } };
}

function nameKey(values: Item[]): string {
  return values
    .map((v) => wordingKey(v.name))
    .sort()
    .join("|");
}

const described = (set: ValueSet) => set.values.filter((v) => v.description).length;
const capitalised = (set: ValueSet) => set.values.filter((v) => /^\p{Lu}/u.test(v.name)).length;

/**
 * "— Nell screens for patience, cleanliness and generosity": an earlier set given again in a
 * sentence whose first item kept the clause before it — every other name is that set's, and the
 * first ends on its remaining name.
 */
function carriesClause(current: FoundSet, byName: Map<string, FoundSet>): boolean {
  const [first, ...rest] = current.set.values.map((v) => v.name);
  const restKeys = rest.map(wordingKey);
  const owner = restKeys[0] === undefined ? undefined : byName.get(restKeys[0]);
  if (!owner || !first || owner.kind !== current.kind) return false;
  if (owner.set.values.length !== current.set.values.length) return false;
  if (!restKeys.every((key) => byName.get(key) === owner)) return false;
  const left = owner.set.values.filter((v) => !restKeys.includes(wordingKey(v.name)));
  return left.length === 1 && foldWords(first).endsWith(` ${foldWords(left[0]?.name ?? "")}`);
}

/** One set per list of names: the first keeps its place and count, the richer wording wins. */
export function merge(found: FoundSet[]): FoundSet[] {
  const merged: FoundSet[] = [];
  // Twins found by key, not by comparing every pair (a twin's values keep the key's names).
  const byKey = new Map<string, FoundSet>();
  /** The first set each name belongs to. */
  const byName = new Map<string, FoundSet>();
  for (const current of found) {
    const key = nameKey(current.set.values);
    const twin = byKey.get(key);
    if (!twin) {
      // Some of an earlier set's names again ("How the values compare": two of the four): the
      // text speaks about that set; it gives no new one.
      // ("**Speed and simplicity.**" over their paragraph: two of its names, taken together.)
      const names = key.split("|");
      const parts = (name: string) => name.split(/\s+(?:and|&)\s+/).map(wordingKey);
      const owner = byName.get(parts(current.set.values[0]?.name ?? "")[0] ?? "");
      const ofOwner = (name: string) => parts(name).every((part) => byName.get(part) === owner);
      if (owner?.kind === current.kind && current.set.values.every((v) => ofOwner(v.name)))
        continue;
      if (carriesClause(current, byName)) continue;
      merged.push(current);
      byKey.set(key, current);
      for (const n of names) if (!byName.has(n)) byName.set(n, current);
      continue;
    }
    const richer =
      described(current.set) !== described(twin.set)
        ? described(current.set) > described(twin.set)
        : capitalised(current.set) > capitalised(twin.set);
    if (richer) twin.set.values = current.set.values;
    twin.set.intro ??= current.set.intro;
    if (twin.set.declaredCount === null) {
      twin.set.declaredCount = current.set.declaredCount;
      twin.set.declaredAt = current.set.declaredAt;
    }
    if (current.anchor.mode === "replace") {
      // The detailed list replaces the announcement's cards; the announcing paragraph stays prose.
      twin.anchor = current.anchor;
      twin.set.form = current.set.form;
    }
  }
  return merged;
}
