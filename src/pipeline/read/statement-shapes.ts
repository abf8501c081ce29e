/**
 * How a block sets a line off: a quotation (a blockquote, a quoted line, or one line in italics
 * or bold), a caption line in italics, a paragraph all in bold, a pull quote signed by a person.
 * The statement reader asks these of a block before it reads a line there as the statement.
 */
import type { DocBlock } from "./blocks.js";
import { foldQuotes } from "./sentences.js";
import { plainText } from "./text.js";

/**
 * "*Aspirational — what we want to become*": an italic label line under a heading; "**Table 1:
 * Acme's mission against the nine components**": a numbered table's or figure's caption, however
 * set.
 */
export function isCaption(block: DocBlock): boolean {
  if (block.node.type !== "paragraph") return false;
  const [only, ...others] = block.node.children;
  if (NUMBERED_CAPTION.test(plainText(block.node))) return true;
  return (
    others.length === 0 &&
    only?.type === "emphasis" &&
    /^\W*[\p{Lu}][\p{L}-]*\s*[—–:]\s/u.test(plainText(only))
  );
}

const NUMBERED_CAPTION =
  /^\W*(?:Table|Figure|Fig\.|Chart|Exhibit|Box|Diagram|Plate)\s+\d+[a-z]?(?:\.\d+)?\s*[—–:.]\s/u;

/**
 * "*Continue to: Risks and risk management, page 16*", "Turn to page 9 for our plans", "*Section C:
 * Project Details →*": a pointer to another of the document's pages or parts, furniture and no
 * statement.
 */
export const PAGE_POINTER =
  /^\W*(?:[^.!?]{1,60}\s[→»]\W*$|[←«]\s|continued?\s+(?:to|on)\b(?:\s+page\s+\d+)?\s*:|(?:turn|go|skip|jump|continue[ds]?)\s+(?:on\s+)?to\s+(?:page|p\.)\s*\d+\b|(?:see|read\s+more|more)\b[^.!?]{0,60}(?:page|p\.)\s*\d+\W*$)/i;

/** A blockquote signed after its closing mark: "> “…” > — Ann Lee, Managing Partner". */
export function signedQuote(block: DocBlock): boolean {
  return (
    block.node.type === "blockquote" &&
    /["”]\s*[—–-]\s*\p{Lu}[^"“”]{0,80}$/u.test(plainText(block.node))
  );
}

/**
 * A signed blockquote whose signer leads the company ("— Harriet Cinderwick, managing director"):
 * its "We're here to …" speaks for the company, not for one person.
 */
export function signedByLeader(block: DocBlock): boolean {
  return signedQuote(block) && LEADER.test(plainText(block.node).slice(-100));
}
const LEADER =
  /[—–-]\s*\p{Lu}[^"“”]{0,60}\b(?:managing\s+director|chief\s+executive|ceo|co-?founder|founder|chair(?:man|woman|person)?|owner|president|headteacher|principal)\b/iu;

/**
 * A short sentence set entirely in italics or bold: a strapline ("*Every moment matters.*"), not a
 * label ("**Advantages**").
 */
export function strapline(block: DocBlock): boolean {
  const [only, ...others] = block.node.type === "paragraph" ? block.node.children : [];
  const text = plainText(block.node).trim();
  return (
    others.length === 0 &&
    (only?.type === "emphasis" || only?.type === "strong") &&
    /[.!]$/.test(text) &&
    text.split(/\s+/).length <= 6
  );
}

/** A paragraph set entirely in bold. */
export function boldLine(block: DocBlock): boolean {
  const [only, ...others] = block.node.type === "paragraph" ? block.node.children : [];
  return others.length === 0 && only?.type === "strong";
}

export function isQuotation(block: DocBlock): boolean {
  if (block.node.type === "blockquote") return true;
  if (block.node.type !== "paragraph") return false;
  // A line set in italics or bold under the heading is the statement set off, as a quotation is.
  const [only, ...others] = block.node.children;
  const text = foldQuotes(plainText(block.node)).trim();
  // (Not a line that labels a quotation in it, "_Acme mission statement: "To …"_": the quoted
  // words are the statement, read as any labelled quotation is.)
  if (!others.length && (only?.type === "emphasis" || only?.type === "strong"))
    return !/:\s*["']/.test(text);
  // (With where it comes from after it: `"…" (Annual report, p. 3.)`.)
  const [, quote, source] = /^(["'][^"]+["'][.!]?)(?:\s*(\(.*))?$/.exec(text) ?? [];
  return quote !== undefined && (source === undefined || CITATION.test(source));
}

/** The company's own documents a wording is quoted from: "annual report", "About page". */
export const OWN_DOCUMENT = String.raw`\b(?:report|review|page|site|website|brochure|booklet|handbook|prospectus|charter|strategy|plan|leaflet|poster|accounts|filing|app)\b`;

/** "John 10:10 – our school verse", "— 1 Corinthians 16:14": a verse's book, chapter and verse. */
export const VERSE_REFERENCE =
  /^[\W_]*(?:[1-3]\s*)?\p{Lu}\p{Ll}+\.?\s+\d{1,3}:\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?![\d:])/u;

/**
 * "(Annual report, p. 3.)": one of the company's documents in brackets, alone after a quotation
 * (not a verse, "(John 10:10)": someone else's words the page borrows).
 */
export const CITATION = new RegExp(
  String.raw`^\(\s*[^()"]{0,40}${OWN_DOCUMENT}[^()"]{0,40}\)\.?$`,
  "i",
);
