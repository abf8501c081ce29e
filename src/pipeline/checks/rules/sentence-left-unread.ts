/**
 * A sentence that gives the company's mission, vision or values in a shape Credo did not read
 * ("Its values — patience, thrift and plain speaking — come up in every interview", "Analysts
 * describe its vision as a coast where …"). Saying "no values found" there would put a false fact
 * in the brief; the sentence is pointed at instead, as `unread-section` points at a section.
 */
import type { Model } from "../../../schema/schema.js";
import { COUNT } from "../../read/enumeration.js";
import { partRead, type ReadPart, sectionLeftUnread } from "./section-left-unread.js";

/** Whose part it is: "its", "our", "their", "Acme's", "Tallis Ropes'" (not "a", "such"). */
const OWNER = String.raw`(?:([Ii]ts|[Oo]ur|[Tt]heir)|(\p{Lu}[\p{L}\p{N}&.-]*)(?:['’]s?|s['’]))\s+(?:(?:stated|official|current|own|published|core|company|guiding|shared|[a-z]+-word)\s+)*`;

/** A capitalised word past a sentence's first: a name ("Its rival, Parcelwise, says its …"). */
const NAME = /(?<=\s|^[“"‘(]?)\p{Lu}[\p{L}\p{N}&-]*/gu;

/**
 * Whether the owner is the company: its own name, or "its"/"our" with no other name before it and
 * not inside a quotation (a listicle's "“Our vision is …”", a rival's "its mission is …").
 */
function ownedByCompany(sentence: string, at: RegExpExecArray, company: Set<string>): boolean {
  const [, pronoun, name] = at;
  if (name !== undefined) return company.has(name.toLowerCase());
  const before = sentence.slice(0, at.index);
  const opened = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  if (opened || (before.match(/"/g)?.length ?? 0) % 2 === 1) return false;
  const names = [...before.matchAll(NAME)].filter((m) => m.index > 0 && m[0] !== "I");
  return pronoun !== undefined && names.every((m) => company.has(m[0].toLowerCase()));
}

/** The words that name each part after its owner. */
const PART_WORDS: Record<ReadPart, string> = {
  mission: "(?:mission|purpose)",
  vision: "vision",
  values: "(?:values|principles|beliefs)",
};

/**
 * What follows a statement's word where a sentence gives one: a colon, a quote, "is to" and a
 * verb, or "as" and a noun phrase ("describe its vision as a coast where …").
 */
const GIVES_STATEMENT =
  /^(?:\s+statement)?(?:\s*[:“"‘]|\s+(?:is|reads)\s*(?:[:“"‘]|to\s+(?!(?:the|a|an|our|their|its|this|that)\b)\p{Ll})|\s+as\s+(?:a|an|the|one)\s)/u;

/** Three or more items, the last after "and"/"&": "patience, thrift and plain speaking". */
const LIST =
  /\p{L}[^,;:.?!]{0,40},\s*[^,;:.?!]{1,40}(?:,\s*[^,;:.?!]{1,40})*?,?\s+(?:and|&)\s+\p{L}/u;

/** A sentence that calls the last one's list the values: "These values were agreed in 2022." */
const BACK_REFERENCE = /^\W*(?:These|Those)\s+(?:\w+\s+)?(?:values|principles|beliefs)\b/;

/**
 * The company's values announced with their number, listed or not: "We have five values", "Our
 * four values are painted on the wall", "the meeting agreed three values: …" (a count and a
 * colon). The page has the set; only its shape went unread.
 */
const WE_HAVE_COUNT = new RegExp(
  String.raw`\b([Ww]e)(?:\s+have|['’]ve)(?:\s+got)?\s+(?:only\s+|just\s+)?${COUNT}\s+(?:core\s+)?(?:values|principles)\b`,
  "u",
);
const OWNED_COUNT = new RegExp(
  String.raw`\b${OWNER}${COUNT}\s+(?:[a-z]+\s+)?(?:values|principles)\b`,
  "u",
);
const COUNT_COLON = new RegExp(
  String.raw`\b${COUNT}\s+(?:core\s+)?(?:values|principles)\b[^.:;!?]{0,40}:`,
  "iu",
);

/** Said before the part is given: it is absent, past, hypothetical, or asked about. */
const NOT_GIVEN =
  /\b(?:no|not|never|none|without|lacks?|was|were|used to|had been|once|old|former|previous|original(?:ly)?|such as|for example|might|could|would|if)\b|\Bn['’]t\b|\?/i;
const NEGATED = /\b(?:no|not|never|none)\b|\Bn['’]t\b/i;

/** The sentence up to its part's word and the three words after it (where "was", "not" sit). */
const lead = (sentence: string, end: number): string =>
  sentence.slice(0, end) + sentence.slice(end).split(/\s+/, 4).join(" ");

/**
 * Whether the sentence announces the company's own values with a count (see OWNED_COUNT). "Its"
 * and "their" are not taken: with a number they point back at whichever firm was named last
 * ("Loomwise's mission is vague. Its four values …"). A colon's list is taken unless a name other
 * than the company's opens the sentence ("Marlowe Ridge lists four values: …").
 */
function countedOwnSet(sentence: string, company: Set<string>): boolean {
  const at = WE_HAVE_COUNT.exec(sentence) ?? OWNED_COUNT.exec(sentence);
  const given = (end: number) => !NOT_GIVEN.test(lead(sentence, end)) && !sentence.endsWith("?");
  if (at && !/^(?:its|their)$/i.test(at[1] ?? "") && ownedByCompany(sentence, at, company))
    return given(at.index + at[0].length);
  const colon = COUNT_COLON.exec(sentence);
  const opener = /^[^\p{L}]*(\p{Lu}\p{L}*)/u.exec(sentence)?.[1] ?? "";
  const other = !OPENERS.test(opener) && !company.has(opener.toLowerCase());
  return colon !== null && !other && LIST.test(sentence.slice(colon.index)) && given(colon.index);
}
/** A sentence's first word that names no one. */
const OPENERS =
  /^(?:The|This|That|These|Those|Our|We|In|At|On|Each|Every|Last|Now|Then|So|And|But|A|An)?$/;

export interface SentencePlace {
  line: number;
  sentence: string;
}

/** When the model lacks `part`: the first prose sentence that gives it in a shape left unread. */
export function sentenceLeftUnread(model: Model, part: ReadPart): SentencePlace | undefined {
  if (partRead(model, part)) return undefined;
  const named = new RegExp(String.raw`\b${OWNER}${PART_WORDS[part]}\b`, "u");
  const company = new Set(model.meta.company.toLowerCase().split(/\s+/));
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.type !== "prose") continue;
      const sentences = block.text.split(/(?<=[.!?])\s+/);
      const found = sentences.find((sentence, i) => {
        const list = part === "values" ? LIST.exec(sentence) : null;
        if (list && !NOT_GIVEN.test(sentence.slice(0, list.index))) {
          const next = sentences[i + 1] ?? "";
          if (BACK_REFERENCE.test(next) && !NEGATED.test(next)) return true;
        }
        if (part === "values" && countedOwnSet(sentence, company)) return true;
        const at = named.exec(sentence);
        if (!at || !ownedByCompany(sentence, at, company)) return false;
        const end = at.index + at[0].length;
        if (NOT_GIVEN.test(lead(sentence, end)) || sentence.endsWith("?")) return false;
        const rest = sentence.slice(end);
        return part === "values" ? LIST.test(rest) : GIVES_STATEMENT.test(rest);
      });
      if (found !== undefined) return { line: block.line, sentence: found };
    }
  }
  return undefined;
}

/**
 * Whether the page has `part`: read, or given by a section or a sentence Credo could not read
 * (which `unread-section` reports instead of a missing-part warning).
 */
export const partFound = (model: Model, part: ReadPart): boolean =>
  partRead(model, part) ||
  sectionLeftUnread(model, part) !== undefined ||
  sentenceLeftUnread(model, part) !== undefined;
