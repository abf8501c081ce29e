/**
 * What a heading tells the statement reader: a heading that states the statement itself ("Our
 * mission: to …"), one about a statement ("What drives us"), one that names a single concept, a
 * section of examples or templates, and an organisation cited by a numbered heading ("### 3.
 * Pelham Hospice"), whose statements are not the company's.
 */
import { tag } from "./nlp.js";
import type { SectionNodes } from "./sections.js";
import { sharesName } from "./statement-cues.js";
import { startsWithVerb } from "./statement-span.js";
import { nounPhrase } from "./statement-wording.js";
import type { StatementKind } from "./statements.js";

/**
 * The organisation a numbered heading names, as an examples list cites one ("### 3. Pelham
 * Hospice: the power of a verb", "### 12. Linney & Daughters"): two capitalised words or more.
 */
export function citedName(heading: string): string | null {
  const name = CITED.exec(heading)?.[1];
  return name && !NOT_CITED.test(name) ? name : null;
}

const CITED = /^\W*\d+[.)]\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}.'’-]*)+)/u;

/**
 * Capitalised heading words that name a topic, not an organisation ("### 1. Our Mission", a Word
 * document's "**2. OUR MISSION**").
 */
const NOT_CITED =
  /^(?:Our|The|Its|Their|This|Mission|Vision|Values?|Core|Key|Lesson|Step|Tip|Why|What|How|Bonus)\b/i;

/**
 * A heading that states the statement: "Our mission: to …", "Our vision — a valley where …", or
 * the bare kind as its label ("Vision: a town where …"), the paragraphs under it commentary.
 */
export const HEADING_STATEMENT =
  /^\W*(?:(?:our|the|its)\s+)?(mission|vision)(?:\s+statement)?\s*(?::|\s[—–-]|\s+is\s+(?=to\s))\s*((?:to\s+\p{Ll}|(?:a|an)\s+[^.]*?\b(?:where|in which)\b).*)$/iu;

/**
 * "## Our mission: clean water for every village", "## Our mission: making repair the default":
 * the company's own heading may state it as a noun phrase or a gerund's clause too — in sentence
 * case and four words or more, so a title ("Our mission: A Closer Look", "Our vision: the
 * basics") is not one.
 */
const OWN_HEADING_CLAUSE = /^\W*our\s+(mission|vision)(?:\s+statement)?\s*:\s*(\p{Ll}.*)$/iu;

/**
 * "## We exist to keep the valley's energy … in the valley", "## We're here to …": a heading in
 * the company's own frame states the mission (four words or more after "to").
 */
const OWN_FRAME_HEADING =
  /^\W*(?:we\s+exist|we(?:['’]re|\s+are)\s+here)\s+(to\s+\p{Ll}[^\s]*(?:\s+\S+){3,})$/iu;

/** What a heading states: its kind, its words, and where they start in the heading. */
export interface HeadingStatement {
  kind: "mission" | "vision";
  words: string;
  at: number;
}

/** The statement a heading states, or null. */
export function headingStatement(heading: string, names: string[] = []): HeadingStatement | null {
  const stated = HEADING_STATEMENT.exec(heading) ?? ownHeadingClause(heading);
  if (stated?.[1] && stated[2])
    return {
      kind: stated[1].toLowerCase() as HeadingStatement["kind"],
      words: stated[2],
      at: stated.index + stated[0].length - stated[2].length,
    };
  const own = OWN_FRAME_HEADING.exec(heading);
  const named = NAMED_FRAME_HEADING.exec(heading);
  const framed = own ?? (named && sharesName(named[1] ?? "", names) ? named : null);
  const words = framed?.at(-1);
  return framed && words
    ? { kind: "mission", words, at: framed.index + framed[0].length - words.length }
    : null;
}

/** "# Tallowby exists to make irregular income feel regular.": the company by name, in that frame. */
const NAMED_FRAME_HEADING =
  /^\W*(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})\s+exists\s+(to\s+\p{Ll}\S*(?:\s+\S+){3,})$/u;

/** "Our mission: clean water for every village" (see OWN_HEADING_CLAUSE), or null. */
function ownHeadingClause(heading: string): RegExpExecArray | null {
  const own = OWN_HEADING_CLAUSE.exec(heading);
  const words = own?.[2]?.trim() ?? "";
  if (!own || words.split(/\s+/).length < 4) return null;
  const gerund = /^\p{Ll}+ing\s/u.test(words) && startsWithVerb(words);
  return gerund || nounPhrase(words, false) ? own : null;
}

/**
 * A heading that tells what the statement does or means: "How the mission helps Acme", "Why our
 * purpose matters", "What the vision means for staff" — a section about it, not the statement.
 */
export const ABOUT_STATEMENT =
  /^\W*(?:how|why|what|where|when)\s+(?:the|our|its|their|[\p{Lu}][\p{L}&-]*['’]s?)\s+(?:mission|vision|purpose)\s+(?!(?:is|was|are|were)\b)\p{Ll}+/iu;

/** A section of examples or templates: "## Three filled-in examples", "## The template". */
export const EXAMPLES = /\b(?:examples?|templates?|samples?)\b/i;

/** A manual's part number before a heading's words: "1.3 Our Vision", "2) Our purpose". */
const PART_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+)?`;

/**
 * A heading about a statement: "Our purpose", "Acme's vision", "A new purpose", "What drives us",
 * "Why we exist" — after its number in a manual's numbered parts ("1.3 Our Vision").
 */
export const STATEMENT_HEADING = new RegExp(
  String.raw`^\W*${PART_NUMBER}(?:(?:our|the|its|their|an?|[\p{Lu}][\p{L}&-]*['’]s?)\s+)?(?:(?:new|current|revised|updated|refreshed|agreed|approved)\s+)?(?:mission|vision|purpose)\b|^\W*${PART_NUMBER}(?:what drives us|why we exist|why we(?:'|’)?re here|why we are here|what we(?:'|’)?re for|where we(?:'|’)?re (?:going|headed))`,
  "iu",
);

/** The statement kind a section is about, when its heading names only mission or vision. */
export function kindOf(section: SectionNodes): StatementKind | null {
  if (section.kind === "mission" || section.kind === "vision") return section.kind;
  return null;
}

/** A heading that names one concept ("Our Mission"), not several ("Mission, Vision and Values"). */
export function singleConcept(section: SectionNodes): boolean {
  // ("# Rovers unveil new vision as club looks beyond the pitch": a news headline tells of the
  // statement; the standfirst under it is the story's, not the statement.)
  if (headline(section.heading)) return false;
  const names = section.heading.match(/\b(?:mission|vision|values|purpose|principles|culture)\b/gi);
  const concepts = new Set((names ?? []).map((n) => n.toLowerCase())).size;
  // "Why we exist", "The long view": named by a phrase, about one thing.
  return concepts === 1 || (concepts === 0 && kindOf(section) !== null);
}

/** A news headline: a named subject and its verb opening a line of six words or more. */
function headline(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length < 6) return false;
  // (Its first words only: the check runs for each block under the heading, whatever its length.)
  const opening = words.slice(0, 8).join(" ");
  const tokens = tag(opening);
  const [subject, verb] = tokens;
  if ((subject?.pos === "PROPN" || subject?.pos === "NOUN") && verb?.pos === "VERB") return true;
  // A name of several words ("(The) Gorsemoor Building Society sets out …"): the tagger calls
  // the verb after it a noun, so it is asked again with the name as "It".
  const from = subject?.value === "The" ? 1 : 0;
  const name = tokens.findIndex((t, i) => i > from && !/^\p{Lu}/u.test(t.value));
  if (tokens[from]?.pos !== "PROPN" || name - from < 2) return false;
  const rest = opening.slice((tokens[name] as { start: number }).start);
  return tag(`It ${rest}`)[1]?.pos === "VERB";
}
