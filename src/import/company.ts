/**
 * The company an imported text is about, guessed by Credo's own reader (src/pipeline/read/meta.ts:
 * the name that owns the statements, else the title's), so the front matter says what `credo
 * check` would have guessed and the two never disagree — unless the page says better.
 * An organisation's own page names itself in its header, logo and footer, which the import drops
 * as chrome, so its text often says only "Harbour Lights" or "the school": the site's name
 * ("Harbour Lights Young Carers") is taken when the reader found part of it and the text — or the
 * page's own title, `titleSite` being the site's name cut from its heading — spells the whole out
 * too; else the short name is what the page calls itself ("Carrick Vane" on the site of Carrick
 * Vane Solicitors). It is taken too when the reader could only pick a name from the text at
 * large. But the full name the page's opening gives itself as its subject ("Millbrook and Tarne
 * Valley Hospitals NHS Foundation Trust runs …") outranks a site name that shortens it
 * ("Millbrook Hospitals") and a name from the text at large (the council that runs a museum, on
 * the council's site). A third-party page's site name is its publisher's, which the reader's
 * guess from the title or the statements' owner is kept over. A person's own site (named after
 * its author) names no company, and a company's blog ("Ferrow Notes") names the company less its
 * kind; the footer's copyright holder stands in for a site's name the page does not give.
 */

import { escapeRegExp, wordPattern } from "../base/regexp.js";
import { openingName } from "../pipeline/read/meta.js";
import { isPersonName } from "../pipeline/read/people.js";
import { isSectionName } from "./section-names.js";

/** What the page says of its site (src/import/page-meta.ts). */
export interface SiteNames {
  siteName?: string;
  /** The site's name as the page's own title spells it. */
  titleSite?: string;
  /** The holder the footer's copyright line names. */
  owner?: string;
  author?: string;
}

export async function guessCompany(
  title: string,
  body: string,
  page: SiteNames = {},
): Promise<{ company: string; from: string }> {
  // Loaded on first use (~500 modules): a refused source is said without waiting for the parser.
  const { parseContent } = await import("../pipeline/process.js");
  const { model, file } = await parseContent({ path: "import.md", value: body });
  const guess = file.data.guesses?.find((g) => g.field === "company");
  const company = model.meta.company;
  const from = guess?.from ?? (company === title ? "the title" : "the text");
  const siteName = siteCompany(page, body);
  const owner = ownerCompany(page, body);
  const own = openingName(body.split(/\n{2,}/), body);
  if (own && (from === "the text" || (siteName !== undefined && shortens(siteName, own))))
    return { company: own, from: own === company ? from : "the opening sentence" };
  // A person ("Karl Brenner opened his workshop …") is no company: the site's own name, else the
  // copyright holder its footer names, says whose page it is. (Not a name the title gives: the
  // page's subject, which the text may well quote — "X says …".)
  if (company && !title.includes(company) && isPersonName(company, [body])) {
    if (siteName) return { company: siteName, from: "the site's name" };
    if (owner) return { company: owner, from: "the page's copyright line" };
  }
  // "Our vision", "Smile-worthy careers": a title that names a section, and a slogan before one.
  if (from === "the title" && namesNoOne(title, company, body)) {
    if (siteName) return { company: siteName, from: "the site's name" };
    if (owner) return { company: owner, from: "the page's copyright line" };
  }
  const spelt = siteName !== undefined && (body.includes(siteName) || page.titleSite === siteName);
  if (
    siteName &&
    siteName !== company &&
    (from === "the text" || (spelt && partOf(company, siteName)))
  )
    return { company: siteName, from: "the site's name" };
  // ("Our mission at Brindle Health is …" in a customer's quote on Quillmark Analytics' own page:
  // the site's name, which the text writes more often than the statements' owner, is the page's.)
  if (
    siteName &&
    from === "the statements' wording" &&
    siteCount(body, siteName, company) > wordCount(body, company)
  )
    return { company: siteName, from: "the site's name" };
  // ("Northlight Assembly is a twelve-person studio in Leith" on its own page, a client's
  // "Clearview's own mission" among its projects: the text says what the site's owner is, and
  // never what the statements' owner is.)
  if (
    siteName &&
    from === "the statements' wording" &&
    describes(body, siteName) &&
    !describes(body, company) &&
    !describes(body, company.split(/\s+/)[0] ?? "")
  )
    return { company: siteName, from: "the site's name" };
  // (No site's name: the copyright holder, over a name from the text at large — "Dot Harlow's garage".)
  if (owner && !siteName && from === "the text")
    return { company: owner, from: "the page's copyright line" };
  return { company, from };
}

/** A person's own site ("Marcus Oyelaran", its author) is no company's. */
const personal = (name: string, author: string | undefined, body: string) =>
  name === author || isPersonName(name, [body]);

/** A blog's or newsletter's name: its company's name, then what kind of publication it is. */
const PUBLICATION =
  /^(.+?)\s+(?:Notes|Blog|Journal|Diary|Newsletter|Bulletin|Digest|Updates|Stories)$/u;

/**
 * The site's name as the company's: none on a person's own site; a company blog's ("Ferrow
 * Notes") less its kind when the text writes the company's name ("Ferrow") and never the blog's.
 */
function siteCompany({ siteName, author }: SiteNames, body: string): string | undefined {
  if (!siteName || personal(siteName, author, body) || PLATFORM.test(siteName)) return undefined;
  const company = PUBLICATION.exec(siteName)?.[1];
  return company && !body.includes(siteName) && wordCount(body, company) >= 2 ? company : siteName;
}

/**
 * A publishing platform's own name as a post's site name ("Medium", "Substack", "LinkedIn"):
 * the site hosts many writers, it is none's company.
 */
const PLATFORM =
  /^(?:Medium|Substack|LinkedIn|Blogger|Blogspot|Tumblr|WordPress(?:\.com)?|Ghost|Quora|Reddit|Notion|GitHub|Stack\s+(?:Overflow|Exchange)|Wattpad|Hashnode|DEV(?:\s+Community)?|Dev\.to|Facebook|X|Twitter|Instagram|YouTube)$/i;

/** A registered name's legal form: "Ltd", "LLP", "GmbH". */
const LEGAL_FORM = /,?\s+(?:Ltd|Limited|LLP|LLC|plc|PLC|Inc|GmbH|AG|CIC|Pty(?:\s+Ltd)?)\.?$/u;

/** The copyright holder as the text writes it ("Quillstack" for "Quillstack GmbH"), no person. */
function ownerCompany({ owner, author, siteName }: SiteNames, body: string): string | undefined {
  // (On a platform's page the copyright line is the platform's: "© A Medium Corporation".)
  if (!owner || personal(owner, author, body) || PLATFORM.test(siteName ?? "")) return undefined;
  const short = owner.replace(LEGAL_FORM, "");
  return !body.includes(owner) && wordCount(body, short) > 0 ? short : owner;
}

/**
 * How often the text writes the site's name, or its first word as a short name ("Quillmark") —
 * not a first word the owner shares ("Oxleaze Libraries" on Oxleaze Borough Council's site).
 */
function siteCount(body: string, siteName: string, company: string): number {
  const first = siteName.split(/\s+/)[0] ?? "";
  const short =
    first !== siteName &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(first) &&
    first !== "The" &&
    !company.startsWith(first);
  return Math.max(wordCount(body, siteName), short ? wordCount(body, first) : 0);
}

/** Whether a sentence of the text opens by saying what `name` is: "Northlight Assembly is a …". */
function describes(body: string, name: string): boolean {
  if (!name) return false;
  const pattern = String.raw`(?:^|[.!?]\s+)${escapeRegExp(name)}\s+(?:is|are)\s+(?:a|an|the|one)\s`;
  return new RegExp(pattern, "mu").test(body);
}

/** How often the text writes `name` as whole words. */
const wordCount = (body: string, name: string) => body.match(wordPattern(name, "gu"))?.length ?? 0;

/**
 * Whether the reader's guess from the title names no one: the title is a section's name ("Our
 * vision") or a sentence ("We make brands people choose twice."), or the guess is only the words
 * before one ("Smile-worthy careers") and the text, below its headings, never writes it.
 */
function namesNoOne(title: string, company: string, body: string): boolean {
  if (isSectionName(company) || SENTENCE.test(company)) return true;
  const rest = title.startsWith(company) ? title.slice(company.length) : "";
  const text = body.replace(/^#.*$/gmu, "");
  return rest.trim() !== "" && isSectionName(rest) && wordCount(text, company) === 0;
}

/** "We make brands people choose twice.": a hero's line in the title's place, a sentence. */
const SENTENCE = /[.!?]$|^(?:we|you|our|let['’]s)\s/i;

/** "Harbour Lights" is the start of "Harbour Lights Young Carers" (whole words). */
const partOf = (name: string, whole: string) =>
  name.length > 0 && whole.startsWith(name) && /^\s/.test(whole.slice(name.length));

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * "Greenway Food Co-op" shortens "Greenway Community Food Co-operative": each of its words, in
 * order, starts a word of the full name, which has more.
 */
function shortens(short: string, full: string): boolean {
  const fullWords = wordsOf(full);
  let at = 0;
  for (const word of wordsOf(short)) {
    while (at < fullWords.length && !fullWords[at]?.startsWith(word)) at += 1;
    if (at === fullWords.length) return false;
    at += 1;
  }
  return fullWords.length > wordsOf(short).length;
}
