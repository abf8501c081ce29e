/**
 * Whether words read as a statement, and the shapes of a line that states one: an infinitive or
 * "A world where …" opening, the company's own present ("We care for …"), a noun phrase with no
 * verb of its own, a vision in the future tense, a short label before a colon — and the wordings
 * that only speak about the words (a definition, the writer turning to the reader).
 */
import { lemmas, type Token, tag } from "./nlp.js";
import { ANY_ORGANISATION, STATEMENT_START } from "./statement-cues.js";
import { META_NP, startsWithVerb } from "./statement-span.js";

/** "Harrowden in 2035: …", "Our ambition: …": a short label of a line, before its colon. */
export const LINE_LABEL = /^\W*[\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}\d'’-]+){0,4}:\s+(?=\S)/u;

/** "By 2030, we want every resident …": a vision that names its horizon first. */
export const TARGET_YEAR = /^\W*by\s+20\d\d\b/i;

/** A name (after an opening phrase) and a verb in the present: "…, Tollgate University educates". */
export const OWN_PRESENT =
  /^\W*(?:[^.]{0,80}?,\s+)?(?:the\s+)?([\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,4})\s+(?:\w+ly\s+)?[a-z]+[^s\s]s\s/u;

/**
 * A verb whose object is a bare pronoun: "make them …", "give these …", "shift that" (all of it);
 * or a share in an aim named elsewhere: "play its part", "do our bit" — a role in someone else's
 * effort, not a mission.
 */
export const LEANS_BACK =
  /^(?:to\s+)?(?:\p{L}+\s+(?:them|these|those)\b|\p{L}+\s+(?:that|this|it)\W*$|(?:play|do)\s+(?:its|our|their|a|my)\s+(?:\p{L}+\s+)?(?:part|bit|share)\b)/iu;

/** Words that read as a statement: "To …", "A world where …", "We …", or a verb ("Make …"). */
export function statementWording(text: string): boolean {
  return STATEMENT_START.test(text) || startsWithVerb(text);
}

/**
 * "though the second slogan is …", "but it works", "so it is a useful case": a clause joined on by
 * a conjunction (or "so", "hence" of a consequence) goes on with the writer's sentence, as no
 * statement after a label or dash begins.
 */
export function joinedClause(text: string): boolean {
  if (CONSEQUENCE.test(text)) return true;
  const first = tag(text.slice(0, 40)).find((t) => t.pos !== "PUNCT");
  return first?.pos === "SCONJ" || first?.pos === "CCONJ";
}

/** "so it is …", "hence the …", "which is why …": a consequence the writer draws. */
const CONSEQUENCE = /^\W*(?:so|hence|thus|which\s+is\s+why)\s+(?!(?:that|as)\b)/i;

/** "Let's …", "Let us …": the writer addressing the reader, as an imperative's subject. */
export const TO_READER = /^\W*let(?:['’]s|\s+us)\b/i;

/** The words a statement's frame is built on: a line that uses them speaks about a statement. */
export const KEY_WORD = /\b(?:mission|vision)\b/i;

/**
 * "We care for the trees of …", "Through teaching and service, we give …": the company's own
 * present after an opening phrase, if any — not a belief ("We believe …").
 */
export function wePresent(text: string): boolean {
  // ("We collect, care for and share …": the first of verbs in a row ends at its comma.)
  const verb =
    /^\W*(?:[^.;:!?]{0,100}?,\s+)?we\s+((?:\w+ly\s+)?[a-z]+)(?:\s|,\s)/i.exec(text)?.[1] ?? "";
  if (verb === "" || OPINION.test(verb) || !startsWithVerb(verb)) return false;
  // ("We picked ten villages …", "We chose …": the past tells what was done once, not what the
  // company does. After "we", a verb in the present is its own dictionary form.)
  const word = verb.split(/\s+/).at(-1)?.toLowerCase();
  return word !== undefined && lemmas(`we ${verb}`).at(-1) === word;
}

const OPINION =
  /^(?:believe|think|feel|hope|know|are|were|have|had|will|would|can|could|may|might|should|must|do|did)$/i;

/**
 * "Health for every valley.", "Outstanding care, in every town we serve, for everyone who needs
 * it.": a noun phrase whose only verbs are in its relative clauses (after "we", "who", "where",
 * or a clause that ends on its preposition: "The ferry the island sets its watch by"), as a
 * vision line under its heading often is (a sentence about the vision has its own verb: "We
 * review it every year.", "Patients come first.").
 */
export function nounLine(text: string): boolean {
  const tokens = tag(text);
  const words = tokens.filter((t) => t.pos !== "PUNCT");
  // (Which words a comma stands before: the tagger's punctuation is left out of `words`.)
  const afterComma = new Set(tokens.filter((_, i) => tokens[i - 1]?.value === ","));
  const joined = (t: Token | undefined, before: Token | undefined) =>
    t !== undefined && (afterComma.has(t) || /^(?:and|or)$/i.test(before?.value ?? ""));
  if (words.length < 2 || words.length > 25) return false;
  // "The ferry the whole island sets its watch by.": a clause with no relative word, known by
  // the preposition it leaves at its end — its verbs are the clause's.
  if (/^the$/i.test(words[0]?.value ?? "") && STRANDED.test(words.at(-1)?.value ?? ""))
    return words.at(-1)?.pos === "ADP";
  if (contactClause(words)) return true;
  // ("Harbours where no boat is lost.": after "where", the verbs are its clause's, which has a
  // subject of its own; after "who" only a verb right behind it is — "Visitors who come once
  // return …" is a sentence.)
  const where = words.findIndex((t) => /^where$/i.test(t.value));
  const head = where === -1 ? words : words.slice(0, where);
  // ("Rivers that run clean, teem with life and are cherished …": after "that", "which" or "who"
  // the first verb is the clause's, and so is each one a comma, "and" or a helping verb leads to;
  // "Visitors who come once return …" has a main verb after the clause.)
  const relative = head.findIndex((t, i) => i > 0 && /^(?:that|which|who)$/i.test(t.value));
  const clauseVerb = (i: number) =>
    relative !== -1 &&
    i > relative &&
    (i === relative + 1 ||
      head.slice(relative + 1, i).every((t) => t.pos !== "VERB" && t.pos !== "AUX") ||
      joined(head[i], head[i - 1]) ||
      head[i - 1]?.pos === "AUX");
  return (
    ["NOUN", "PROPN", "ADJ"].includes(words[0]?.pos ?? "") &&
    head.every(
      (t, i) =>
        (t.pos !== "VERB" && t.pos !== "AUX") ||
        clauseVerb(i) ||
        // ("Harbours full of fish, valued and cared for by …": participles after a comma or
        // "and" describe the noun — before any relative clause: "Outstanding care, delivered by
        // people who are proud …".)
        ((relative === -1 || i < relative) &&
          /(?:ed|en)$/i.test(t.value) &&
          joined(t, head[i - 1])) ||
        head[i - 1]?.pos === "PRON" ||
        // ("…, close to home, …": after an adjective "to" is a preposition, and the tagger's
        // "verb" after it is the noun it governs.)
        (/^to$/i.test(head[i - 1]?.value ?? "") && head[i - 2]?.pos === "ADJ") ||
        // ("…, thriving country towns": a participle before its noun describes it.)
        (/ing$/i.test(t.value) && ["NOUN", "ADJ"].includes(head[i + 1]?.pos ?? "")),
    )
  );
}

/** Words that open a clause's own subject right after a noun: "every", "each", "our" … */
const SUBJECT_OPENS = /^(?:every|each|any|no|all|most|many|our|your|their|its|his|her)$/i;

/**
 * "The studio every Lowgate founder recommends to the next one.": a noun, then a clause with its
 * own subject and no relative word — the verb after that subject is the clause's.
 */
function contactClause(words: Token[]): boolean {
  if (!/^(?:the|a|an)$/i.test(words[0]?.value ?? "")) return false;
  const noun = words.findIndex((t, i) => i > 0 && t.pos === "NOUN");
  if (noun === -1 || !words.slice(1, noun).every((t) => t.pos === "ADJ" || t.pos === "NOUN"))
    return false;
  // (Not a time: "The team every day works hard" is a sentence.)
  if (
    !SUBJECT_OPENS.test(words[noun + 1]?.value ?? "") ||
    /^(?:day|week|month|year|time|morning|evening|night|season)s?$/i.test(
      words[noun + 2]?.value ?? "",
    )
  )
    return false;
  const verb = words.findIndex((t, i) => i > noun + 2 && (t.pos === "VERB" || t.pos === "AUX"));
  return (
    verb !== -1 &&
    verb <= noun + 5 &&
    words[verb]?.pos === "VERB" &&
    words.slice(noun + 2, verb).every((t) => ["NOUN", "PROPN", "ADJ"].includes(t.pos)) &&
    words.slice(verb + 1).every((t) => t.pos !== "VERB" && t.pos !== "AUX")
  );
}

/** A preposition a clause leaves at the end ("… sets its watch by"), not a particle ("… up"). */
const STRANDED = /^(?:by|for|to|with|on|at|from|about|of|in|into|towards?)$/i;

/**
 * "a kitchen table in every town where the tea is …": a noun phrase whose first verb is in its
 * relative clause — the future a vision describes — not a clause ("a reader cannot tell …") nor a
 * remark on the wording ("a sentence everyone can repeat").
 */
export function placePhrase(text: string): boolean {
  return /^(?:a|an)\s/i.test(text) && nounPhrase(text, true);
}

/**
 * "good bread for every table in Thornleigh, baked …": words with no verb up to their first comma
 * or relative word (which must come when `relative`) — a noun phrase, not a clause ("nobody can
 * forget it") nor a remark on the wording ("a sentence everyone can repeat").
 */
export function nounPhrase(text: string, relative: boolean): boolean {
  if (META_NP.test(text)) return false;
  const words = tag(text.slice(0, 200));
  const stop = words.findIndex((t) => t.value === "," || RELATIVE_WORD.test(t.value));
  if (relative && !RELATIVE_WORD.test(words[stop]?.value ?? "")) return false;
  const head = words.slice(0, stop === -1 ? words.length : stop);
  return (
    head.length >= 2 &&
    ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(head[0]?.pos ?? "") &&
    head.every((t) => t.pos !== "VERB" && t.pos !== "AUX")
  );
}

const RELATIVE_WORD = /^(?:where|which|whose|that|who)$/i;

/** "Tollgate State University will be the first choice of …": a vision in the future tense. */
export const WILL_BE = /^\W*[\p{Lu}][^.,;:]{0,60}?\s+will\s+(?:be|become)\s/u;

/**
 * "Every pupil at Hollins leaves us brave and hopeful": the future a vision aims at, told of
 * everyone as if already true (read so only as the line alone under a vision heading).
 */
export const EVERYONE_NOW =
  /^\W*(?:(?:every|each|no)\s+\p{L}|every(?:one|body)\b|no(?:body|\s+one)\b)/iu;

/** "A world where …", "a future in which …": a place or time told by the clause after it. */
const WORLD_WHERE = /^\W*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:where|in\s+which)\s/iu;

/**
 * "Mission – what the organisation does now, and for whom", "the future the business hopes to
 * bring about": any organisation doing something is the word defined, not a statement. (Not "time
 * on the business, not …", nor "to be the company every rider trusts", the company it would be,
 * nor "in a business owned and run by its staff": a participle before "by" says what the company
 * is, done to it, not what any organisation does.)
 */
export function defines(text: string): boolean {
  if (!ANY_ORGANISATION.test(text) || /^(?:to\s+)?(?:be|become)\b/i.test(text)) return false;
  // ("A world where running a business means running the business": a world told by its clause,
  // whose organisation is one of the world's, not the word defined.)
  if (WORLD_WHERE.test(text)) return false;
  const words = tag(text);
  return words.some(
    (t, i) =>
      ANY_ORGANISATION.test(`${words[i - 1]?.value} ${t.value}`) &&
      ["VERB", "AUX"].includes(words[i + 1]?.pos ?? "") &&
      !passiveAt(words, i + 1),
  );
}

/** "owned by", "owned and run by": participles from `at`, joined by "and", then "by". */
function passiveAt(words: Token[], at: number): boolean {
  let i = at;
  while (words[i]?.pos === "VERB" && /^(?:and|or)$/i.test(words[i + 1]?.value ?? "")) i += 2;
  return words[i]?.pos === "VERB" && /^by$/i.test(words[i + 1]?.value ?? "");
}
