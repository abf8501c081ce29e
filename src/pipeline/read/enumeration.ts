/**
 * Text patterns for lists of values written inside sentences: announced counts ("three core
 * values", "6 core values", "These four guiding values") and inline enumerations ("values –
 * courage, trust and joy –", "three core values: A, B, and C", "four pillars of a, b and c").
 * Pure functions of a sentence's text, so the FAQ check can reuse them on answers.
 */
import { type Token, tag } from "./nlp.js";
import { CONDUCT_GUIDELINES } from "./sections.js";
import { startsWithVerb } from "./statement-span.js";
import { POST_FURNITURE } from "./text.js";

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
/** "a dozen principles" counts twelve as "twelve principles" does. */
const DOZEN = String.raw`(?:a\s+)?dozen`;
export const COUNT = String.raw`(?:\d{1,3}|${NUMBER_WORDS.join("|")}|${DOZEN})`;
const DOZEN_WORD = new RegExp(`^${DOZEN}$`, "i");
/**
 * The nouns a set is named by (among them "action guidelines", sections.ts says why; and a brand
 * book's "brand truths", though "three hard truths" names none).
 */
const SET_WORD = `(?:values|principles|tenets|beliefs|commitments|pillars|components|strands|(?<=brand\\s)truths|${CONDUCT_GUIDELINES})`;
const SET_WORD_TEST = new RegExp(SET_WORD, "i");
/**
 * Words that may stand between a count and the set word: "four main", "6 core", "three guiding".
 * Each starts a word (not after a letter, digit or hyphen): without that, every position inside
 * a long token was tried and scanned to the token's end, quadratic time on one long word.
 * (Never a preposition, which joins another noun to the set word — the one the count counts:
 * "five minutes on values", "three questions about our values".)
 */
const QUALIFIER = String.raw`(?:(?<![\w-])(?!(?:${COUNT}|on|about|of|for|with|from|in|at|to|by|behind|around)\b)[a-z][a-z-]*\s+){0,2}`;

export type SetKind = "values" | "pillars";

export function parseCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return DOZEN_WORD.test(word) ? 12 : NUMBER_WORDS.indexOf(word.toLowerCase());
}

export function setKind(word: string): SetKind {
  return /^(pillars|components|strands)$/i.test(word) ? "pillars" : "values";
}

export interface Mention {
  kind: SetKind;
  /** e.g. "Core values", "Guiding values", "Pillars". */
  label: string;
  count: number | null;
  /** Index of the count word in the text, when there is one. */
  countIndex: number | null;
  /** Index just after the set word. */
  end: number;
  /** The word also names goals ("priorities"): items written as sentences are goals, no parts. */
  goals?: boolean;
}

/** A set the text counts or lists without naming its kind: values. */
export function valuesMention(
  count: number | null = null,
  countIndex: number | null = null,
  end = 0,
): Mention {
  return { kind: "values", label: "Values", count, countIndex, end };
}

/**
 * A count followed by "of" is partitive ("one of our values"): it counts a part, not the set. (A
 * quotation mark may open the set's name after the count: five "operating values".)
 */
const MENTION = new RegExp(
  String.raw`(?:\b(?<count>${COUNT})\s+(?!of\b)["“‘]?)?(?<qualifiers>${QUALIFIER})\b(?<word>${SET_WORD})\b`,
  "gi",
);
/** "rate", "target", "property": a noun that makes values measurements or prices, no set. */
const MEASURED =
  /^(?:rates?|targets?|mean|median|average|baseline|measured|ph|property|land|resale|book|residual|market|contract|lifetime|return|default|input|output|reference|sample|pixel|cell|field|data|numeric|threshold|limit|test|lab|blood|sensor|survey|index|indicator|kpi|score|unit|sale|asset|transaction|shipment|order)$/i;
const LABEL_QUALIFIERS =
  /^(core|guiding|main|key|company|brand|corporate|cultural|shared|strategic|founding|leadership)$/i;

/** Every mention of a set of values or pillars in a sentence, with its count if announced. */
export function mentions(text: string): Mention[] {
  // "sums up what it stands for in three phrases: …": what it stands for, given so many lines.
  const stands = STANDS_FOR_IN_LINES.exec(text);
  const count = stands?.groups?.count;
  if (stands?.groups?.held && count)
    return [
      valuesMention(
        parseCount(count),
        countAt(stands, count),
        stands.index + stands.groups.held.length,
      ),
    ];
  // Most sentences name no set; skip the costly pattern for them.
  if (!SET_WORD_TEST.test(text)) return [];
  const found = [...text.matchAll(MENTION)].flatMap((match) => {
    // ("The Acme mission statement has following components:": the mission's parts, an
    // analysis of its wording; pillars are the vision's.)
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    // (The words right before the set word, which the match may hold: "checklist of mission
    // components: customers, …" — a textbook's parts of any mission.)
    const setWord = match.groups?.word ?? "";
    const at = match.index + match[0].lastIndexOf(setWord);
    if (/^components$/i.test(setWord) && MISSION_PARTS.test(text.slice(Math.max(0, at - 60), at)))
      return [];
    // ("Accident Frequency Rate values are per …", "Target values", "p-values": measurements.)
    const last = (match.groups?.qualifiers ?? "").trim().split(/\s+/).pop() ?? "";
    if (MEASURED.test(last) || /[\p{L}\d]-$/u.test(text.slice(Math.max(0, at - 2), at))) return [];
    // ("It can be read as three components:": a statement's wording taken apart, unless the
    // sentence names the vision, whose components are its pillars.)
    if (/^components$/i.test(setWord) && WORDING_READ.test(before) && !/\bvision\b/i.test(text))
      return [];
    // ("… sets out its mission as three short commitments:": the list is the mission itself,
    // one statement, not a set.)
    // ("Acme's purpose is built around two commitments:": the purpose's own parts, no set.)
    if (MISSION_AS.test(before) || MISSION_BUILT.test(before)) return [];
    // ("Pellow's strategy has three strands": a plan of action's parts; strands are the vision's
    // pillars only where the sentence ties them to it — "The vision has three strands".)
    if (
      /^strands$/i.test(match.groups?.word ?? "") &&
      STRATEGY.test(before) &&
      !/\bvision\b/i.test(text)
    )
      return [];
    // ("where strands are laid out and twisted together": rope's strands; a set's strands are
    // counted or owned — "three strands", "our strands".)
    if (
      /^strands$/i.test(match.groups?.word ?? "") &&
      match.groups?.count === undefined &&
      !/\b(?:our|its|their|the\s+(?:vision|strategy|plan)['’]s|key|strategic)\s+$/i.test(before)
    )
      return [];
    const groups = match.groups ?? {};
    const qualifiers = (groups.qualifiers ?? "").trim().split(/\s+/).filter(Boolean);
    const word = groups.word ?? "";
    const end = match.index + match[0].length;
    const kind = CALLED_PILLARS_AFTER.test(text.slice(end, end + 80)) ? "pillars" : setKind(word);
    const adjective = qualifiers.filter((q) => LABEL_QUALIFIERS.test(q)).pop();
    const base =
      kind === "pillars" ? (/^components$/i.test(word) ? "components" : "pillars") : "values";
    const label = adjective ? `${adjective} ${base}` : base;
    // ("Please list up to five values": a limit on the list, not its number.)
    const count =
      groups.count === undefined || clauseNumber(text, match.index) || LIMIT.test(before)
        ? null
        : parseCount(groups.count);
    return [
      {
        kind,
        label: label[0]?.toUpperCase() + label.slice(1).toLowerCase(),
        count,
        countIndex: count === null ? null : match.index,
        end,
      },
    ];
  });
  // "The principles are how they work, and there are seven of them", "Our values — there are
  // five of them — are …": the count the sentence gives the set it has just named.
  const ofThem = OF_THEM.exec(text);
  const named = ofThem ? found.filter((m) => m.end <= ofThem.index).at(-1) : undefined;
  if (ofThem?.[1] && named && named.count === null) {
    named.count = parseCount(ofThem[1]);
    named.countIndex = countAt(ofThem, ofThem[1]);
  }
  // "cut its list of values from seven to three:", "eleven values … were reduced to four", "the
  // nine values became four:": the count the set has now; "sums up its values in four short
  // lines:": the lines are the values.
  for (const mention of found) {
    const after = text.slice(mention.end, mention.end + 80);
    const now =
      CHANGED_TO.exec(after) ??
      IN_LINES.exec(after) ??
      (mention.count === null ? ARE_COUNT.exec(after) : null);
    const word = now?.[1];
    if (!now || !word) continue;
    mention.count = parseCount(word);
    mention.countIndex = mention.end + countAt(now, word);
  }
  return found;
}

/**
 * "up to", "at most", "no more than", "a maximum of": a limit before a count. (Not a phrasal
 * verb's "up to": "staff have signed up to four values", "live up to three promises".)
 */
const LIMIT =
  /(?:(?<!\b(?:sign(?:s|ed|ing)?|live[sd]?|living|add(?:s|ed|ing)?|own(?:s|ed)?|stand(?:s|ing)?|stood|sum(?:s|med)?|measure[sd]?|step(?:s|ped)?|face[sd]?|lead(?:s|ing)?|led|build(?:s|ing)?|built)\s)\bup\s+to|\bat\s+most|\bno\s+more\s+than|\bnot\s+more\s+than|\ba\s+maximum\s+of|\bmaximum)\s*$/i;

/** Where the count word `word` stands in the text `match` was found in: its last place in the match. */
export function countAt(match: RegExpExecArray, word: string): number {
  return match.index + match[0].toLowerCase().lastIndexOf(word.toLowerCase());
}

/** ", from seven to three", " of the handbook were reduced to four", " down to four", " became four". */
const CHANGED_TO = new RegExp(
  String.raw`^[^.;:!?]{0,40}?\b(?:(?:from\s+${COUNT}\s+|(?:reduced|cut|trimmed|narrowed|pared|slimmed|brought)\s+(?:back\s+|down\s+)?|down\s+)to|became|become|becomes|turned\s+into)\s+(?:just\s+|only\s+)?(${COUNT})\b(?!\s*(?:%|per\s*cent|percent))`,
  "i",
);
/**
 * ", revised in 2019, are five:", " are three in number.": the count as the set's complement —
 * closed by a colon, a dash or the sentence, so no noun follows ("are four words long").
 */
const ARE_COUNT = new RegExp(
  String.raw`^(?:\s*,\s+[^,.;:!?]{1,40},)?\s+(?:are|number|were)\s+(${COUNT})(?:\s+in\s+(?:number|all|total))?\s*(?:[:.;—–]|\s-\s|$)`,
  "i",
);
/** "four short lines", "three words": the lines a set is given as, after its count. */
const LINES = String.raw`(?:short\s+|simple\s+|plain\s+)?(?:lines|words|phrases|sentences)`;
/**
 * "sums up what it stands for in three phrases:", "what we stand for, in four words:": the set,
 * named by what the company stands for, given as so many lines.
 */
const STANDS_FOR_IN_LINES = new RegExp(
  String.raw`(?<held>\bwhat\s+(?:it|we|they|the\s+\p{L}+|\p{Lu}[\p{L}&'’-]*)\s+(?:stands?|stood)\s+for),?\s+in\s+(?<count>${COUNT})\s+${LINES}\s*:`,
  "iu",
);
/** " in four short lines", " in three words": the set given as so many lines. */
const IN_LINES = new RegExp(String.raw`^\s+in\s+(${COUNT})\s+${LINES}\b`, "i");

/** "its mission as", "our mission is", "the mission in": the words before a list that is it. */
const MISSION_AS = /\bmission(?:\s+statement)?\s+(?:as|is|in)\s+$/i;

/** "purpose is built around", "mission rests on": the words before the statement's own parts. */
const MISSION_BUILT =
  /\b(?:mission|purpose)(?:\s+statement)?\s+(?:is\s+)?(?:built|centred|centered|founded|structured|rests?)\s+(?:around|on)\s+$/i;

/** "can be read as", "breaks down into": words taking a wording apart before its parts. */
const WORDING_READ =
  /\b(?:read|broken(?:\s+down)?|split|divided|unpacked|parsed)\s+(?:as|into)\s+(?:\S+\s+){0,3}$/i;

/** "strategy has", "strategy rests on": a strategy named before its parts. */
const STRATEGY = /\bstrateg(?:y|ies)\b/i;

/** "mission statement has following", "the mission's key": the words before its components. */
const MISSION_PARTS =
  /\bmission(?:\s+statement)?(?:['’]s)?\s+(?:(?:has|have|contains?|includes?)\s+)?(?:the\s+)?(?:following\s+|key\s+|main\s+)?$/i;

/**
 * "four commitments, which form the pillars of our strategy": the clause right after the set
 * word renames the set as pillars, so it is read as pillars whatever its own noun.
 */
const CALLED_PILLARS_AFTER =
  /^\s*,?\s*(?:which|that)\s+(?:form|are|make\s+up|serve\s+as|act\s+as|become)\s+(?:the|our|its|their)\s+(?:[a-z-]+\s+)?pillars\b/i;

/** "four strategic priorities", "three themes": a counted set of priorities. */
const PRIORITIES = new RegExp(String.raw`\b(${COUNT})\s+${QUALIFIER}(priorities|themes)\b`, "i");

/**
 * "to move towards our vision", "to achieve the vision", "Our vision is delivered through …":
 * the way to the vision.
 */
const TO_THE_VISION =
  /\b(?:towards?|reach(?:ing)?|achiev(?:e|ing)|deliver(?:ing)?|reali[sz](?:e|ing)|fulfil(?:l|ling)?)\s+(?:our|the|this|its)\s+vision\b|\bvision\s+(?:is|will\s+be)\s+(?:delivered|achieved|reali[sz]ed|pursued)\s+(?:through|by|via)\b/i;
/** "how we will get there": the way to the vision, when said under it. */
const GET_THERE = /\b(?:get|getting)\s+there\b/i;
/**
 * "Our plan rests on three priorities", "Our vision is made up of three priorities": the
 * priorities are what the plan is built of, its parts.
 */
const RESTS_ON =
  /\b(?:(?:rests?|resting|built|founded)\s+on|(?:made\s+up|consists?|composed)\s+of|comprises?)\s+(?:the\s+|its\s+|our\s+)?$/i;

/**
 * Priorities given as the route to the vision ("Our four priorities describe how we will get
 * there:" under the vision, "To move towards our vision, we will focus on four priorities:") are
 * its pillars. `underVision`: the sentence stands in the vision's section, where "get there"
 * means reaching it. So are the priorities a plan or strategy "rests on": its parts. Priorities the
 * text does not set on that route (a year's plans, even beside the vision) are no set.
 */
export function routeMention(text: string, underVision: boolean): Mention | null {
  const match = PRIORITIES.exec(text);
  const built =
    match !== null && RESTS_ON.test(text.slice(Math.max(0, match.index - 30), match.index));
  const route = built || TO_THE_VISION.test(text) || (underVision && GET_THERE.test(text));
  if (!match?.[1] || !route) return null;
  return {
    kind: "pillars",
    label: /^themes$/i.test(match[2] ?? "") ? "Themes" : "Priorities",
    count: parseCount(match[1]),
    countIndex: match.index,
    end: match.index + match[0].length,
    goals: true,
  };
}

/**
 * Nouns a count may name a list by once the list is in front of the reader: "those three
 * words", "four short sentences". Only read next to a list, never to find one.
 */
const LIST_NOUN = `(?:${SET_WORD}|words|sentences|ideas|things|rules|promises|habits|behaviou?rs|phrases|statements)`;
// (Or the sentence's subject names them so: "The brand describes them as “four things …”".)
const TRAILING = new RegExp(
  String.raw`^\s*(?:[^.;:!?]{0,60}?\b(?:describes?|described|calls?|called|sums?\s+up|summed\s+up|thinks?\s+of|refers?\s+to)\s+them\s+(?:all\s+)?(?:as\s+)?["“‘']?)?(?:(?:these|those|the|all|its|their|our)\s+)?(${COUNT})\s+${QUALIFIER}${LIST_NOUN}\b`,
  "i",
);
const COUNTED_NOUN = new RegExp(String.raw`\b(${COUNT})\s+(?!of\b)${QUALIFIER}${LIST_NOUN}\b`, "i");

/** A count announced after a list: "These four guiding values …", "Four words on the wall …". */
export function trailingCount(text: string): Mention | null {
  const match = TRAILING.exec(text);
  if (!match?.[1]) return null;
  return (
    mentions(match[0])[0] ??
    valuesMention(
      parseCount(match[1]),
      match[0].search(new RegExp(String.raw`\b${match[1]}\b`, "i")),
      match[0].length,
    )
  );
}

/** A count a lead-in gives and where it stands. */
export interface LeadCount {
  count: number;
  index: number;
}

/** The count `pattern` (not global) finds in `text` as its group 1, and where its match starts. */
function countBy(pattern: RegExp, text: string): LeadCount | null {
  const match = pattern.exec(text);
  const at = match?.[1] ? match.index + match[0].indexOf(match[1]) : -1;
  if (!match?.[1] || clauseNumber(text, at) || LIMIT.test(text.slice(0, at))) return null;
  return { count: parseCount(match[1]), index: match.index };
}

/** "4.1 Our values describe …": the digit at `index` ends a clause number; it counts nothing. */
function clauseNumber(text: string, index: number): boolean {
  // ("## C.3 Values": an appendix's lettered clause numbers too.)
  return /(?:\d|(?<![\p{L}\d])\p{Lu})[.,]$/u.test(text.slice(Math.max(0, index - 3), index));
}

/** A count in a list's lead-in that names the list by another noun: "as four short sentences". */
export function countedNoun(text: string): LeadCount | null {
  const counted = countBy(COUNTED_NOUN, text);
  // ("Three things Arvo did that I've rarely seen since:": what someone did or found, told in
  // the past — practices and lessons, not what the company holds.)
  return counted && thingsDone(text.slice(counted.index)) ? null : counted;
}
const DONE_THINGS = new RegExp(
  String.raw`\b${COUNT}\s+(?:things|ideas|lessons)\s+(?:that\s+)?(?:I|we|they|you|he|she|\p{Lu}[\p{L}'’-]*)\s+(?:\p{Ll}+\s+)?(?:did|learned|learnt|noticed|saw|loved|liked|changed|tried|found)\b`,
  "iu",
);
/** "Three things Arvo did …", "two lessons we learned": counted things someone did or found. */
export function thingsDone(text: string): boolean {
  return DONE_THINGS.test(text);
}

/**
 * "It's still the “four roots”:" closing a lead-in: the set's nickname, a count and one word
 * right before the colon (read where an earlier sentence names the values).
 */
export function nicknameCount(text: string): LeadCount | null {
  return countBy(NICKNAME_COUNT, text);
}
const NICKNAME_COUNT = new RegExp(
  String.raw`\b(?:the|our|its|their)\s+["“‘']?(${COUNT})\s+\p{L}[\p{L}'’-]*[.,]?["”’']?\s*:\s*$`,
  "iu",
);

/**
 * "Our values are written as five promises": the values are the list that follows, under the
 * noun the sentence gives them, and counted by it.
 */
const WRITTEN_AS = String.raw`(?:written|expressed|framed|phrased|worded|set\s+out|stated)\s+as\b`;
const AS_COUNT = new RegExp(String.raw`^\s+(?:the\s+)?(${COUNT})\s+(?!of\b)`, "i");

/**
 * "the beliefs below", "the following principles", "These are our values." opening a sentence:
 * a set the text is about to give (so does a speaker's "“They're our values, really,” he says."
 * over the list). So does a sentence giving the set its name right above the
 * list ("Our values are known across the network as the Four Fillings.").
 */
const FORWARD = new RegExp(
  String.raw`\bthe\s+following\s+${QUALIFIER}(${SET_WORD})\b|\bthe\s+${QUALIFIER}(${SET_WORD})\s+below\b|^\W*(?:these|here|they|those)(?:\s+are|['’]re)\s+(?:our|its|their)\s+${QUALIFIER}(${SET_WORD})(?:,?\s+(?:really|in\s+effect|essentially|in\s+all\s+but\s+name))?[,.!]?["”’]?(?:,?\s+\w+\s+(?:says|said|adds|added))?\s*[.:!]?\s*$|^\s*(?:our|its|their)\s+${QUALIFIER}(${SET_WORD})\s+are\s+(?:(?:also|widely|simply|collectively)\s+)?(?:(?:known|called|referred\s+to)\b|${WRITTEN_AS})|\b(?:each|every)\s+(value|principle|belief|commitment|pillar)\s+below\b`,
  "i",
);
/**
 * "These principles are not aspirations.": a sentence opening on "these" and a set word, which
 * points at the list below when its paragraph opens the section (value-sets.ts).
 */
const THESE_OPENING = new RegExp(String.raw`^\W*these\s+${QUALIFIER}(${SET_WORD})\b`, "i");
export function theseOpening(text: string): Mention | null {
  const word = THESE_OPENING.exec(text)?.[1];
  if (!word) return null;
  const kind = setKind(word);
  return { kind, label: setLabel(kind), count: null, countIndex: null, end: 0 };
}
/** "There are eight of them": the count of a set just named. */
const OF_THEM = new RegExp(String.raw`\bthere\s+are\s+(${COUNT})\s+of\s+them\b`, "i");

/** The label of a set its text names only by its kind. */
export function setLabel(kind: SetKind): string {
  return kind === "pillars" ? "Pillars" : "Values";
}

/** A set announced ahead of itself ("… the beliefs below."), with the count "of them" if given. */
export function forwardMention(texts: string[]): Mention | null {
  const said = texts.map((text) => FORWARD.exec(text)).find(Boolean);
  // ("Each principle below …": one of them, named in the singular.)
  const one = said?.[5];
  const word = said?.[1] ?? said?.[2] ?? said?.[3] ?? said?.[4] ?? (one && `${one}s`);
  if (!said || !word) return null;
  const counted =
    texts.map((text) => OF_THEM.exec(text)).find(Boolean) ??
    (said[4] ? AS_COUNT.exec(said.input.slice(said.index + said[0].length)) : null);
  const kind = setKind(word);
  // "Every depot works to the same eight principles." then "Each principle below …": the set
  // the sentences before counted (only for the one named in the singular, which counts nothing).
  const before = one
    ? texts
        .slice(0, texts.indexOf(said.input))
        .flatMap((text) => mentions(text))
        .filter((m) => m.count !== null && m.kind === kind)
        .at(-1)
    : undefined;
  return {
    kind,
    label: setLabel(kind),
    count: counted?.[1] ? parseCount(counted[1]) : (before?.count ?? null),
    countIndex: null,
    end: 0,
  };
}

/**
 * A count naming a set already given: "The four values are printed …", after a verb of giving
 * it: "Tolland publishes five values in a table", "the trust lists three principles", or after
 * an owner, quoted or not: "Ashgrove's four values", "the co-operative's \"four standing values\"",
 * or given with the statements: "sets out a mission, a vision and three values".
 */
const DEFINITE = new RegExp(
  String.raw`\b(?:the|its|our|their|these|those|all|publish(?:es)?|lists?|names?|sets?\s+out|has|have|\w+['’]s|(?:mission|vision|purpose)(?:\s+statement)?,?\s+and)\s+["“]?${COUNT}\s+${QUALIFIER}${SET_WORD}\b`,
  "gi",
);

/** Every counted mention of a given set in a sentence ("its four values", "lists three pillars"). */
export function definiteCounts(text: string): Mention[] {
  if (!SET_WORD_TEST.test(text)) return [];
  return [...text.matchAll(DEFINITE)].flatMap((match) =>
    mentions(match[0]).map((m) => ({
      ...m,
      countIndex: m.countIndex === null ? null : match.index + m.countIndex,
      end: match.index + m.end,
    })),
  );
}

export interface Item {
  name: string;
  description: string | null;
}

export interface Enumeration extends Mention {
  items: Item[];
  /** Index in the text where the list starts. */
  start: number;
}

/**
 * "The mission, the vision and the values all point at one thing: …": what the statements share,
 * not a list of values.
 */
const STATEMENTS_TOGETHER =
  /\b(?:missions?|visions?|purpose)(?:\s*,\s*(?:(?:the|its|our|their)\s+)?(?:missions?|visions?|purpose))*,?\s+and\s+(?:(?:the|its|our|their)\s+)?(?:core\s+)?(?:values|principles|beliefs)$/i;

/**
 * "The purpose, the three values and the support all point one way: …": the set is one of the
 * things the sentence joins (a statement before it, "and" after it), not the list's subject.
 */
const AMONG_STATEMENTS =
  /\b(?:missions?|visions?|purpose)\s*,\s*(?:(?:the|its|our|their)\s+)?(?:\w+\s+){0,2}(?:values|principles|beliefs|pillars)$/i;

/**
 * "a mission statement should address nine components": parts of any statement, a textbook's
 * framework, not the parts of the company's vision.
 */
export const GENERIC_STATEMENT =
  /\b(?:a|an|any|every|each)\s+(?:[a-z-]+\s+)?(?:mission|vision|purpose)\s+statement\b/i;

/**
 * "the six values members chose are …", "the values the board adopted in May are …": who chose
 * the set, in a short clause of its own before its verb.
 */
const CHOSEN = String.raw`(?:\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s+(?:chose|picked|agreed|adopted|approved|voted\s+for|settled\s+on|wrote|drafted)(?:\s+in\s+[\p{L}\d]+(?:\s+\d{4})?)?)?`;
/**
 * Introducers right after the set word: ", which include", " are", " of", " are to be", or " are"
 * after an aside (", adopted from the Alliance, are"). Not a passive verb and a place or means
 * ("which are explored in assembly, in class and at home": where the values are lived, not
 * which).
 */
// (Not where the set is put to work: "values are built into hiring, induction and …".)
// (The aside may stand between dashes or brackets, "values — there are five of them — are": a
// clause, not the list itself, so no comma, "and" or "or" in it; "values — a, b and c — are
// printed …" is a dashed list — unless the aside opens on a determiner, a noun phrase of its own:
// "values — the four ways of working we expect of every councillor and every member of staff —
// are".)
const ASIDE = String.raw`(?:(?:the|a|an|our|its|their)\s[^–—,.;:!?()]{1,80}?|(?:(?!\s(?:and|or|&)\s)[^–—,.;:!?()]){1,80}?)`;
/** The count an aside before "are" gives: "— the four ways of working … —". */
const ASIDE_COUNT = new RegExp(String.raw`[–—(]\s*(?:the|its|our|their)\s+(${COUNT})(?=\s)`, "i");
const DIRECT = new RegExp(
  String.raw`^\s*(?:,\s*which\s+(?:are|include)|${CHOSEN}(?:,\s*[^,.;:!?]{1,80},|\s+[–—]\s${ASIDE}\s[–—]|\s+\(${ASIDE}\))?\s(?:are|include|includes|of)\b(?:\s+to\s+be\b)?)\s*:?\s*(?!\s*\p{L}+(?:ed|en|wn|ght|ilt)\s+(?:in|into|at|on|through|by|during|across|throughout|as)\s)`,
  "iu",
);
/** "what its values are", "what the firm's principles were": the set word in an indirect question. */
const WHAT_SET = /\bwhat\s+(?:[\p{L}'’&-]+\s+){1,3}\p{L}+$/iu;
/** "lists its values as a, b and c": "as" after a verb of naming the set opens the list. */
const AS = /^\s+as\s+/i;
// (The owner may be named: "lists the company's values as …", "gives Ashgrove's values as …".)
const NAMED_AS =
  /\b(?:lists?|describes?|names?|defines?|sums?\s+up|summari[sz]es?|gives?)\s+(?:its|their|our|the\s+(?:company|firm|brand|business|group|charity|school|organi[sz]ation)['’]s|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}['’]s?)\s+(?:[a-z-]+\s+){0,2}(?:values|principles|beliefs)$/iu;

/** "four values, and names them as 'Ready', 'Calm' and …": the names after the count. */
const NAMES_THEM = /^,?\s+and\s+(?:names|lists|gives)\s+them\s+as\s+/i;

/** "values of our own:", "principles of its own:": a short "of" phrase, then the colon. */
const OF_COLON = /^\s+of\s+[^,.;:!?–—]{1,30}:/i;
/**
 * Or, a little later, a colon or a dash: "values that outline …: A, B", "values – a, b –",
 * "values have not changed: we are a, b and c". (Not past another kind of list: "the values
 * apart from the perks it offers: …", "Alongside the pillars sit the financial targets: …".)
 */
const later = (reach: number) =>
  new RegExp(
    String.raw`^(?:(?!mission|vision|values|pillars|perks|benefits)[^.:;!?–—]){0,${reach}}?(?<!\b(?:targets|goals|objectives|KPIs|risks))(:|\s[–—]\s|\s-\s)\s*(?:we\s+are\s+|we(?:'|’)re\s+)?`,
    "i",
  );
const LATER = later(80);
/**
 * A counted set may wait longer for its colon: "We have four values, and I'll be honest, they
 * came out of a very long Friday afternoon with flip charts: thrift, …" — the count says a list
 * is coming.
 */
const LATER_COUNTED = later(140);

/**
 * "We value a, b and c", "Kelso says it values a, b and c", "we hold ourselves to a, b and c": the
 * verb announces the list. (A name before "values" is left alone: "Acme values matter" uses the
 * noun.)
 */
/** "What we believe: a · b · c", a label line opening the sentence: what the company holds to. */
const WHAT_WE_HOLD = /^\W*what\s+we\s+(?:believe(?:\s+in)?|stand\s+for|value)\s*:\s*(?=\p{L})/giu;
const WHAT_WE_HOLD_START = /^\W*what\s+we\b/i;
const WE_VALUE =
  /\b(?:(?:we|they)\s+(?:also\s+|deeply\s+|most\s+)?value|it\s+(?:also\s+|deeply\s+|most\s+)?values|(?:we|they)\s+hold\s+(?:ourselves|themselves)\s+to|it\s+holds\s+itself\s+to)\s+(?=[\p{L}])/giu;
/** What "value" means in an analyst's note: pricing the company. */
const PRICED =
  /\b(?:DCF|EV\/EBITDA|P\/E|WACC|target\s+price|price\s+target|sum[\s-]of[\s-]the[\s-]parts|per\s+share|multiple)\b/i;
/**
 * "We stand for a, b and c": what the company stands for, in its own voice, names its values. (Not
 * "what we stand for is …", a label; nor places or names: "stand for Leeds and York". Case-sensitive
 * on purpose: with the `i` flag `\p{Ll}` matches any letter.)
 */
const WE_STAND_FOR = /(?<![Ww]hat\s)\b[Ww]e\s+(?:also\s+)?stand\s+for\s+(?=\p{Ll})/gu;
/**
 * "the handbook describes what the company stands for as directness, patience with the craft, and
 * …": the values named as what the company stands for, after "as".
 */
const STANDS_FOR_AS =
  /\b(?:describes?|described|sums?\s+up|summed\s+up|defines?|defined|lists?|listed|puts?)\s+what\s+(?:we|it|they|the\s+(?:company|firm|business|brand|shop|charity|club|school)|\p{Lu}[\p{L}&-]*)\s+(?:stands?\s+for|values?|believes?\s+in)\s+as\s+(?=\p{Ll})/gu;
/**
 * "We believe in dignity, in sharing what we have, and in asking …": beliefs as parallel "in"
 * phrases (the repeated "in" is what makes it a list, not "we believe in Barford and its people").
 */
const BELIEVE_IN = /\bwe\s+(?:also\s+)?believe\s+in\s+(?=[^.;:!?]{1,120}?,\s+(?:and\s+)?in\s)/giu;

/** The "in" opening each belief after the first: ", in …", ", and in …". */
const IN_PARTS = /(,\s+(?:and\s+)?)in\s+/gi;

/**
 * "Kelso values safety, punctuality and …", "Kelso stands for safety, …": the company's name as
 * the subject of the verb (a name in general is not: "Company values matter" uses the noun). From
 * the company's names.
 */
export function ownerValues(names: string[]): RegExp | undefined {
  const words = names.flatMap((name) => {
    const first = name.split(/\s+/)[0] ?? "";
    return /^\p{Lu}\p{L}{3,}$/u.test(first) ? [name, first] : [name];
  });
  const alternatives = words
    .filter((w) => w.trim())
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  if (!alternatives) return undefined;
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${alternatives})\s+(?:(?:also\s+|deeply\s+|most\s+)?values|stands\s+for)\s+(?=\p{Ll})`,
    "gu",
  );
}

/** The generic nouns a counted lead-in may call values by ("three things", "four behaviours"). */
export const LEAD_NOUN = "(?:things|ideas|behaviou?rs|habits|rules|promises|commitments)";
/**
 * What a company lives by: "stand for", "live by", "hold to", "believe in", "care about", "hire
 * on" (the things it hires on are what it holds its people to), "run the place on", "hold dear",
 * "won't trade", "have refused to compromise on".
 */
export const HOLD = String.raw`(?:hires?\s+(?:on|for)|runs?\s+(?:the\s+(?:place|shop|business|company|firm|pub|kitchen|yard)\s+)?on|cares?\s+(?:most\s+)?about|stands?\s+for|holds?\s+(?:onto|(?:on|ourselves|itself|themselves)\s+to|to)|lives?\s+by|works?\s+by|believes?\s+in|expects?\s+(?:of|from)|holds?\s+dear|treasures?|cherish(?:es)?|(?:(?:won['’]t|will\s+not|never)\s+|refused?\s+to\s+)(?:compromise\s+on|budge\s+on|bend\s+on|trade|give\s+up))`;
/**
 * "have kept us going", "hold us together", "guide us", "guide everything we do": what the company
 * has lived by, told by what it does for it.
 */
const KEPT_GOING = String.raw`(?:(?:have\s+|has\s+)?(?:kept|keeps?)\s+us\s+going|(?:hold|guide)s?\s+us(?:\s+together)?|(?:guide|shape)s?\s+(?:everything|all|what|how)\s+(?:that\s+)?we\s+(?:do|work))`;
/**
 * "three things we try to hold on to, whoever is on shift:", "the same three things have kept us
 * going:": a count of generic things the company lives by, leading in to the list after its
 * colon (the count at `index`).
 */
// ("three things we believe, and …:": believing them is holding to them.)
// ("three things Walter cared about:": what the founder held to, which the company still runs on —
// not what others want: "three things customers cared about".)
const FOUNDER_HELD = String.raw`(?:our\s+founders?|the\s+founders?|(?!(?:people|customers|clients|users|staff|readers|members|parents|guests|visitors)\b)[a-z]+)\s+(?:cared\s+(?:most\s+)?about|stood\s+for|lived\s+by|believed\s+in)`;
const HELD_SAYS = String.raw`\b(${COUNT})\s+${LEAD_NOUN}\s+(?:that\s+|which\s+)?(?:(?:we|I|it)(?:['’]ll|['’]ve|\s+have|\s+has)?\s+(?:(?:try|aim)\s+to\s+|always\s+)?(?:${HOLD}|believe\b(?!\s+that\b))|${KEPT_GOING}|${FOUNDER_HELD})\b`;
const HELD = String.raw`${HELD_SAYS}[^.:;!?]{0,60}:\s*`;
const HELD_LEAD = new RegExp(`${HELD}$`, "i");
export function heldLead(text: string): LeadCount | null {
  return countBy(HELD_LEAD, text);
}

/**
 * "… we wrote down the five things we care about when we make decisions.": the same count said
 * without a colon, anywhere in the sentence (value-sets.ts takes it over a list of as many items).
 */
const HELD_SAID = new RegExp(HELD_SAYS, "i");
export function heldSaid(text: string): LeadCount | null {
  return countBy(HELD_SAID, text);
}

/** "… the company cares about": a verb of holding to, right before the names it gives. */
const HELD_VERB = new RegExp(String.raw`\b${HOLD}\s*$`, "i");
export const holdsTo = (text: string) => HELD_VERB.test(text.slice(-40));

/** ", and that those four things come first": a count given back just after a list. */
const THOSE_COUNT = new RegExp(
  String.raw`^[^.:;!?]{0,40}?\b(?:those|these|the)\s+(${COUNT})\s+(?:things|values)\b`,
  "i",
);
export const thoseCount = (text: string) => countBy(THOSE_COUNT, text);

/**
 * The same lead-in with its list after the colon in one sentence: "four things we won't
 * compromise on: free access; privacy; and a welcome for all."
 */
const HELD_IN = new RegExp(HELD, "i");
export function heldList(
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  const match = HELD_IN.exec(text);
  if (!match?.[1]) return null;
  const items = itemsFrom(text.slice(match.index + match[0].length), true);
  return items ? { count: parseCount(match[1]), countIndex: match.index, items } : null;
}

/** "our Five Cs", "the Three Rs": a set named by a count and the letter its names share. */
const INITIALS_NAME = String.raw`\b(?:our|the)\s+(${COUNT})\s+([a-z])['’]?s\b`;
const INITIALS = new RegExp(String.raw`${INITIALS_NAME}[^.:;!?]{0,60}:\s*$`, "i");
const INITIALS_ANYWHERE = new RegExp(INITIALS_NAME, "i");
export function initialsLead(text: string, anywhere = false): LeadCount | null {
  const match = (anywhere ? INITIALS_ANYWHERE : INITIALS).exec(text);
  // (The letter in capitals: "the three rs" is no name. Case-blind regexes match either.)
  const letter = match?.[2] ?? "";
  if (!match?.[1] || letter !== letter.toUpperCase()) return null;
  return { count: parseCount(match[1]), index: match.index };
}

/**
 * "what everyone calls “the four Ps” — pride, punctuality, plain speaking and people": a set named
 * by its count and shared initial, then its names, as many as counted, each opening on that letter.
 */
const INITIALS_INLINE = new RegExp(
  String.raw`${INITIALS_NAME}["”’]?\s*(?:[—–:]|\s-|,\s+namely|\s+(?:are|were))\s*`,
  "i",
);
export function initialsInline(text: string): Enumeration | null {
  const match = INITIALS_INLINE.exec(text);
  const letter = match?.[2] ?? "";
  if (!match?.[1] || letter !== letter.toUpperCase()) return null;
  const count = parseCount(match[1]);
  const start = match.index + match[0].length;
  const items = itemsFrom(text.slice(start));
  if (items?.length !== count) return null;
  if (!items.every((item) => item.name.toUpperCase().startsWith(letter))) return null;
  return {
    kind: "values",
    label: setLabel("values"),
    count,
    countIndex: match.index + match[0].indexOf(match[1]),
    end: start,
    items,
    start,
  };
}

/**
 * Lead-ins that open a list of values at their colon, the count (if any) in group 1:
 * "We care about three things: …" (counted, so a list of values and not of people), "What we
 * stand for is simple: …" (a label), "four behaviours that we live by: …", "the culture rests on
 * three things: …", "we've got three rules: …".
 */
/** "above all", "most of all": weight given to the things just counted, before their colon. */
const ABOVE_ALL = String.raw`(?:\s+(?:above\s+(?:all|everything)(?:\s+else)?|most\s+of\s+all|more\s+than\s+anything(?:\s+else)?))?`;
/**
 * What opens the things counted: a colon, or ", and they are" ("we care about three things, and
 * they are a, b and c").
 */
const THEY_ARE_AFTER = String.raw`(?:\s*:|,?\s+and\s+(?:they|these|those)\s+are\b:?)\s*`;
/**
 * What may stand between "we" and its verb of holding to: an aim ("we try to live by") and a verb
 * it shares the object with ("we hire for, and try to live by, three things:").
 */
const WE_AIM = String.raw`(?:[^.:;!?,]{1,30},\s+and\s+)?(?:still\s+|always\s+)?(?:(?:try|aim|strive)\s+to\s+)?`;
/** ", and we hire for them before anything else": a clause of its own before the colon. */
const AND_CLAUSE = String.raw`(?:,\s+and\s+(?!(?:they|these|those)\s+are\b)[^.:;!?"“]{1,80}(?=:))?`;
/** Who holds to the things counted: "we", "staff", "the company" (as a profile speaks of it). */
const HOLDER = String.raw`(?:we|it|they|everyone|staff|the\s+(?:company|firm|business|brand|shop))`;
const WE_CARE = [
  new RegExp(
    String.raw`\bwe\s+${WE_AIM}${HOLD},?\s+(${COUNT})\s+${LEAD_NOUN}${ABOVE_ALL}${AND_CLAUSE}${THEY_ARE_AFTER}`,
    "gi",
  ),
  // "We've got three rules, and every new hire learns them: …"
  new RegExp(
    String.raw`\bwe(?:'|’)?(?:ve|\s+have)\s+(?:got\s+)?(${COUNT})\s+${LEAD_NOUN}\b[^.:;!?]{0,60}:\s*`,
    "gi",
  ),
  new RegExp(
    // ("What we value is simple enough to fit on a mug: …": how simple, then the colon.)
    String.raw`\bwhat\s+(?:we|it|they)\s+(?:${HOLD}|values?)(?:\s+(?:is|are)(?:\s+(?:simple|short|clear)(?:\s+enough\b[^.:;!?]{0,60})?)?)?\s*:\s*`,
    "gi",
  ),
  // (A profile reports them too: "the three things the company says it stands for: …".)
  // ("Four things we value: …", as a LinkedIn profile puts it.)
  new RegExp(
    String.raw`\b(${COUNT})\s+${LEAD_NOUN}\s+(?:that\s+|which\s+)?(?:${HOLDER}\s+(?:says?|claims?)\s+)?${HOLDER}\s+(?:${HOLD}|share|values?)\s*:\s*`,
    "gi",
  ),
  // "When people ask what we stand for, we say three things: …": the sentence names what the
  // company holds to, then counts what it gives after the colon.
  new RegExp(
    String.raw`\bwhat\s+(?:we|it|they)\s+(?:${HOLD}|values?)\b[^.:;!?]{1,40}?\b(${COUNT})\s+${LEAD_NOUN}\s*:\s*`,
    "gi",
  ),
  // "we still bake by the three rules Grandad chalked above the oven: …" (the company's own
  // doing: "judged by the three things that matter:" is a critic's yardstick).
  new RegExp(
    String.raw`\bwe\s+(?:[a-z]+\s+){1,2}by\s+(?:the|our|these)\s+(${COUNT})\s+${LEAD_NOUN}\b[^.:;!?]{0,60}:\s*`,
    "gi",
  ),
  // "The three things we believe in are slow dough, local flour and …": the counted things the
  // sentence's subject, the names after its verb.
  new RegExp(String.raw`\b(?:the|our)\s+${HELD_SAYS}\s+are\s*:?\s*`, "gi"),
  // "the same three things have kept us going: patience, …"
  new RegExp(String.raw`\b(${COUNT})\s+${LEAD_NOUN}\s+${KEPT_GOING}\s*:\s*`, "gi"),
  // "The charter sets out four promises in one line: …": promises a page sets out are what the
  // company holds itself to, counted before their colon.
  new RegExp(
    String.raw`\b(?:sets?\s+out|lists?|names?)\s+(${COUNT})\s+promises\b[^.:;!?]{0,40}:\s*`,
    "gi",
  ),
  new RegExp(
    String.raw`\b(?:culture|ethos)\b[^.:;!?]{0,30}?\b(?:rests?|resting|built|founded|rooted|based)\s+on\s+(${COUNT})\s+${LEAD_NOUN}\s*:\s*`,
    "gi",
  ),
];

/** One lower-case word between the set word and a colon or a dash: "values conversation —". */
const ONE_WORD_BEFORE = /^\s+(\p{Ll}+)\s*(?::|\s[–—]\s|\s-\s)/u;
/** Words after the set word that say when or how, not what: "Our values today: …". */
const ADVERBIAL = /^(?:today|now|then|here|too|also|first|again)$/;

/** Whether the set word only modifies the noun after it, right before the colon or dash. */
function modifier(mention: Mention, rest: string): boolean {
  const word = ONE_WORD_BEFORE.exec(rest)?.[1];
  if (word === undefined || ADVERBIAL.test(word)) return false;
  return tag(`${mention.label.toLowerCase()} ${word}`)[1]?.pos === "NOUN";
}

/**
 * Inline enumerations of values or pillars in a sentence (at least two items). Items are short
 * names, or — after a colon, "include" or "we value", where the sentence is only the list — up
 * to LONG_ITEM words ("customer obsession rather than competitor focus").
 */
export function enumerations(text: string, owner?: RegExp): Enumeration[] {
  const found: Enumeration[] = [];
  // Where the last list found ends: a set word inside a list ("values are a, b values are …")
  // starts no list of its own, so each stretch of text is read as a list once.
  let listed = 0;
  const generic = GENERIC_STATEMENT.test(text);
  for (const mention of mentions(text)) {
    // (The words before a mention, as far back as its lead-ins reach: a test over all the text
    // before each mention would cost a paragraph of many mentions quadratic time.)
    const before = text.slice(Math.max(0, mention.end - LEAD_REACH), mention.end);
    if (mention.end < listed || STATEMENTS_TOGETHER.test(before)) continue;
    if (generic && mention.kind === "pillars") continue;
    // ("The old list of six values — a, b, … — has been dropped": a former set is history.)
    // (What the sentence puts in its place is current: "retired its old values, a, b and c, in
    // favour of three new ones: d, e and f".)
    if (formerSet(text, mention)) {
      const rest = text.slice(mention.end);
      const ones = NEW_ONES.exec(rest);
      const read = ones ? listAfter(text, mention.end, ones) : null;
      if (ones && read) {
        const count = ones.groups?.count;
        found.push({
          ...mention,
          count: count === undefined ? null : parseCount(count),
          countIndex: count === undefined ? null : mention.end + ones[0].indexOf(count),
          items: read.items,
          start: read.start,
        });
        listed = read.start + read.length;
      }
      continue;
    }
    if (AMONG_STATEMENTS.test(before) && /^\s+and\s/i.test(text.slice(mention.end))) continue;
    const rest = text.slice(mention.end);
    // ("looks at what its values are, how it competes, and …": an indirect question ends at its
    // verb; the parts after it are the text's other questions, not names — unless a colon follows.)
    if (
      WHAT_SET.test(text.slice(Math.max(0, mention.end - 60), mention.end)) &&
      /^\s+(?:are|were)\b(?!\s*:)/i.test(rest)
    )
      continue;
    // "three values of our own: a, b and c": the colon after the "of" phrase opens the list; so
    // does one after a word describing the set ("values are simple: a, b and c").
    let read: ReturnType<typeof listAfter> = null;
    let counted = mention;
    // ("**Values conversation** — an hour with …": the set word before one more noun names that
    // thing, whose description follows the dash.)
    const later = modifier(mention, rest) ? [] : [mention.count === null ? LATER : LATER_COUNTED];
    const introducers = OF_COLON.test(rest)
      ? later
      : NAMED_AS.test(before)
        ? [AS, DIRECT, ...later]
        : [DIRECT, NAMES_THEM, ...later];
    for (const introducer of introducers) {
      const intro = introducer.exec(rest);
      read = intro ? listAfter(text, mention.end, intro, mention.count) : null;
      // ("values — the four ways of working we expect … — are a, b, c and d": the aside counts them.)
      const aside = read && mention.count === null ? ASIDE_COUNT.exec(intro?.[0] ?? "") : null;
      if (aside?.[1]) {
        const at = mention.end + aside.index + aside[0].length - aside[1].length;
        counted = { ...mention, count: parseCount(aside[1]), countIndex: at };
      }
      if (read) break;
    }
    // ("we ask everyone who works with us — staff, volunteers and trustees — to …": people, the
    // ones the set is asked of, never its names.)
    if (read?.items.every((item) => PEOPLE.test(item.name))) read = null;
    // ("Acme's four values, a, b, c and d, are not changing", "the three values (a, b and c)":
    // set off after the set word, as many as it counts.)
    read ??=
      mention.count === null
        ? bracketedList(text, mention.end)
        : (setOffList(text, mention.end, mention.count) ??
          bracketedList(text, mention.end, mention.count));
    if (read) {
      found.push({ ...counted, items: read.items, start: read.start });
      listed = read.start + read.length;
    }
  }
  listed = 0;
  const owned = owner ? [...text.matchAll(owner)] : [];
  for (const match of [
    // ("We value Tessaline on a DCF …, cross-checked against a peer multiple": an analyst prices
    // the company; no one's values.)
    ...(PRICED.test(text) ? [] : text.matchAll(WE_VALUE)),
    ...text.matchAll(WE_STAND_FOR),
    ...text.matchAll(STANDS_FOR_AS),
    ...text.matchAll(WHAT_WE_HOLD),
    ...text.matchAll(BELIEVE_IN),
    ...WE_CARE.flatMap((lead) => [...text.matchAll(lead)]),
    ...owned,
  ]) {
    // ("Acme stands for three things: a, b and c": the count, then the names after its colon.)
    const things =
      match[1] === undefined ? COUNTED_COLON.exec(text.slice(match.index + match[0].length)) : null;
    const start = match.index + match[0].length + (things?.[0].length ?? 0);
    // (A list the set word before it already opened is read once: "hold ourselves to three
    // values: …".)
    if (start < listed || found.some((f) => f.start === start)) continue;
    const whole = listText(text.slice(start), false);
    // "… to honesty, generosity and grit: honesty about money, …": the names end at the colon
    // that opens their gloss.
    const colon = whole?.indexOf(":") ?? -1;
    const named = colon > 0 ? (whole as string).slice(0, colon) : null;
    const list = named !== null && splitItems(named, true) ? named : whole;
    // (Each belief without its "in".)
    const parts =
      list !== null && /believe\s+in\s+$/i.test(match[0]) ? list.replace(IN_PARTS, "$1") : list;
    // ("What we believe: admission should be free · every job has a history": after the label,
    // the marks set the items apart plainly, so an item may be a short clause.)
    const marked =
      parts !== null &&
      WHAT_WE_HOLD_START.test(match[0]) &&
      !parts.includes(",") &&
      MARK.test(parts)
        ? namedParts(parts.replace(/[.!]\s*$/, "").split(MARK), false, true)
        : null;
    const counted = match[1] ?? things?.[1];
    const count = counted === undefined ? null : parseCount(counted);
    // (Counted, the names may be sayings, as many as the count: "three ideas: patience over
    // shortcuts, local before anything else, and a door that's always open".)
    const items =
      parts === null
        ? null
        : (marked ??
          splitItems(parts, true) ??
          weClauses(parts) ??
          (count === null ? null : splitItems(parts, true, count)));
    // ("… how we hold ourselves to it, day to day": the verb's object points back; no list.)
    if (list === null || !items || POINTS_BACK.test(items[0]?.name ?? "")) continue;
    const countIndex =
      count === null
        ? null
        : match[1] === undefined
          ? match.index + match[0].length
          : match.index + match[0].indexOf(match[1] as string);
    found.push({
      ...valuesMention(count, countIndex, start),
      items,
      start,
    });
    listed = start + list.length;
  }
  return found;
}

/** People a company works with or for, by their role: "staff", "our volunteers", "trustees". */
const PEOPLE =
  /^(?:(?:our|all|the|its)\s+)?(?:staff|volunteers?|trustees?|members?|customers?|clients?|partners?|suppliers?|employees?|colleagues?|patients?|students?|parents?|pupils?|residents?|visitors?|donors?|funders?|governors?|directors?|managers?|contractors?|carers?|families|guests?)$/i;

/** A pronoun alone, where a name would stand: "it", "them", "this". */
const POINTS_BACK = /^(?:it|them|this|that|these|those)$/i;

/** "three things: ", "four values: " right after a verb of holding to: the count of the list. */
const COUNTED_COLON = new RegExp(
  String.raw`^(${COUNT})\s+(?:${LEAD_NOUN}|${SET_WORD})\s*:\s*`,
  "i",
);

/**
 * "They are honesty, craft and thrift.": the names of a set the sentence before named ("We have
 * four values."), not what they are like ("They are short and easy to remember").
 */
/**
 * ("In plain words, they are: …", "Simply put, they are …": a word on how they are put first; or
 * a clause on how they are shown, then its colon: "There's a row of icons, and they are: …".)
 */
const THEY_ARE =
  /^\W*(?:(?:in\s+(?:plain|simple|short|brief|other)\s+(?:words|terms)|in\s+short|in\s+brief|simply\s+put|put\s+simply|briefly)\s*,\s*)?(?:they|these|those)\s+(?:are|were)\s*:?\s*|^[^.;:!?,]{1,80},\s+and\s+(?:they|these|those)\s+are\s*:\s*/i;
export function theyAre(text: string): Item[] | null {
  const lead = THEY_ARE.exec(text);
  const items = lead ? itemsFrom(text.slice(lead[0].length), true) : null;
  // (Nor what was done with them: "They are printed on …", "They were developed with …" —
  // but after a colon the list is named: "They are: turn up, share the load, waste nothing".)
  const first = tag(items?.[0]?.name ?? "")[0];
  const listed = lead?.[0].includes(":") === true;
  const done = !listed && (first?.pos === "VERB" || /ed$/i.test(first?.value ?? ""));
  // (Nor what each of them does: "These are modest, and each one answers …" — a part that
  // speaks of the members one by one is a clause about the set, no name in it.)
  const ofEach = items?.some((item) => MEMBERS.test(item.name)) ?? false;
  // (Nor where they belong or are used: "They are part of every rota, review and …", "part of
  // how we hire, how we review and how we promote", "central to …".)
  // (Nor the place they take: "They are the first thing we talk about at interview and the last
  // thing we talk about at appraisal.")
  const where = PART_OF.test(items?.[0]?.name ?? "") || RANK_OF.test(items?.[0]?.name ?? "");
  // (Nor a comparison run on into a clause: "They are plainer than the mission, where they …" —
  // no name opens with "where", "which" or "who".)
  const clause = items?.some((item) => RELATIVE_OPENING.test(item.name)) ?? false;
  // (Nor what they are like, though a later part names a thing: "They are short, easy to check
  // against behaviour, and clearly written for members" — a verdict opens on a bare quality.)
  // (The first word tagged above: "short" in lower case is a quality, "Bold" may be a name.)
  const bareQuality =
    (first?.pos === "ADJ" || first?.pos === "ADV") && /^\p{Ll}/u.test(items?.[0]?.name ?? "");
  const judged = items !== null && (items.every(qualityOnly) || bareQuality);
  return items && !done && !ofEach && !where && !clause && !judged ? items : null;
}

/** "the first thing we …", "the last word on …", "the one thing …": a set's place, not a name. */
export const RANK_OF =
  /^(?:the\s+)?(?:first|last|only|one|main|next)\s+(?:thing|things|word|words|step|place|stop|question)\b/i;

/** A relative clause's first word: "where they shape …", "which keeps …", "who …". */
const RELATIVE_OPENING = /^(?:where|which|who|whom|whose|whereby)\s/i;

/**
 * "part of …", "a big part of …", "the basis for …", "central to …": where a set belongs or what
 * it is the ground of, not its names.
 */
const PART_OF =
  /^(?:(?:an?|the)\s+)?(?:(?:[\p{L}-]+\s+)?(?:part|parts|basis|foundation|backbone|bedrock)\s+(?:of|for)|(?:central|integral|key|essential|vital|fundamental|core)\s+to)\b/iu;

/** "each one …", "all of them …", "none of them …": the set's members as a clause's subject. */
const MEMBERS =
  /^(?:each(?:\s+one|\s+of\s+them)?|every\s+one|(?:all|both|none|most)\s+of\s+them)\s+\p{Ll}/iu;

/**
 * "Thrift, Candour, and Care for the tools.": a sentence that is only the names of a set the
 * sentence before counted ("We have three values, and …"), as a speaker lists them — each
 * capitalised and short, as many as were counted (else it is prose: "Sometimes, honestly, …").
 */
const NAME_ALONE_WORDS = 5;
export function namesAlone(text: string, count: number | null, atMost = false): Item[] | null {
  // ("So: listen first, never judge, and keep going.": a speaker's "so" gives the names.)
  const sentence = text.replace(/^\W+/, "").replace(SO_OPENER, "").trim();
  const list = count === null ? null : listText(sentence, false);
  if (list === null || list.trim() !== sentence.replace(/[.!]+$/, "").trim()) return null;
  // (After a speaker's "From memory:", `atMost`, the ones recalled may be sayings: "Safety is the
  // product, Ship small, …" — as many as they give, up to the count. No set is counted past a
  // score: a larger count is not tried down.)
  let items = splitItems(list, true);
  for (let n = Math.min(count ?? 0, 20); !items && atMost && n >= 2; n--)
    items = splitItems(list, true, n);
  // (Things to do, as many as counted: "listen first, never judge, and keep going".)
  const split = items ?? splitItems(list, true, count ?? 0);
  const told = split?.length === count && split.every((item) => imperative(item.name));
  if (told) items = split;
  // (Speech transcribed capitalises the first name only: "Curiosity, thrift and straight talk.")
  // (Not a byline: "By Staff reporter, 18 June 2026, Business".)
  // (Nor a sentence of its own: "Ruth's father, Peter, wrote it out in 1998." — a lower-case part
  // that opens on a verb or carries a figure tells, it names nothing.)
  const names =
    told ||
    (/^\p{Lu}/u.test(items?.[0]?.name ?? "") &&
      !BYLINE.test(sentence) &&
      items?.every(
        (i) =>
          i.name.split(/\s+/).length <= NAME_ALONE_WORDS &&
          (/^\p{Lu}/u.test(i.name) || (!/\d/.test(i.name) && tag(i.name)[0]?.pos !== "VERB")),
      ));
  // (`atMost`: a speaker recalling them may give fewer than were counted.)
  const many = atMost
    ? items !== null && items.length >= 2 && items.length <= (count ?? 0)
    : items?.length === count;
  return items && names && many && !items.every(qualityOnly) ? items : null;
}

const SO_OPENER = /^(?:so|namely)\s*:\s*/i;

/** "listen first", "never judge", "don't panic": a short thing to do, its verb first. */
function imperative(name: string): boolean {
  const words = tag(name);
  const verb = /^(?:never|always|just|don['’]t|do\s+not)$/i.test(words[0]?.value ?? "")
    ? words[1]
    : words[0];
  return words.length <= 4 && verb?.pos === "VERB";
}

/**
 * "… so we turned those into our three promises: we turn up, we listen, and we stay.": promises
 * counted in a sentence and listed after its colon — as many as it counts.
 */
export function promisedInline(text: string): { count: number; items: Item[] } | null {
  const match = PROMISED_INLINE.exec(text);
  if (!match?.[1]) return null;
  const count = parseCount(match[1]);
  const list = listText(text.slice(match.index + match[0].length), false);
  const items = list === null ? null : (weClauses(list) ?? splitItems(list, true, count));
  return items?.length === count ? { count, items } : null;
}
/**
 * "Three habits run through everything we do: patience with the fabric, plain speaking with
 * clients, and respect for the trades.": on a page that names no set otherwise, generic things
 * counted before a colon and listed after it, exactly as many as counted, are what it holds to
 * (not things someone did or learned: "three things we learned:").
 */
export function countedThings(text: string): { count: number; items: Item[] } | null {
  const match = GENERIC_COUNTED.exec(text);
  if (!match || thingsDone(text.slice(match.index))) return null;
  // ("Acme's purpose is built around two commitments: …": a statement's parts, not values.)
  if (STATEMENT_WORD.test(text.slice(0, match.index))) return null;
  const read = listAfterCount(match, text);
  return read && read.count > 1 && read.items.length === read.count ? read : null;
}
// (Whose things they are stands before the colon: "three things customers cared about:", "the
// three things that matter to buyers:" are others' yardsticks, not what the company holds to.)
const GENERIC_COUNTED = new RegExp(
  String.raw`\b(${COUNT})\s+${LEAD_NOUN}\b(?![^.:;!?]{0,100}?\b(?:customers|clients|buyers|users|readers|people|parents|guests|visitors|members|critics|investors|shoppers)\b)[^.:;!?]{0,100}:\s*`,
  "i",
);
const STATEMENT_WORD = /\b(?:mission|purpose|vision|strategy|plan|goals?|aims?)\b/i;
const PROMISED_INLINE = new RegExp(
  String.raw`\b(?:our|its|their)\s+(${COUNT})\s+promises\s*:\s*`,
  "i",
);

/**
 * Values written as the company's own short sentences after a lead-in: "we listen first, we keep
 * our promises and we work as one team". Each part must start with "we".
 */
function weClauses(list: string): Item[] | null {
  const parts = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=we\b)/i).filter((p) => p.trim());
  const clauses = parts.every(
    (p) => /^we\s+\p{L}/iu.test(p.trim()) && p.trim().split(/\s+/).length <= LONG_ITEM,
  );
  return parts.length >= 2 && clauses
    ? parts.map((p) => ({ name: p.trim(), description: null }))
    : null;
}

/** The list an introducer ("are", ": ", " – ") opens after a set word ending at `end`, if any. */
const EXAMPLE = /^(?:for\s+(?:instance|example)|e\.?\s?g\.?|say)$/i;

/**
 * A list set off by commas, brackets or dashes right after a set word: ", a, b and c," or " (a, b
 * and c)" or " – a, b and c –" (a short phrase may come first: "values alongside the mission – …
 * –").
 */
const APPOSITION =
  /^(?:,\s*|\s\(|(?:\s+(?:alongside|with|beside|next\s+to)\s+[^,.;:!?()–—]{1,30})?\s[–—]\s)((?:[^,.;:!?()–—]{1,40},\s*){1,10}[^,.;:!?()–—]{1,40}?,?\s+(?:and|&)\s+[^,.;:!?()–—]{1,40}?)\s*(?:[,)]|\s[–—])/;

/** The list set off after the set word ending at `end`, when it holds as many as `count`. */
function setOffList(
  text: string,
  end: number,
  count: number,
): { items: Item[]; start: number; length: number } | null {
  const match = APPOSITION.exec(text.slice(end));
  const list = match?.[1];
  const items = list ? splitItems(list, true) : null;
  if (!match || !list || items?.length !== count) return null;
  return { items, start: end + match[0].indexOf(list), length: list.length };
}

/**
 * "values (Durability, Openness, Fairness and Joy) are …": the names in brackets right after the
 * set word — three or more, short, the last joined by "and" or "or" (not an aside about the set:
 * "values (agreed in 2019 by staff and trustees)"). Brackets hold a bare list as often ("values
 * (safety first, patience, leave no trace)"): with no "and", no figure may stand among the names
 * ("(see page 4, section 2, annex B)"), and a counted set takes as many as it counts.
 */
function bracketedList(
  text: string,
  end: number,
  count: number | null = null,
): { items: Item[]; start: number; length: number } | null {
  // (Only after the set's own word: "commitments (for example, on size and price)" gives examples.)
  // (Only the words right before: a test over the whole text before each mention would cost a
  // long paragraph of mentions quadratic time.)
  if (!/\b(?:values|principles|beliefs)\s*$/i.test(text.slice(Math.max(0, end - 40), end)))
    return null;
  const match = /^\s*\(([^()]{3,200})\)/.exec(text.slice(end));
  const list = match?.[1];
  if (!match || !list || !/,/.test(list)) return null;
  const joined = /,[^,]*\s(?:and|or)\s[^,]*$/i.test(list);
  if (!joined && /\d/.test(list)) return null;
  const items = splitItems(list, false);
  const short = (name: string) => name.split(/\s+/).length <= 3 && !NOT_A_NAME_START.test(name);
  if (!items || items.length < 3 || !items.every((i) => short(i.name))) return null;
  if (count !== null && items.length !== count) return null;
  return { items, start: end + match[0].indexOf(list), length: list.length };
}

/** A participle and its preposition opening a list's first part: "tied to …", "built on …". */
const PREDICATE =
  /^(?:\p{Ll}+ed|built|set|written|drawn|made|held|kept|taught)\s+(?:to|on|in|into|by|from|around|with|through)\b/u;

/** How far before a mention its lead-ins are looked for ("lists its four core values"). */
const LEAD_REACH = 200;

/** An example's or a place's opening, never a bracketed name's: "for example", "on size". */
const NOT_A_NAME_START =
  /^(?:for\s+example|e\.g|i\.e|such\s+as|including|like|on|in|at|for|to|by|with)\b/i;

/** A definition: "the principles that …", "what an organisation …". */
const DEFINITION =
  /^\s*(?:(?:the|a|an)\s+[\p{L}-]+\s+(?:that|which|by\s+which)\b|(?:what|how|why)\s)/iu;

function listAfter(
  text: string,
  end: number,
  intro: RegExpExecArray,
  count: number | null = null,
): { items: Item[]; start: number; length: number } | null {
  const after = end + intro[0].length;
  // ("…: the company commits to a, b and c": the names start after the frame.)
  const start =
    after + (intro[0].includes(":") ? (HOLDING_FRAME.exec(text.slice(after))?.[0].length ?? 0) : 0);
  const dash = /[–—-]/.test(intro[1] ?? "");
  // (A dash opens a list as plainly as a colon, whether it runs to the sentence's end — "three
  // principles — small teams, fixed prices, and software we would use ourselves." — or a second
  // dash closes it: "values — kindness to animals and owners alike, one record per patient, and
  // no surprise bills — shaped …".)
  const long = /:|includes?|^\s+as\s/i.test(intro[0]) || dash;
  const list = listText(text.slice(start), dash);
  // ("values describe the firm we hope to be — and, equally, the firm we refuse to become": after
  // the dash the sentence goes on; no list opens with "and" or "but".)
  if (list !== null && /^\s*(?:and|but|or|yet|nor)\b/i.test(list)) return null;
  // ("**Values**: the principles that are supposed to govern behaviour and decisions.": a
  // glossary defines the word; its definition lists nothing.)
  if (list !== null && DEFINITION.test(list)) return null;
  // ("values are simple: we listen first, we …": after a colon, the company's own sentences.)
  // ("four values are clarity over cleverness, …, default to open, and kindness in review": as
  // many parts as counted may be sayings.)
  // ("three values are thrift, straight dealing, and looking after the people on the line": as
  // many noun or gerund phrases as counted, however long.)
  // (Not when one is a quality: "three values are simple, memorable and lived every day …".)
  const counted = (items: Item[] | null) =>
    items?.length === count && !items.some(qualityOnly) ? items : null;
  const split =
    list === null
      ? null
      : (splitItems(list, long) ??
        (long ? weClauses(list) : null) ??
        (count === null
          ? null
          : (counted(splitItems(list, true)) ?? splitItems(list, true, count))));
  // ("principles are behaviours, not adjectives": what the set is not is no item of it.)
  const items = split?.filter((item) => !/^not\s/i.test(item.name));
  if (list === null || !items || items.length < 2) return null;
  // "Its five principles are short, specific and genuinely used", "describes its principles as
  // simple and fair": what the set is like; no item names anything.
  const said = /\bare\b|^\s+as\s/i.test(intro[0]) && !intro[0].includes(":");
  if (said && items.every(qualityOnly)) return null;
  // ("Its four values are tied to concrete policies, …": what they are tied to, not their names.)
  if (said && PREDICATE.test(items[0]?.name ?? "")) return null;
  // "the four pillars of its strategic plan, Heron 2030": "of" names what the set belongs to.
  const owned = items.some((i) => /^(?:its|their|our|his|her|the)\s/i.test(i.name));
  if (/\bof\s*$/i.test(intro[0]) && owned) return null;
  // "— Courage with Bold Bets, for instance —": an aside giving an example, not the list.
  if (EXAMPLE.test(items.at(-1)?.name ?? "")) return null;
  // ("the values are behavioural, and the website mission — …": the sentence goes on to the
  // other statements; no value is named "the website mission".)
  if (items.some((item) => /^(?:the|its|our)\s.*\b(?:mission|vision|purpose)$/i.test(item.name)))
    return null;
  return { items, start, length: list.length };
}

/**
 * "The first three are about …: a, b and c." then "The other two …: d and e.": a set given in
 * parts; `rest` for a later part.
 */
const PART_LEAD = new RegExp(
  String.raw`^\s*the\s+(first|other|last|remaining)\s+${COUNT}\b[^.:;!?]{0,60}:\s*`,
  "i",
);
export function partLead(text: string): { rest: boolean; items: Item[] } | null {
  const match = PART_LEAD.exec(text);
  const items = match ? itemsFrom(text.slice(match[0].length), true) : null;
  return match && items ? { rest: match[1]?.toLowerCase() !== "first", items } : null;
}

/** "Nadia Brindle 9:23 AM" on its own line: a chat export's speaker and time over the message. */
const CHAT_SPEAKER = String.raw`(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?\s*\n)?`;
/** "Nope, still our three:", "Yes — just the three:": a reply's opening before the count. */
const REPLY_OPENING = String.raw`(?:(?:yes|yep|yeah|no|nope|well|so)\W+)?(?:(?:still|just|only|all)\s+)?(?:our\s+|the\s+)?`;
/**
 * "There are three: a, b and c", "Three things: a, b and c", "Three, and they're on the wall:
 * a, b, c", "We have three, and I'll give them in the order we apply them: a, b, c": a count,
 * then the list.
 */
const COUNTED_LEAD = new RegExp(
  String.raw`^\s*${CHAT_SPEAKER}(?:there\s+are\s+|we\s+have\s+|we(?:'|’)ve\s+got\s+|${REPLY_OPENING})?(${COUNT})(?:\s+(?:things|of\s+them))?(?:,\s+[^.:;!?]{1,100})?\s*:\s*`,
  "iu",
);

/**
 * "… you will hear the same three things, usually in the same order: a, b, and c": a count of
 * things inside the sentence (a clause of up to a hundred characters after it: "have stayed the
 * same since Margaret's first day above the saddler's"), then the list after its colon.
 */
const COUNTED_THINGS = new RegExp(
  String.raw`\b(${COUNT})\s+(?:things|ideas|words|rules|habits)\b[^.:;!?]{0,100}:\s*`,
  "i",
);

/**
 * "Dignity, discretion and dependability: those are our three values": the list first, then the
 * sentence naming (and counting) it.
 */
export function frontedList(text: string): { count: number | null; items: Item[] } | null {
  const match = FRONTED.exec(text);
  const list = match?.[1];
  const items = list ? splitItems(list.trim(), false) : null;
  if (!match || !items) return null;
  const count = match[2] ? parseCount(match[2]) : null;
  return count === null || count === items.length ? { count, items } : null;
}
const FRONTED = new RegExp(
  String.raw`^\W*([^.:;!?]{3,120}?)\s*(?::|\s[–—]\s)\s*(?:those|these|they)\s+are\s+(?:our|its|their|the)\s+(?:(${COUNT})\s+)?(?:core\s+)?(?:values|principles)\b`,
  "iu",
);

/**
 * The list a sentence gives after a bare count ("There are three: …"). Only read where the set
 * is already named (the sentence before, the section's heading): alone, a count names nothing.
 */
export function countedLead(
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  return listAfterCount(COUNTED_LEAD.exec(text) ?? COUNTED_THINGS.exec(text), text);
}

/**
 * "three new "behaviours" for the society's staff: Be open, Be brave, Be there.": counted
 * behaviours are the company's values under another name, read wherever the sentence stands.
 */
export function countedBehaviours(
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  return listAfterCount(COUNTED_BEHAVIOURS.exec(text), text);
}
const COUNTED_BEHAVIOURS = new RegExp(
  String.raw`\b(${COUNT})\s+(?:new\s+|core\s+|key\s+)?["“‘]?behaviou?rs\b["”’]?[^.:;!?]{0,60}:\s*`,
  "i",
);

/** The list after a count's colon, as many parts as counted allowed to be sayings. */
function listAfterCount(
  match: RegExpExecArray | null,
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  if (!match?.[1]) return null;
  const count = parseCount(match[1]);
  // ("We have three: riders first, boring is good, and fix it in the open.": as many parts as
  // the count announces may be short clauses, each a value said as a saying.)
  const list = listText(text.slice(match.index + match[0].length), false);
  const items = list === null ? null : (splitItems(list, true) ?? splitItems(list, true, count));
  const countIndex = match.index + match[0].indexOf(match[1]);
  return items ? { count, countIndex, items } : null;
}

/**
 * "Its website lists six: a, b, …", "The poster in reception names three: …": a source of the
 * page's giving the set after a bare count. Only read where the sentence before names the set.
 */
const SOURCE_LEAD = new RegExp(
  String.raw`^\s*(?:its|their|our|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:lists?|names?|gives?|shows?|prints?)\s+(?:only\s+|just\s+)?(${COUNT})\s*:\s*`,
  "iu",
);

/** The list a source gives after its bare count, that count with it. */
export function sourceLead(
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  const match = SOURCE_LEAD.exec(text);
  if (!match?.[1]) return null;
  const items = itemsFrom(text.slice(match[0].length), true);
  const countIndex = match[0].lastIndexOf(match[1]);
  return items ? { count: parseCount(match[1]), countIndex, items } : null;
}

/**
 * A sentence that is only a list of noun phrases ("Quiet rooms, honest bills and breakfasts that
 * are worth getting up for."), its first item verbless: under a values heading, the set.
 */
export function phrasesLine(text: string): Item[] | null {
  const line = text.trim().replace(/[.!]$/, "");
  if (BYLINE.test(line) || MARK.test(line) || /[.!?;:]/.test(line) || NAME_VALUES.test(line))
    return null;
  const items = splitItems(line, true);
  // (A photo's caption dates it: "Ann, Joe and the first van outside the bakery, 1971".)
  const phrases = items?.every((item) => nounBeforeClause(item.name) && !/^\d+$/.test(item.name));
  return items && phrases && verbless(items[0]?.name ?? "") ? items : null;
}

const NAME_VALUES =
  /^(?:[^,]{1,40},\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4}\s+(?:(?:also|deeply|most)\s+)?(?:values|stands\s+for)\s+\p{Ll}/u;

/**
 * A noun phrase, a relative clause at most after it: "websites that are still working" (not
 * "Respect guide everything the city does", not "which older versions called …").
 */
function nounBeforeClause(text: string): boolean {
  const tokens = tag(text);
  if (tokens[0]?.pos === "PRON") return false;
  for (const token of tokens) {
    if (token.pos === "PRON") return true;
    if (token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return true;
}

/** Capitalised names as a sentence's subject, before a verb of guiding ("… guide everything"). */
const LIST_SUBJECT =
  /^((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:guide|drive|shape|define|underpin|inform|sit\s+at|are\s+at)\b/u;

/**
 * "… its culture as built on a, b and c": what the culture rests on ("based in six yards" says
 * where, not on what; "founded in 1965 by …" when), or what guides it ("guided by knowing the
 * farm, paying on time …").
 */
// ("founded in Carlisle in 1904 by …", "built in 1990" say where and when.)
const GROUNDED =
  /\b(?:(?:built|founded|grounded|rooted|rests?|resting)\s+(?:on|upon)|(?:grounded|rooted)\s+in(?!\s+\d)|based\s+(?:on|upon)|guided\s+by)\s+/gi;

/** "… is summed up in the L&H Way:", "… captured in four words:": a naming of the way, then a colon. */
const SUMMED_UP =
  /\b(?:summed\s+up|captured|expressed|distilled|boiled\s+down)\s+(?:in|as|into)\b[^.:;!?]{0,60}:\s*/i;

/** "… are simple:", "… are these:", "… are as follows:": the list after the colon. */
const SIMPLE_COLON = /\b(?:are|is)\s+(?:simple|these|few|short|as\s+follows)\s*:\s*/i;
/** A sentence's first colon, after a lead-in of at most 160 characters. */
const LEAD_COLON = /^[^:.;!?]{1,160}:\s*/;
/** A lead-in naming the set: "What we stand for …", "The values we keep …". */
const SET_LEAD =
  /\b(?:values|principles|beliefs|stand\s+for|believe\s+in|care\s+about|hold\s+(?:ourselves\s+)?to|live\s+by)\b/i;
/** A lead-in telling of a set the company had ("In 2019 we had five values:"). */
const TOLD_AS_PAST = /\b(?:had|was|were|used\s+to|once|former|old|previous)\b/i;
/** A lead-in naming a list of something other than values. */
const OTHER_LIST_LEAD =
  /\b(?:services?|products?|perks|benefits|menus?|hours|opening|days|goals?|targets?|objectives?|steps?|priorities|aims|awards?|partners?|suppliers?|clients?|branches|sites|locations|includes?|including|such\s+as|for\s+example|e\.g)\b/i;

/** A sentence that opens by saying what the company is ("We are …", "We're …"). */
const WE_ARE = /^\s*(?:we\s+are|we(?:'|’)re)\s+/i;
const CONJOINED = /\s(?:and|or)\s|\s&\s/i;

/**
 * The list a sentence says something rests on ("built on honesty, respect and restraint"), or
 * that guides it ("Integrity, Service and Respect guide …"). Only read in a values section:
 * elsewhere "built on hard work and luck" is no set of values.
 */
export function groundedList(text: string): Item[] | null {
  // "Integrity, Service, Stewardship and Respect guide everything the city does."
  const subject = LIST_SUBJECT.exec(text)?.[1];
  const named = subject ? splitItems(subject) : null;
  if (named) return named;
  // "We are open, fair and ambitious." under a values heading: short words the company is.
  const are = WE_ARE.exec(text);
  // (Only a list joined by "and" or "or": in "We're 310 people now, in 5 countries, and they
  // have held up" the "and" starts a clause of its own, and what is left lists nothing.)
  const list = are ? listText(text.slice(are[0].length), false) : null;
  if (list && CONJOINED.test(list)) {
    const items = splitItems(list);
    if (items?.every((item) => item.name.split(/\s+/).length <= 3)) return items;
  }
  // "The way we work is summed up in the L&H Way: be curious, be accountable, be safe and be one
  // team." — the words the company's way is summed up in, after the colon.
  const summed = SUMMED_UP.exec(text);
  const short = summed ? itemsFrom(text.slice(summed.index + summed[0].length), false) : null;
  if (short && short.length >= 3) return short;
  // ("The things we stand for are simple: paying fair prices, roasting in small batches, …":
  // under a values heading, what a sentence says is simple, after its colon — phrases of any
  // length.)
  // ("What we stand for still fits on the back of a beermat: a fair pint, a warm fire, …": so is
  // what a lead-in naming the set gives after its colon — not one naming another kind of list,
  // "three services:", "Our opening hours are short:".)
  const leadIn = LEAD_COLON.exec(text);
  const colon =
    SIMPLE_COLON.exec(text) ??
    (leadIn && SET_LEAD.test(leadIn[0]) && !TOLD_AS_PAST.test(leadIn[0]) ? leadIn : null);
  const lead = colon ? text.slice(0, colon.index + colon[0].length) : "";
  const phrases =
    colon && !OTHER_LIST_LEAD.test(lead)
      ? itemsFrom(text.slice(colon.index + colon[0].length), true)
      : null;
  if (phrases && phrases.length >= 3) return phrases;
  for (const match of text.matchAll(GROUNDED)) {
    // ("rooted in the Quaker tradition while welcoming every faith and none": the list, if any,
    // ends where a clause of its own begins.)
    const rest = text.slice(match.index + match[0].length);
    const items = itemsFrom(rest.slice(0, SUBORDINATE.exec(rest)?.index ?? rest.length), true);
    // ("built on a shared set of values and principles agreed …": what it rests on is the set
    // words themselves, not names in them.)
    if (items && !items.some((item) => SET_NOUN.test(item.name))) return items;
  }
  return null;
}

/** The words for a set, inside an item: "a shared set of values", "principles agreed …". */
const SET_NOUN = /\b(?:values|principles|beliefs)\b/i;

/** ", and those four things are pinned …": a count given back for the list just before it. */
const GIVEN_BACK = new RegExp(
  String.raw`,\s+and\s+(?:those|these|the)\s+(${COUNT})\s+(?:things|values|ideas|words)\b`,
  "i",
);

/**
 * "… they ended up with honesty, patience, kindness to sheep and fair prices, and those four
 * things are pinned on the wall": a run-on sentence's list that the count after it gives back.
 * The last `count` parts before the count are the items; the first starts after the clause's
 * last verb ("ended up with"). Each item a short phrase with no verb of its own.
 */
export function countedBack(
  text: string,
): { count: number; countIndex: number; items: Item[] } | null {
  const match = GIVEN_BACK.exec(text);
  if (!match?.[1]) return null;
  const count = parseCount(match[1]);
  const parts = text.slice(0, match.index).split(/,\s*/);
  const last = parts.pop() ?? "";
  const and = lastJoin(last);
  if (and === -1) return null;
  parts.push(last.slice(0, and), last.slice(and).replace(/^\s+(?:and|or)\s+/i, ""));
  if (count < 2 || parts.length < count) return null;
  const taken = parts.slice(-count).map((p) => p.trim());
  const tokens = tag(taken[0] ?? "");
  let verb = tokens.length - 1;
  while (verb >= 0 && !["VERB", "AUX"].includes(tokens[verb]?.pos ?? "")) verb--;
  const head = tokens.slice(verb + 1);
  const from = head.findIndex((t) => t.pos !== "ADP" && t.pos !== "PART");
  taken[0] = from === -1 ? "" : (taken[0] ?? "").slice(head[from]?.start ?? 0);
  const short = taken.every((item) => {
    const words = tag(item);
    return (
      words.length >= 1 &&
      words.length <= 4 &&
      words.every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PRON")
    );
  });
  if (!short) return null;
  return {
    count,
    countIndex: match.index,
    items: taken.map((name) => ({ name, description: null })),
  };
}

/** A subordinate clause opening: ", while …", " because …", " so that …". */
const SUBORDINATE = /,?\s+(?:while|whilst|because|although|though|so\s+that|even\s+as)\b/i;

/** The items of the list `text` opens with (to its sentence's end or a semicolon), if any. */
export function itemsFrom(text: string, long = false): Item[] | null {
  const list = listText(text, false);
  return list === null ? null : splitItems(list, long);
}

/**
 * "…: the company commits to a, b and c", "…: we stand for a, b and c": after the colon, a
 * subject and a verb of holding to frame the list; the names start after them.
 */
const HOLDING_FRAME = new RegExp(
  String.raw`^\s*(?:we|it|they|the\s+(?:company|firm|business|brand|charity|organi[sz]ation|group))\s+(?:${HOLD}|commits?\s+(?:itself\s+)?to)\s+`,
  "i",
);

/** Past participles that do not end in -ed or -en ("letters written …" ends -en; these do not). */
const PARTICIPLES = new Set(
  "made done built held kept sold found brought bought thought taught told paid sent spent won worn drawn grown shown known led fed bred set put cut run dealt meant felt left lost".split(
    " ",
  ),
);

/** Every word capitalised (short linking words aside): "Fair Play", "Pride in the Job". */
const TITLE_CASE =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|in|the|and|for|to|a|an)\s+)*\p{Lu}[\p{L}'’-]*)+$/u;

/** Parts of speech that name something: a long item without one is a description. */
const NAMING = new Set(["NOUN", "PROPN"]);

/** Parts of speech a long item may start with. */
const PHRASE_START = new Set(["NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM"]);

/**
 * "a light footprint on the land …" and "safety that is never traded …" are noun phrases;
 * "the wood comes from …" and "commissioners read them" are clauses.
 */
function nounPhrase(text: string): boolean {
  // "Fair Play", "Safety First": a name in title case, whatever the tagger makes of its words.
  if (TITLE_CASE.test(text)) return true;
  const tokens = tag(text);
  const first = tokens[0]?.pos ?? "";
  // ("be a good neighbour": an imperative, as "pay fairly" is — and "do it right", whose "do" the
  // tagger takes for an auxiliary until it reads it as an infinitive.)
  if (first === "VERB" || first === "ADV" || /^be\s/i.test(text)) return true;
  if (first === "AUX" && startsWithVerb(text)) return true;
  if (!PHRASE_START.has(first) && first !== "DET") return false;
  // After the opening noun phrase, a finite verb makes the item a clause ("commissioners read").
  const at = tokens.findIndex(
    (t, i) =>
      !["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos) || (i > 0 && RELATIVE.test(t.value)),
  );
  // ("prices that families can afford", "a rota parents can plan around": a clause after the head
  // noun says which one; the item is still that noun.)
  if (at > 0 && relativeClause(tokens, at)) return true;
  const after = tokens[at];
  const finite =
    (after?.pos === "VERB" || after?.pos === "AUX") &&
    !/(?:ing|ed|en)$/i.test(after.value) &&
    !PARTICIPLES.has(after.value.toLowerCase());
  return !finite || pluralHead(tokens, after);
}

/** The words that open a relative clause after a noun: "that", "which", "who". */
const RELATIVE = /^(?:that|which|who|whom|whose)$/i;

/**
 * A relative clause starting at `at`, after the noun it describes: "that" or "which" after a noun
 * ("prices that families can afford"), or, with no such word, a plural subject straight after a
 * singular noun that "a" opened ("a rota parents can plan around": "a" takes no plural, so the
 * plural starts the clause).
 */
function relativeClause(tokens: Token[], at: number): boolean {
  const head = tokens[at - 1];
  if (!head || !NAMING.has(head.pos)) return false;
  if (RELATIVE.test(tokens[at]?.value ?? "")) return true;
  const verb = tokens[at];
  const before = tokens[at - 2];
  return (
    (verb?.pos === "AUX" || verb?.pos === "VERB") &&
    /^an?$/i.test(tokens[0]?.value ?? "") &&
    at >= 3 &&
    before?.pos === "NOUN" &&
    !/s$/i.test(before.value) &&
    /(?:[^s]s|^people)$/i.test(head.value)
  );
}

/**
 * "seasonal Scottish catches": a last word the tagger takes for a verb, after describing words
 * only, with no noun for its subject, is the phrase's plural head noun.
 */
function pluralHead(tokens: Token[], verb: Token | undefined): boolean {
  if (!verb || verb !== tokens.at(-1)) return false;
  const before = tokens.slice(0, -1);
  return (
    /s$/i.test(verb.value) &&
    (before[0]?.pos === "ADJ" || before[0]?.pos === "DET") &&
    !before.some((t) => t.pos === "NOUN")
  );
}

/** "short enough to remember" describes the set ("The principles are …"); it names nothing. */
function describes(text: string): boolean {
  const tokens = tag(text);
  return tokens[0]?.pos === "ADJ" && !tokens.some((t) => NAMING.has(t.pos));
}

/** "short", "genuinely used": a quality (an adjective or adverb first, no noun), not a name. */
function qualityOnly(item: Item): boolean {
  const tokens = tag(item.name);
  const first = tokens[0]?.pos;
  return (first === "ADJ" || first === "ADV") && !tokens.some((t) => NAMING.has(t.pos));
}

/** "The best values statements are:", "Principles should be:": what any good set is like. */
const IDEAL_SET =
  /\b(?:good|great|strong|effective|useful|best)\s+(?:[a-z-]+\s+)?(?:values|principles)\b|\b(?:values|principles)(?:\s+statements?)?\s+(?:should|must|need\s+to)\s+be\b/i;

/**
 * A list under a lead-in about what good sets are like, every item a quality ("short",
 * "genuinely used"): the ideal, not a set of values.
 */
export function idealQualities(lead: string, items: Item[]): boolean {
  return IDEAL_SET.test(lead) && items.every(qualityOnly);
}

/** Words an item of a long enumeration may have. */
const LONG_ITEM = 16;
/** Words an item set apart by marks ("·", "|") may run to: a short clause, not a paragraph. */
const MARKED_ITEM = 9;

/**
 * Characters an inline list may run to (the longest in the corpus has about 520). A longer run
 * is prose, not a list; the bound keeps a long sentence with many set words linear.
 */
const MAX_LIST_CHARS = 2000;

/**
 * The list runs to a closing dash (when it opened with one; else to a spaced dash that opens an
 * aside), a semicolon or the sentence end;
 * null when that is more than MAX_LIST_CHARS away.
 */
const QUOTED_ITEM = /(^\s*|,\s*|\band\s+|\bor\s+)["“]([^"“”]{1,60})[,.]?["”]/g;

function listText(text: string, dashed: boolean): string | null {
  let depth = 0;
  let firstSemicolon = -1;
  let semicolons = 0;
  let end = -1;
  for (let i = 0; i < Math.min(text.length, MAX_LIST_CHARS); i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ";") {
      if (firstSemicolon === -1) firstSemicolon = i;
      semicolons++;
    } else if (depth === 0 && /[–—]/.test(ch ?? "") && (dashed || /\s/.test(text[i - 1] ?? ""))) {
      // A closing dash ends a dashed list; a spaced one ends any other ("a, b and c — and we …").
      end = i;
      break;
    }
  }
  // "openness; curiosity; and trust": semicolons separate the items; one ends the list.
  if (semicolons < 2 && firstSemicolon !== -1) return text.slice(0, firstSemicolon);
  if (end === -1) {
    if (text.length > MAX_LIST_CHARS) return null;
    end = text.length;
  }
  // ("… and coffee at 6 a.m. Nobody argues.": the splitter reads "a.m." as going on; the
  // capital after it starts the next sentence, which ends the list.)
  const abbreviated = ABBREVIATED_END.exec(text.slice(0, end));
  if (abbreviated) end = abbreviated.index + 1;
  // "a, b and c, and it has used the slogan …": a clause with its own subject ends the list
  // (unless the items are such clauses: "we check twice, …, and we say …").
  const clause = SUBJECT_START.test(text) ? null : OWN_CLAUSE.exec(text.slice(0, end));
  let list = text.slice(0, clause?.index ?? end);
  // ("respect, resilience and responsibility, which the schools teach as …": a relative clause
  // after the last name says something of the set; no part of a name.)
  const relative = TRAILING_RELATIVE.exec(list);
  // (Three names or more, "a, b and c, which …": "practical and specific to dentistry, which …"
  // describes the set.)
  if (relative && /,[^,]*\s(?:and|or)\s/i.test(list.slice(0, relative.index)))
    list = list.slice(0, relative.index);
  return (
    list
      // '"Ready", "Calm" and "Together"': quotation marks around each item only mark the names.
      .replace(QUOTED_ITEM, "$1$2")
      .replace(/[.!?"”]+\s*$/, "")
      .replace(TRAILING_SCOPE, "")
  );
}

/**
 * "the old list of six values", "its former principles", "In 2019 we had five values", "has
 * scrapped the five brand values", "the old page had five values": a set the company no longer
 * holds.
 */
const FORMER_SET =
  /\b(?:(?:old|former|previous|earlier|retired)\s+(?:list\s+of\s+|set\s+of\s+|(?:page|site|website|version|brochure|handbook|poster|plan|strategy)\s+(?:had|listed|gave|named|carried|showed)\s+)?|we\s+had\s+|used\s+to\s+(?:have|list|hold|name|publish)\s+|(?:scrapped|dropped|retired|abandoned|ditched|axed)\s+(?:the|its|their|our|all)\s+)(?:\S+\s+){0,2}\S+$/i;
/** Whether a mention names a set the company no longer holds (see FORMER_SET). */
export function formerSet(text: string, mention: { end: number }): boolean {
  return FORMER_SET.test(text.slice(Math.max(0, mention.end - 50), mention.end));
}
/** ", in favour of three new ones: ", " with new ones: ": the set that replaces a former one. */
const NEW_ONES = new RegExp(
  String.raw`^[^.;:!?]{0,120}?\b(?:in\s+favou?r\s+of|with|for|by)\s+(?:(?<count>${COUNT})\s+)?(?:new|fresh)\s+ones\s*:\s*`,
  "i",
);

/** ", and staff say …", ", and customers know …": people of the company's saying so, a new clause. */
const PEOPLE_SAY = String.raw`(?:staff|employees|colleagues|customers|members|visitors|guests|locals|critics|the\s+(?:team|staff|founders?|owners?))\s+(?:say|says|said|know|agree|insist|joke|admit|feel|tell)\b`;

/** ", and the same list appears …", ", and the wording is …": the list itself, a new clause's subject. */
const LIST_ITSELF = String.raw`(?:the|this|that|its|their|our)\s+(?:same\s+|whole\s+|full\s+|short\s+)?(?:list|set|wording|order|words|names)\s+(?:is|was|has|appears|appeared|comes|came|hangs|runs|sits|stays|stayed)`;

/**
 * ", and it has …", ", and we …", ", and you can see …": a new clause with a subject pronoun of its
 * own — or with the list's count said back as its subject (", and all three show …", ", and both
 * of them …"), or people saying so (", and staff say …").
 */
const OWN_CLAUSE = new RegExp(
  String.raw`,\s+(?:and|but|while|so)\s+(?:it|we|they|he|she|you|I|all\s+(?:${COUNT}|of\s+them)|${COUNT}\s+of\s+them|both|${PEOPLE_SAY}|${LIST_ITSELF})[\s,]`,
  "i",
);
const SUBJECT_START = /^\W*(?:it|we|they|he|she)\s/i;

/** ", which the schools teach as …" closing a list: the last comma's relative clause. */
const TRAILING_RELATIVE = /,\s+(?:which|who)\s[^,]*$/i;

/**
 * "… and honesty in everything we do", "…, on and off the pitch": where the values hold, said
 * after the last one (the second only after a comma: "respect on and off the pitch" may be a
 * value's whole name); no part of its name.
 */
const TRAILING_SCOPE =
  /(?:,?\s+(?:in\s+(?:everything|all|whatever)\s+(?:that\s+)?(?:we|they|it)\s+(?:do|does)|at\s+all\s+times|above\s+all(?:\s+else)?)|,\s+(?:both\s+)?on\s+and\s+off\s+the\s+(?:pitch|field|court|water|track|job|clock))\s*$/i;

/** "Curiosity · Care · Candour", "Plain words / No hard sell": names set apart by a mark. */
const MARK = /\s+[·|/•]\s+/;

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

/** A byline ("Posted 9 March 2025 · 6 min read"): page furniture, whatever the marks between. */
const BYLINE = new RegExp(
  [
    String.raw`\b\d+\s+min(?:ute)?s?\s+read|reading\s+time`,
    String.raw`(?:^|[·|•]\s*)(?:by|posted|updated|published|written)\s+(?:on\s+|by\s+)?\S`,
    String.raw`\b\d{1,2}\s+${MONTH}\.?,?\s+\d{4}\b|\b${MONTH}\.?\s+\d{1,2},?\s+\d{4}\b`,
    // A forum post's line: "asked by pinecone_ops · r/jobs · 3 days ago", "ledgerlark · 47 points".
    String.raw`(?:^|[·|•]\s*)(?:asked|answered|replied)\s+by\s+\S|\b\d+\s+(?:points?|upvotes?|votes?|replies|comments)\b|\b\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|[smhdwy])\s+ago\b|(?:^|\s)r\/\w`,
  ].join("|"),
  "i",
);
/**
 * A breadcrumb trail ("Home / Shop / Acme", "Acme › About us › Our story"): the site's
 * navigation, from its home page or between arrow marks, not a line of names.
 */
const BREADCRUMB = /^home\s*[/›»>]\s*\S|\s[›»]\s/i;

/**
 * A call to action ("Book a tour", "Become a friend", "Read our annual review"): a verb that asks
 * the reader to act, and what to act on. A line made only of them is a row of links (an imported
 * page's, their text kept); one short name or one other verb ("Own it") keeps it a line of names.
 */
const CALL_TO_ACTION =
  /^(?:donate|join|become|subscribe|sign\s+up|book|contribute|download|apply|contact|visit|register|shop|buy|order|learn\s+more|find\s+out|see|view|read|watch|listen|meet|more|explore|discover|browse)\s+\S/i;
/** "Explore our hotels →": a link's arrow after it. */
const LINK_ARROW = /\s[→›»]$/;

const callsToAction = (line: string) =>
  line
    .split(MARK)
    .every((item) => CALL_TO_ACTION.test(item.trim()) || LINK_ARROW.test(item.trim()));

/**
 * A post's author line or footer ("u/corby_shift_mgr · 3d · 👍 112", "@maya · 2h", "💬 23
 * comments"): the post's furniture (POST_FURNITURE), or an age or a count, among the parts — no
 * names of values.
 */
const postMeta = (part: string) =>
  POST_FURNITURE.test(part) || /🔁|❤/u.test(part) || AGE_OR_COUNT.test(part);
const AGE_OR_COUNT =
  /^(?:\d+\s*(?:[smhdwy]|mins?|hrs?)(?:\s+ago)?|\d[\d,.]*k?|\d+\s+(?:comments?|likes?|replies|upvotes?|min(?:ute)?s?\s+read))$/i;

/** A fragment of one to three words standing as a sentence: "Local." in "Local. Seasonal. Honest." */
const FRAGMENT = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}$/u;

/**
 * A line that is only names: set apart by a mark ("Integrity | Impartiality | Openness"), three
 * or more capitalised or verbless names between commas, or three or more one-to-three-word
 * fragments ("Local. Seasonal. Honest."). Null for prose.
 */
export function namesLine(text: string): Item[] | null {
  const line = text.trim().replace(/[.!]$/, "");
  // ("As a community, GES values curiosity, …": a name's verb leads the list; the tagger takes
  // "GES values" for a noun.)
  if (BYLINE.test(line) || BREADCRUMB.test(line) || NAME_VALUES.test(line)) return null;
  if (MARK.test(line))
    return callsToAction(line) || line.split(MARK).some((part) => postMeta(part.trim()))
      ? null
      : splitItems(line);
  // "Compassion, Dignity, Justice, Integrity": capitalised names and commas only, no sentence.
  const named = line.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (named.length >= 3 && named.every((n) => FRAGMENT.test(n) && !/\s\p{Ll}/u.test(n)))
    return named.map((n) => ({ name: n, description: null }));
  // "Curiosity, fairness, patience and craft.": short verbless names, whatever their case (not a
  // labelled line: "Tags: furniture, Scotland, …").
  if (named.length >= 3 && !line.includes(":") && named.every(verbless))
    return named.map((n) => ({ name: n, description: null }));
  const fragments = line.split(/[.!]\s+/);
  if (fragments.length < 3 || !fragments.every((f) => FRAGMENT.test(f.trim()))) return null;
  return fragments.map((f) => ({ name: f.trim(), description: null }));
}

/**
 * "#Candour #Craft #Generosity": a line of two or more hashtags and nothing else, each tag a
 * name. Only a lead-in makes them a set: a post's closing tags ("#design #hiring") name none.
 */
export function hashtagLine(text: string): Item[] | null {
  const tags = text.trim().split(/\s+/);
  if (tags.length < 2 || !tags.every((tag) => HASHTAG.test(tag))) return null;
  return tags.map((tag) => ({ name: tag.slice(1), description: null }));
}
const HASHTAG = /^#\p{L}[\p{L}\p{N}_]*$/u;

/** One to three words with no verb: "fairness", "fair prices" (not "we hire locally"). */
function verbless(part: string): boolean {
  const words = part.split(/\s+/);
  return (
    /^\p{L}/u.test(part) &&
    words.length <= 3 &&
    !tag(part).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON")
  );
}

/**
 * "A (desc), B, and C" → items; null when it does not read as a list of names. With `exactly`,
 * the count the text announces: that many parts, which may be short sayings.
 */
export function splitItems(text: string, long = false, exactly?: number): Item[] | null {
  // With no comma, a mark between names separates them (and sets them apart, so a name may run
  // to a short clause: "Punctual | Tidy | Work guaranteed for two years"); so do two marks or more
  // with one comma, inside a name ("Fair by default · Show the working · Ship, then polish" — not
  // a footer's "Mill Lane, St Kestle · Open Wednesday–Sunday, 10am–4pm").
  const marked = text.split(MARK);
  const commas = text.match(/,/g)?.length ?? 0;
  if (commas <= 1 && marked.length >= (commas ? 3 : 2)) return namedParts(marked, false, true);
  // "a, even when …; b; and c": semicolons separate items that have commas of their own (not
  // one inside an item's brackets: "Passion (a feeling; never give up), Diversity (…)").
  const bySemicolon = outsideBrackets(text, ";");
  if (bySemicolon.length > 1) return namedParts(bySemicolon, long);
  const parts = outsideBrackets(text, ",");
  // "… C and D" after the last comma is two items; long items split at the last "and" only
  // ("respect for growers and guests, and learning in public").
  const last = parts.pop() ?? "";
  if (!long) parts.push(...last.split(/\s+and\s+(?![^(]*\))/));
  else if (parts.length > 0 && /^\s*(?:and|or)\s/i.test(last)) parts.push(last);
  else {
    const at = lastJoin(last);
    parts.push(...(at === -1 ? [last] : [last.slice(0, at), last.slice(at)]));
  }
  if (exactly === undefined) return namedParts(parts, long);
  const items = namedParts(parts, long, false, true);
  return items?.length === exactly ? items : null;
}

/**
 * Where the last " and " or " or " outside round brackets starts, or -1: in "B (x) and C (p, q and
 * r)" the list's "and" is the first, the second is C's description's; in "B and care for one
 * another and for the places …" the second joins two of C's own phrases (a preposition after it).
 */
function lastJoin(text: string): number {
  let at = -1;
  let depth = 0;
  let read = 0;
  for (const join of text.matchAll(
    /\s(?:and|or)\s(?!(?:for|to|in|with|on|at|from|about|by)\s)/gi,
  )) {
    for (; read < join.index; read++) {
      if (text[read] === "(") depth++;
      else if (text[read] === ")") depth = Math.max(0, depth - 1);
    }
    if (depth === 0) at = join.index;
  }
  return at;
}

/**
 * `text` split at each `mark` outside round brackets (not at a number's thousands comma:
 * "100,000 hours").
 */
function outsideBrackets(text: string, mark: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    const thousands =
      ch === "," && /\d/.test(text[i - 1] ?? "") && THOUSANDS.test(text.slice(i + 1, i + 5));
    if (ch === mark && depth === 0 && !thousands) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** The three digits after a thousands comma, and no fourth. */
const THOUSANDS = /^\d{3}(?!\d)/;

/** "sensible, if not surprising": a part opened by a concessive word qualifies, it names nothing. */
const CONCESSIVE = /^(?:if|though|although|albeit|but|yet|even\s+if|even\s+though)\s/i;

/** "a.m. Nobody": an abbreviation's last dot, then a capital that opens a sentence. */
const ABBREVIATED_END = /(?<=(?:^|[^\p{L}])\p{L}\.\p{L})\.\s+(?=\p{Lu}\p{Ll})/u;

/** The dot of "a.m", "p.m", "U.S": between two letters that stand alone. */
const ABBREVIATION_DOT = /(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L}(?![\p{L}]))/gu;

const DETERMINED = /^(?:the|a|an|our|its|their|this|that|these|those|his|her)\s/i;

/**
 * Each part as a name (with a description in brackets), or null if one is not a name. (`said`:
 * parts counted by the text may be short sayings, "boring is good", not only phrases.)
 */
function namedParts(parts: string[], long: boolean, marked = false, said = false): Item[] | null {
  const items: Item[] = [];
  for (const part of parts) {
    const trimmed = part
      .trim()
      .replace(/^(?:and|or)\s+/i, "")
      .replace(/^to\s+be\s+/i, "")
      // "CALM — Compassion, …": the acronym the names spell is not one of them.
      .replace(/^\p{Lu}{2,}\s*[—–-]\s*/u, "");
    if (!trimmed) continue;
    if (CONCESSIVE.test(trimmed)) return null;
    const paren = /^([^()]+?)\s*\((.*)\)\s*$/s.exec(trimmed);
    const name = (paren ? paren[1] : trimmed)?.trim() ?? "";
    const most = long ? LONG_ITEM : marked ? MARKED_ITEM : 4;
    // (A dot between single letters abbreviates, it ends no sentence: "the phone at 6 a.m".)
    const unabbreviated = name.replace(ABBREVIATION_DOT, "");
    if (!name || name.split(/\s+/).length > most || /[.:!?"]/.test(unabbreviated)) return null;
    // A long item is a noun or gerund phrase; "the wood comes from …" or "with our growers"
    // starts a clause or a phrase of another kind, so the sentence is not a list of values.
    // (A saying is short and has no subject of its own: "the wood comes from Highland forests" is
    // a clause of the text.)
    // (After a first saying, one may open on its own subject: "flour on everyone's hands, the
    // early shift is everybody's shift, and nobody eats alone".)
    if (said && (name.split(/\s+/).length > 6 || (items.length === 0 && DETERMINED.test(name))))
      return null;
    if (!said && long && name.includes(" ") && !nounPhrase(name)) return null;
    if (!said && name.split(/\s+/).length >= 3 && describes(name)) return null;
    items.push({ name, description: paren?.[2]?.trim() || null });
  }
  // ("Our four values spell our name — well, nearly!": asides, each one adverb, name nothing.)
  if (
    items.every((item) => !item.name.includes(" ") && ASIDE_POS.has(tag(item.name)[0]?.pos ?? ""))
  )
    return null;
  return items.length >= 2 ? items : null;
}
const ASIDE_POS = new Set(["ADV", "INTJ"]);
