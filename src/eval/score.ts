/**
 * Scores what Credo read from a document against its gold file (tests/corpus/README.md): per
 * field true/false positives and negatives, summed over documents, and every miss by name.
 * Used by `npm run eval` and by the baseline test, so both score the same way.
 */
import { z } from "zod";
import type { Model } from "../schema/schema.js";

const GoldStatement = z.strictObject({ text: z.string().min(1), primary: z.boolean().optional() });
/** A kind's statements: exactly one primary when there are any (tests/corpus/README.md). */
const GoldStatements = z
  .array(GoldStatement)
  .refine((list) => list.length === 0 || list.filter((s) => s.primary).length === 1, {
    message: "exactly one statement must be `primary: true` when the list is not empty",
  });
const Subject = z.enum(["mission", "vision", "values", "pillars"]);

export const Gold = z.strictObject({
  company: z.string().min(1),
  title: z.string().min(1).optional(),
  mission: GoldStatements,
  vision: GoldStatements,
  valueSets: z.array(
    z.strictObject({
      names: z.array(z.string().min(1)).min(1),
      count: z.number().int().nonnegative().nullable(),
    }),
  ),
  pillars: z.array(z.string().min(1)).nullable(),
  takeaways: z.array(z.string().min(1)),
  faq: z.array(z.string().min(1)),
  diagnostics: z.array(z.strictObject({ rule: z.string().min(1), about: Subject })),
});
export type Gold = z.infer<typeof Gold>;

export const FIELDS = [
  "statements",
  "primary",
  "values",
  "counts",
  "pillars",
  "takeaways",
  "faq",
  "diagnostics",
  "company",
  "title",
  "builds",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore {
  name: string;
  tallies: Record<Field, Tally>;
  /** Human-readable misses: "statements: missed mission “…”". */
  misses: string[];
  /** The diagnostics field's tally split by rule id (only rules the gold or the model names). */
  rules: Record<string, Tally>;
}

/** Lower case, straight quotes, no punctuation, no leading "to", single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^to /, "");
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset match of two lists of keys: tp, fp (extra predicted), fn (missed gold). */
function matchKeys(
  gold: string[],
  predicted: string[],
  same: (g: string, p: string) => boolean = (g, p) => g === p,
): Tally & { missed: string[]; extra: string[] } {
  const left = [...predicted];
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const i = left.findIndex((p) => same(g, p));
    if (i === -1) missed.push(g);
    else {
      tp++;
      left.splice(i, 1);
    }
  }
  return { tp, fp: left.length, fn: missed.length, missed, extra: left };
}

/** A takeaway is found when its first eight words match. */
const prefix = (text: string) => normalise(text).split(" ").slice(0, 8).join(" ");

interface Outcome {
  model?: Model;
  /** Why the document was refused (an exception or an error diagnostic). */
  refused?: string;
}

export function scoreDocument(
  name: string,
  gold: Gold,
  outcome: Outcome,
  hasFrontMatter: boolean,
): DocScore {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, empty()])) as Record<Field, Tally>;
  const misses: string[] = [];
  const add = (
    field: Field,
    result: Tally & { missed: string[]; extra: string[] },
    show = (s: string) => `“${s}”`,
  ) => {
    tallies[field].tp += result.tp;
    tallies[field].fp += result.fp;
    tallies[field].fn += result.fn;
    for (const m of result.missed) misses.push(`${field}: missed ${show(m)}`);
    for (const e of result.extra) misses.push(`${field}: extra ${show(e)}`);
  };
  const model = outcome.model;
  const refused = outcome.refused;
  add("builds", {
    tp: refused ? 0 : 1,
    fp: 0,
    fn: refused ? 1 : 0,
    missed: refused ? [refused] : [],
    extra: [],
  });

  const goldStatements = (["mission", "vision"] as const).flatMap((kind) =>
    gold[kind].map((s) => `${kind}: ${normalise(s.text)}`),
  );
  const predictedStatements = (["mission", "vision"] as const).flatMap((kind) =>
    (model?.[kind].statements ?? []).map((s) => `${kind}: ${normalise(s.text)}`),
  );
  add("statements", matchKeys(goldStatements, predictedStatements));

  for (const kind of ["mission", "vision"] as const) {
    const goldPrimary = gold[kind].find((s) => s.primary);
    const predicted = model?.[kind].primary;
    if (!goldPrimary && !predicted) continue;
    const ok =
      goldPrimary && predicted && normalise(goldPrimary.text) === normalise(predicted.text);
    add("primary", {
      tp: ok ? 1 : 0,
      fp: !ok && predicted ? 1 : 0,
      fn: !ok && goldPrimary ? 1 : 0,
      missed: !ok && goldPrimary ? [`${kind}: ${goldPrimary.text}`] : [],
      extra: !ok && predicted ? [`${kind}: ${predicted.text}`] : [],
    });
  }

  const predictedSets = model?.valueSets ?? [];
  add(
    "values",
    matchKeys(
      gold.valueSets.flatMap((s) => s.names.map(normalise)),
      predictedSets.flatMap((s) => s.values.map((v) => normalise(v.name))),
    ),
  );

  // An announced count is right when the predicted set that shares most names with the gold set
  // announces the same number; a predicted count on a set the text gives no count for is wrong.
  const overlap = (a: string[], b: string[]) => {
    const sb = new Set(b.map(normalise));
    return a.filter((n) => sb.has(normalise(n))).length;
  };
  const claimed = new Set<number>();
  const countMissed: string[] = [];
  let countTp = 0;
  for (const set of gold.valueSets) {
    let best = -1;
    let bestOverlap = 0;
    predictedSets.forEach((p, i) => {
      const o = overlap(
        set.names,
        p.values.map((v) => v.name),
      );
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) claimed.add(best);
    if (set.count === null) continue;
    if (best >= 0 && predictedSets[best]?.declaredCount === set.count) countTp++;
    else
      countMissed.push(
        `${set.count} for [${set.names.join(", ")}] (read ${best >= 0 ? predictedSets[best]?.declaredCount : "no set"})`,
      );
  }
  const countExtra = predictedSets
    .filter((p, i) => p.declaredCount !== null && (!claimed.has(i) || !goldCountFor(gold, p)))
    .map((p) => `${p.declaredCount} for [${p.values.map((v) => v.name).join(", ")}]`);
  add(
    "counts",
    {
      tp: countTp,
      fp: countExtra.length,
      fn: countMissed.length,
      missed: countMissed,
      extra: countExtra,
    },
    (s) => s,
  );

  add(
    "pillars",
    matchKeys(
      (gold.pillars ?? []).map(normalise),
      (model?.pillars?.values ?? []).map((v) => normalise(v.name)),
    ),
  );
  add("takeaways", matchKeys(gold.takeaways.map(prefix), (model?.takeaways ?? []).map(prefix)));
  add(
    "faq",
    matchKeys(
      gold.faq.map(normalise),
      (model?.faq ?? []).map((f) => normalise(f.question)),
    ),
  );
  const diagnostics = matchKeys(
    gold.diagnostics.map((d) => `${d.rule} (${d.about})`),
    (model?.diagnostics ?? [])
      .filter((d) => d.severity !== "info" && d.ruleId !== "front-matter")
      .map((d) => `${d.ruleId} (${d.subject ?? "?"})`),
  );
  add("diagnostics", diagnostics, (s) => s);
  // (A key is "rule (subject)": the rule is its first word.)
  const rules: Record<string, Tally> = {};
  const rule = (key: string) => {
    const id = key.split(" ")[0] as string;
    rules[id] ??= empty();
    return rules[id];
  };
  // (Each gold diagnostic is found unless it is among the missed.)
  for (const d of gold.diagnostics) rule(d.rule).tp++;
  for (const key of diagnostics.missed) {
    rule(key).tp--;
    rule(key).fn++;
  }
  for (const key of diagnostics.extra) rule(key).fp++;

  // (Two forms of one organisation's name are one company: sameCompany.)
  const equal = (field: Field, want: string, got: string) =>
    field === "company" ? sameCompany(want, got) : normalise(want) === normalise(got);
  const same = (field: Field, want: string | undefined, got: string | undefined) => {
    if (want === undefined) return;
    const ok = got !== undefined && equal(field, want, got);
    add(field, {
      tp: ok ? 1 : 0,
      fp: ok ? 0 : 1,
      fn: ok ? 0 : 1,
      missed: ok ? [] : [want],
      extra: ok ? [] : [got ?? "nothing"],
    });
  };
  same("company", gold.company, model?.meta.company);
  if (!hasFrontMatter) same("title", gold.title, model?.meta.title);
  return { name, tallies, misses, rules: Object.fromEntries(Object.entries(rules).sort()) };
}

/**
 * A company's words, article left out: "The Open Door Trust" and "Open Door Trust" name one.
 * (An all-capitals word stays marked, as an acronym "MDCU" may stand for several words.)
 */
function companyWords(text: string): string[] {
  const words = text
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? `^${w.toLowerCase()}` : normalise(w)))
    .flatMap((w) => w.split(" "))
    .filter(Boolean);
  return words[0] === "the" ? words.slice(1) : words;
}

/**
 * Whether two names are the short and the long form of one organisation's, as pages write both:
 * the short one's words open the long one ("Kestrelwyn" — "Kestrelwyn Games"), a word may be cut
 * short ("Co-op" — "Co-operative") or an acronym of the long one's words ("MDCU" — "Marlpit &
 * District Credit Union", "CE" — "Church of England"). Another name is another company, and so
 * is a long form that goes on to another kind of body than the short one ends with: "St Aidan's
 * Church" is not "St Aidan's Church of England Primary School".
 */
function sameCompany(a: string, b: string): boolean {
  const [short, long] = [companyWords(a), companyWords(b)].sort((x, y) => x.length - y.length);
  if (!short?.length || !long) return false;
  let at = 0;
  for (const word of short) {
    const next = long[at]?.replace(/^\^/, "");
    if (next === undefined) return false;
    if (word.startsWith("^")) {
      const letters = word.slice(1);
      if (next === letters) {
        at += 1;
        continue;
      }
      // ("and", "of" and a possessive's "s" have no letter in an acronym.)
      let initials = "";
      while (at < long.length && initials.length < letters.length) {
        const w = (long[at] as string).replace(/^\^/, "");
        at += 1;
        if (!/^(?:and|of|s)$/.test(w)) initials += w[0];
      }
      if (initials !== letters) return false;
    } else if (next === word || (word.length >= 2 && next.startsWith(word))) {
      at += 1;
    } else return false;
  }
  const kind = (w: string | undefined) => w !== undefined && BODY_KIND.test(w);
  return !(kind(short.at(-1)) && long.slice(at).some(kind));
}

/** Nouns naming a kind of body, that end a name: a church, a school, a club. */
const BODY_KIND =
  /^(?:church|school|college|university|club|trust|society|union|association|council|fund|foundation|museum|library|hospital|department|group|company|federation|institute|academy)$/;

/** Whether the gold set matching `p` best announces the same count. */
function goldCountFor(gold: Gold, p: Model["valueSets"][number]): boolean {
  const names = new Set(p.values.map((v) => normalise(v.name)));
  let best: Gold["valueSets"][number] | undefined;
  let bestOverlap = 0;
  for (const set of gold.valueSets) {
    const o = set.names.filter((n) => names.has(normalise(n))).length;
    if (o > bestOverlap) {
      best = set;
      bestOverlap = o;
    }
  }
  return best?.count === p.declaredCount;
}

export interface FieldScore extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export function summarise(docs: DocScore[]): Record<Field, FieldScore> {
  return Object.fromEntries(
    FIELDS.map((field) => [field, scoreOf(docs.map((d) => d.tallies[field]))]),
  ) as Record<Field, FieldScore>;
}

/** Precision, recall and F1 of each diagnostic rule over the documents, by rule id. */
export function summariseRules(docs: DocScore[]): Record<string, FieldScore> {
  const ids = [...new Set(docs.flatMap((d) => Object.keys(d.rules)))].sort();
  return Object.fromEntries(
    ids.map((id) => [id, scoreOf(docs.map((d) => d.rules[id] ?? empty()))]),
  );
}

function scoreOf(tallies: Tally[]): FieldScore {
  const t = tallies.reduce(
    (sum, x) => ({ tp: sum.tp + x.tp, fp: sum.fp + x.fp, fn: sum.fn + x.fn }),
    empty(),
  );
  // Nothing to find and nothing found is a perfect score, not a division by zero.
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}
