/**
 * `faq-disagrees`: an FAQ answer states a mission, vision or value list the body never gives.
 * A value list agrees only when it names the same values as one of the body's sets: an answer
 * naming a few of them tells the reader the list is shorter than it is.
 */

import type { ValueSet } from "../../../schema/schema.js";
import type { Rule } from "../../diagnostics/rule.js";
import { COUNT, enumerations, parseCount, splitItems } from "../../read/enumeration.js";
import { foldQuotes } from "../../read/sentences.js";
import { ownedElsewhere } from "../../read/set-owners.js";

/** A question that weighs the company's set against another's: "the same as the NHS values". */
const COMPARED =
  /\b(?:the\s+same\s+as|different\s+from|compared?\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|an?\s+)?[\p{L}'’ -]{0,40}\b(?:values|principles)\b/iu;

/**
 * A question about the company's values: "What are X's values?", "What does X stand for?", "What
 * do you value most?" (the verb after "do/does/did" and its subject; "the value of a ticket" asks
 * a price).
 */
const ASKS_VALUES =
  /\b(?:values|principles|beliefs|believe\s+in|stand\s+for)\b|\b(?:do|does|did)\s+(?:[\p{L}'’&-]+\s+){1,3}value\b/iu;

/**
 * A question about the values that asks something else of them — "How were the values chosen?",
 * "When did we adopt them?": its answer tells a story, not which they are ("How many …" still asks).
 * So does one about a situation they meet — "What if two values clash?", "What happens when …?",
 * "What should I do if …?": its answer says what to do, naming a value or two on the way.
 */
const NOT_WHICH =
  /^\W*(?:how(?!\s+many\b)|why|when|where|who|what\s+(?:if|happens|(?:should|do|can|must)\s+(?:i|we|you)\s+do)\b)\b/i;
const asksWhich = (question: string) => ASKS_VALUES.test(question) && !NOT_WHICH.test(question);

/** After a lead-in ("Three matter most: …", "Its values are …"), where the list starts. */
const LEAD_IN = /^.*:\s*|^.*?\b(?:are|include|includes|believe\s+in|stands?\s+for)\s+/i;

/**
 * The names an answer lists when it is only a list: items of at most five words, split at commas
 * and "and" (the answer is compared, not kept, so a loose split is enough). Null for prose.
 */
function answerList(sentence: string): string[] | null {
  const list = sentence.replace(LEAD_IN, "").replace(/[.!]\s*$/, "");
  const strict = splitItems(list, true)?.map((i) => i.name);
  const names =
    strict ??
    list
      .split(/,\s*|\s+and\s+/)
      .map((n) => n.trim())
      .filter(Boolean);
  // ("How many values …?" — "Five, published in its report.": a bare count opening the answer
  // says how many there are; it names none.)
  if (BARE_COUNT.test(names[0] ?? "")) return null;
  // ("They are printed in the handbook and in each annual review.": where the list is, not it.)
  if (!strict && names.some((n) => WHERE.test(n))) return null;
  return names.length >= 2 && names.every((n) => n.split(/\s+/).length <= 5) ? names : null;
}

/** A part opening on a preposition or a participle and its preposition: a place, no name. */
const WHERE =
  /^(?:in|on|at|by|for|from|into|inside|within)\s|^\p{Ll}+ed\s+(?:in|on|at|by|inside)\s/u;

const BARE_COUNT = new RegExp(String.raw`^(?:all\s+|just\s+|only\s+)?${COUNT}$`, "i");

/** Words match when they share a stem: "creative" ~ "Creativity", "authentic" ~ "Authenticity". */
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "")
    .slice(0, 5);

function sameNames(set: ValueSet, names: string[]): boolean {
  const listed = new Set(names.map(stem));
  const body = new Set(set.values.map((v) => stem(v.name)));
  return listed.size === body.size && [...listed].every((s) => body.has(s));
}

/** Whether the answer gives the number `size` ("Six, from …", "all 6"). */
function counts(answer: string, size: number | undefined): boolean {
  return [...answer.matchAll(COUNT_WORD)].some((m) => parseCount(m[0]) === size);
}

const COUNT_WORD = new RegExp(String.raw`\b${COUNT}\b`, "gi");

/**
 * A name's or an answer's words, lower-cased, for matching whole words. Apostrophes are folded:
 * the answer is read with straight quotes, names keep the page's ("passengers’ time").
 */
const words = (text: string) =>
  foldQuotes(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

/**
 * The names of `sets` the answer mentions as whole words, per set. The answer's runs of words
 * are collected once for the lengths the names have, so each name costs one look-up.
 */
function namedIn(sets: ValueSet[], answer: string): string[][] {
  const said = words(answer);
  const lengths = new Set(sets.flatMap((set) => set.values.map((v) => words(v.name).length)));
  const runs = new Set<string>();
  for (const n of lengths)
    for (let i = 0; i + n <= said.length; i++) runs.add(said.slice(i, i + n).join(" "));
  return sets.map((set) =>
    set.values.map((v) => v.name).filter((name) => runs.has(words(name).join(" "))),
  );
}

export const faqDisagrees: Rule = {
  id: "faq-disagrees",
  severity: "warning",
  description:
    "an FAQ answer states a mission, vision or value list that the body never gives (a subset included)",
  example: {
    in: "# Acme\n\nOur mission is to make roads safer.\n\n## FAQ\n\n### What is Acme's mission?\n\nAcme's mission is to sell more cars than anyone.\n",
    out: "matches none in the body",
  },
  reader(finding, model) {
    // The entry whose question starts at or before the finding's line and is the last to do so.
    const entry = model.faq.filter((e) => e.line <= finding.line).at(-1);
    const answer = entry ? `The FAQ's answer to “${entry.question}”` : "An FAQ answer";
    return finding.subject === "mission" || finding.subject === "vision"
      ? `${answer} gives a ${finding.subject} that the body of the text never states.`
      : `${answer} names values that match none of the value lists in the body of the text.`;
  },
  check({ model, report }) {
    const faqSections = new Set(
      model.sections.filter((s) => s.kind === "faq").map((s) => s.heading),
    );
    // (A page that is nothing but questions and answers has no body beside its FAQ: the answers
    // are it. An introduction of its own is a body, one that states none of them.)
    const onlyAnswers = model.sections.every(
      (s) => s.kind === "faq" && s.blocks.every((b) => b.type === "faq"),
    );
    if (faqSections.size === 0 || onlyAnswers) return;

    // ("# Working at Verigold: your questions answered" over its opening paragraphs: what stands
    // before the first question is the page's introduction — the body — whatever its heading.)
    const firstQuestion = Math.min(...model.faq.map((e) => e.line));
    for (const kind of ["mission", "vision"] as const) {
      const { statements } = model[kind];
      const body = statements.filter((s) =>
        s.occurrences.some(
          (o) => o.section === null || !faqSections.has(o.section) || o.line < firstQuestion,
        ),
      );
      for (const statement of statements) {
        if (body.includes(statement)) continue;
        const told =
          body.length > 0
            ? `the body gives ${body.map((s) => `“${s.text}”`).join(", ")}`
            : `the body states no ${kind}`;
        report(
          statement.occurrences[0] ?? { line: 1, column: 1 },
          `The FAQ's ${kind} “${statement.text}” matches none in the body (${told}); make the answer quote the body`,
          kind,
        );
      }
    }

    for (const entry of model.faq) {
      // "What are Pennock's values?": another organisation's list, not one of the company's.
      if (ownedElsewhere(entry.question, [model.meta.company])) continue;
      // "Are Pemberton's values the same as the NHS values?": the answer may list the other's.
      if (COMPARED.test(entry.question)) continue;
      const folded = foldQuotes(entry.answer);
      // Sentence by sentence: a list ends with its sentence.
      const sentences = folded.split(/(?<=[.!?])\s+/);
      const lists = sentences
        .flatMap((sentence) => enumerations(sentence))
        .filter((listed) => listed.kind === "values")
        .map((listed) => listed.items.map((i) => i.name));
      if (lists.length === 0 && !asksWhich(entry.question)) continue;
      const named = namedIn(model.valueSets, folded);
      // An answer that names every value of a set agrees, whatever its sentences look like.
      if (named.some((names, i) => names.length === model.valueSets[i]?.values.length)) continue;
      // "What are Acme's values?" — "Care, fairness and expertise.": the answer is the list.
      const asked = lists.length === 0 && asksWhich(entry.question);
      const bare = asked ? answerList(sentences[0] ?? "") : null;
      const differing = (bare ? [...lists, bare] : lists).filter(
        (names) => !model.valueSets.some((set) => sameNames(set, names)),
      );
      // "Our care is guided by compassion and respect": some of a set's names, in any syntax.
      // ("Six, from safety to craft": the count says the answer means the whole set.)
      const part = named.find(
        (names, i) => names.length >= 2 && !counts(folded, model.valueSets[i]?.values.length),
      );
      if (differing.length === 0 && part && asksWhich(entry.question)) differing.push(part);
      for (const names of differing) {
        report(
          { line: entry.answerLine ?? entry.line, column: 1 },
          `The FAQ lists the values ${names.join(", ")}, which match no value list in the body; make the answer list one of the body's value sets in full`,
          "values",
        );
      }
    }
  },
};
