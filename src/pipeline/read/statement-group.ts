/**
 * Near-identical phrasings are one statement with several occurrences, worded in full as quoted
 * when it was quoted; the primary is the one stated most often (ties: the earliest).
 */
import type { Occurrence, Statement, StatementGroup } from "../../schema/schema.js";
import { tokens } from "./statement-span.js";
import type { Candidate, StatementKind } from "./statements.js";

/**
 * Same statement: same words in any order, almost the same words (a small edit), one wording
 * that is the other with a trailing clause ("… live better" / "… live better, guiding …"), or a
 * long one restated without a few words in its middle ("every child [in our schools] leaves …").
 */
export function samePhrasing(a: string, b: string): boolean {
  return sameTokens(tokens(a), tokens(b));
}

function sameTokens(ta: string[], tb: string[]): boolean {
  if ([...ta].sort().join(" ") === [...tb].sort().join(" ")) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length >= 5 && short.every((t, i) => long[i] === t)) return true;
  if (short.length >= 8 && long.length - short.length <= 3 && withoutOneRun(short, long))
    return true;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const shared = [...sa].filter((t) => sb.has(t)).length;
  const jaccard = shared / (sa.size + sb.size - shared);
  return jaccard >= 0.8 && Math.abs(ta.length - tb.length) <= 2 && !swapsAWord(sa, sb);
}

/** Small words a restatement may swap ("each" for "every", "a" for "the") and stay the same. */
const SMALL_WORDS = new Set(
  "a an the each every all any our its their your this that these those of in on at for to into from with by and or as so is are be".split(
    " ",
  ),
);

/** A word without its ending: "helping", "helps", "helped" → "help"; "making" → "mak". */
const stem = (word: string): string => word.replace(/(?:ing|ed|es|s|e)$/, "");

/**
 * One word in two forms: "help" / "helping", "town" / "towns", or spelt two ways —
 * "organisation" / "organization", "centre" / "center": at most two letters changed, in words of
 * five letters or more. (Only a swap's few words reach here.)
 */
const sameWord = (a: string, b: string): boolean => {
  if (stem(a) === stem(b)) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return (row[b.length] ?? 3) <= 2;
};

/**
 * Whether one wording puts a word of its own where the other has another ("one paycheck at a
 * time" / "one payday at a time"): a second wording, unless the words swapped are small words or
 * one word spelt two ways. (A word only added or only dropped is left to the overlap.)
 */
function swapsAWord(sa: Set<string>, sb: Set<string>): boolean {
  const onlyA = [...sa].filter((t) => !sb.has(t) && !SMALL_WORDS.has(t));
  const onlyB = [...sb].filter((t) => !sa.has(t) && !SMALL_WORDS.has(t));
  if (onlyA.length === 0 || onlyB.length === 0) return false;
  return !onlyA.every((a) => onlyB.some((b) => sameWord(a, b)));
}

/** Whether `short` is `long` with one run of words taken out (same start, same end). */
function withoutOneRun(short: string[], long: string[]): boolean {
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  let tail = 0;
  while (
    tail < short.length - head &&
    short[short.length - 1 - tail] === long[long.length - 1 - tail]
  )
    tail++;
  return head + tail === short.length;
}

/** A word in more phrasings than this is too common to find one by (linear time on any input). */
const COMMON = 50;

/**
 * Phrasings found by the words they share, not by comparing with every one: each item is kept
 * under the words of the first wording added for it, as reading in document order meets them.
 */
export class Phrasings<T> {
  readonly items: T[] = [];
  private readonly words: string[][] = [];
  private readonly byWord = new Map<string, number[]>();

  /** The earliest item whose wording is the same phrasing as `words` (`tokens` of a text). */
  find(words: string[]): T | undefined {
    const near = new Set<number>();
    for (const word of new Set(words)) {
      const list = this.byWord.get(word);
      if (list && list.length <= COMMON) for (const i of list) near.add(i);
    }
    for (const i of [...near].sort((a, b) => a - b))
      if (sameTokens(this.words[i] as string[], words)) return this.items[i];
    return undefined;
  }

  add(words: string[], item: T): void {
    for (const word of new Set(words)) {
      const list = this.byWord.get(word);
      if (list) list.push(this.items.length);
      else this.byWord.set(word, [this.items.length]);
    }
    this.words.push(words);
    this.items.push(item);
  }
}

interface Group {
  texts: string[];
  /** The wordings given in quotation marks. */
  quoted: Set<string>;
  occurrences: Occurrence[];
  best: Candidate;
}

export function groupStatements(candidates: Candidate[], kind: StatementKind): StatementGroup {
  const groups = new Phrasings<Group>();
  for (const candidate of candidates) {
    if (candidate.kind !== kind) continue;
    const words = tokens(candidate.text);
    const group = groups.find(words);
    if (group) {
      group.texts.push(candidate.text);
      if (candidate.quoted) group.quoted.add(candidate.text);
      group.occurrences.push(candidate.occurrence);
      if (candidate.confidence > group.best.confidence) group.best = candidate;
    } else
      groups.add(words, {
        texts: [candidate.text],
        quoted: new Set(candidate.quoted ? [candidate.text] : []),
        occurrences: [candidate.occurrence],
        best: candidate,
      });
  }
  const statements: Statement[] = groups.items.map((g) => ({
    text: quotedInFull(clearest(g.texts), g.quoted),
    occurrences: g.occurrences,
    confidence: g.best.confidence,
    evidence: g.best.evidence,
  }));
  // Most occurrences wins; ties go to the earliest (groups are in document order).
  const primary = statements.reduce<Statement | null>(
    (best, s) => (!best || s.occurrences.length > best.occurrences.length ? s : best),
    null,
  );
  return { primary, statements };
}

/**
 * The wording used most often; on a tie the earliest, unless a later one is the earlier without a
 * trailing clause (the statement is the shorter: "… live better" of "… live better, guiding …"),
 * or states it with a verb where the earlier has a gerund ("help …" of "helping …": the gerund
 * retells it).
 */
function clearest(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best = texts[0] as string;
  for (const [text, n] of counts) {
    const bestCount = counts.get(best) ?? 0;
    const fuller = tokens(best).join(" ");
    const shorter = tokens(text).join(" ");
    // (", so that the past can teach …": a purpose clause is the mission's, not a comment on it.)
    const trims =
      fuller.startsWith(`${shorter} `) && !PURPOSE_CLAUSE.test(fuller.slice(shorter.length + 1));
    const verb = GERUND.test(best) && !GERUND.test(text);
    if (n > bestCount || (n === bestCount && (trims || verb))) best = text;
  }
  return best;
}

const GERUND = /^\p{L}+ing\b/iu;
/**
 * A clause saying what the mission is for ("so that …", "in order that …"), when it must hold
 * ("before they lose …", "until every …", "wherever they live") or how it is done ("by making …",
 * "through pairing …", "without costing the earth"), or a second aim ("– and to teach …"): the
 * mission's own, not a comment.
 */
const PURPOSE_CLAUSE =
  /^(?:so that|in order that|in order to|before|until|unless|wherever|whenever|whatever|however|(?:by|through|without)\s+\p{L}+ing|and\s+to\s+\p{L}+)\b/u;

/**
 * The company's quoted words when they go on past the wording chosen: an unquoted retelling may
 * have lost a last clause the reader took for a comment ("…, whether they bake one loaf or …").
 */
function quotedInFull(chosen: string, quoted: Set<string>): string {
  const words = tokens(chosen).join(" ");
  for (const text of quoted) {
    // (One sentence: a mismatched mark may have run a quotation on into the writer's next one.)
    if (!/[.!?]["'“”‘’]?\s/.test(text) && tokens(text).join(" ").startsWith(`${words} `))
      return text;
  }
  return chosen;
}
