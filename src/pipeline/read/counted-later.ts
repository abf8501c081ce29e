/**
 * The count a set's text gives away from the set: "The four values are printed inside every
 * case", "lists three principles", or a takeaway whose subject is the counted set ("Four guiding
 * principles shape every order."). Read for the one set of a kind that has no announced count,
 * unless the page says the set carries no number ("doesn't give its values a number").
 */

import type { Place } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import {
  COUNT,
  definiteCounts,
  enumerations,
  formerSet,
  LEAD_NOUN,
  type Mention,
  mentions,
  parseCount,
  type SetKind,
  setKind,
} from "./enumeration.js";
import type { FoundSet } from "./found-sets.js";
import { tag } from "./nlp.js";
import type { Sentence } from "./sentences.js";
import { ownedElsewhere } from "./set-owners.js";

export function countedLater(sets: FoundSet[], blocks: DocBlock[], names: string[]): FoundSet[] {
  const sentences = blocks.filter((b) => b.section.kind !== "faq").flatMap((b) => b.sentences);
  for (const kind of ["values", "pillars"] as const) {
    const ofKind = sets.filter((f) => f.kind === kind);
    const only = ofKind.length === 1 ? ofKind[0] : undefined;
    if (!only || only.set.declaredCount !== null) continue;
    if (sentences.some((sentence) => unnumbered(sentence.text) === kind)) continue;
    const said = sentences.flatMap((sentence) => {
      const counts = [...definiteCounts(sentence.text), ...subjectCount(sentence.text)]
        // ("has scrapped the five brand values": the count of a set no longer held.)
        .filter((m) => m.kind === kind && m.count !== null && !formerSet(sentence.text, m));
      // (Not a count whose sentence lists its own names: "Quillmark Data … lists three values —
      // Speed, Scale and Simplicity" counts those three, not a set given elsewhere on the page;
      // nor another body's: "the NHS Constitution, which sets out six national values".)
      if (
        counts.length === 0 ||
        listsOwnNames(sentence.text) ||
        ownedElsewhere(sentence.text, names)
      )
        return [];
      return counts.map((m) => ({
        count: m.count as number,
        place: sentence.at(m.countIndex ?? 0),
      }));
    });
    const first = said[0] ?? givenBack(only, blocks) ?? countBeforeColon(only, sentences);
    if (first && said.every((s) => s.count === first.count)) {
      only.set.declaredCount = first.count;
      only.set.declaredAt = first.place;
    }
  }
  return sets;
}

/**
 * "There are three words painted above the kettle: welcome, honesty and patience.", "Our values
 * are now four: …", "on the three things Grandad ran the dairy on: …": a set read from its
 * sentence, the count its lead-in gives before the colon, bare or of things held to — when it
 * counts the names listed ("we assess three competencies for every role: …" counts no values).
 */
function countBeforeColon(
  found: FoundSet,
  sentences: Sentence[],
): { count: number; place: Place } | null {
  const first = found.set.values[0]?.name;
  const sentence = sentences.find((s) => s.text === found.set.intro);
  if (found.set.form !== "inline" || !first || !sentence) return null;
  const at = sentence.text.indexOf(first);
  const lead = at > 0 ? COUNT_BEFORE_COLON.exec(sentence.text.slice(0, at)) : null;
  const count = lead?.[1] ? parseCount(lead[1]) : null;
  if (!lead || count !== found.set.values.length) return null;
  return { count, place: sentence.at(lead.index + lead[0].indexOf(lead[1] as string)) };
}
/** What a lead-in may count the names as: "three words", "the three things", or bare ("four:"). */
const SET_NOUN = `(?:${LEAD_NOUN}|words|values|principles|beliefs)`;
const COUNT_BEFORE_COLON = new RegExp(
  String.raw`\b(${COUNT})(?:\s+${SET_NOUN}\b(?:\s+[^\s.:;!?]+){0,8})?\s*:\s*$`,
  "iu",
);

/** Whether the sentence lists names of its own, two or more. */
const listsOwnNames = (text: string): boolean =>
  enumerations(text).some((e) => e.items.length >= 2);

/**
 * "These four haven't changed since 2015." right after the list (a "Speaker notes:" label may
 * stand between): the set's count, given back by a demonstrative and no noun.
 */
function givenBack(found: FoundSet, blocks: DocBlock[]): { count: number; place: Place } | null {
  const last = Math.max(found.set.line, ...found.set.values.map((v) => v.line));
  const after = blocks
    .filter((b) => (b.node.position?.start.line ?? 0) > last)
    .slice(0, 2)
    .flatMap((b) => b.sentences.slice(0, 1));
  for (const sentence of after) {
    const back = THESE_COUNT.exec(sentence.text);
    const count = back?.[1] ? parseCount(back[1]) : null;
    if (back && count !== null)
      return { count, place: sentence.at(back.index + back[0].length - (back[1]?.length ?? 0)) };
  }
  return null;
}
const THESE_COUNT = new RegExp(
  String.raw`^\W*(?:[\p{L} ]{1,20}:\W*)?(?:these|those|all)\s+(${COUNT})(?=\s+(?:have|haven['’]t|are|were|stay|remain|still|never|do|don['’]t)\b)`,
  "iu",
);

/**
 * "Four guiding principles shape every order.": the counted set opening the sentence as the
 * subject of its clause (a word of the clause follows, not "," or "with": "Three values, with
 * safety first." only labels a point).
 */
function subjectCount(text: string): Mention[] {
  const first = mentions(text)[0];
  if (first?.countIndex !== text.search(/\S/)) return [];
  const next = tag(text.slice(first.end))[0];
  return next && !LINKS.has(next.pos) ? [first] : [];
}

const LINKS = new Set(["PUNCT", "ADP", "CCONJ", "SCONJ"]);

/**
 * "Acme doesn't give its values a number": the set of that kind has no count, whatever a summary
 * counts.
 */
const UNNUMBERED =
  /(?:\bnot|n['’]t|\bnever)\s+(?:give|put|assign)s?\s+(?:its|their|our|the)\s+(values|principles|beliefs|pillars)\s+a\s+(?:number|count)\b/i;
function unnumbered(text: string): SetKind | null {
  const word = UNNUMBERED.exec(text)?.[1];
  return word ? setKind(word) : null;
}
