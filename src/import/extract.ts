/**
 * The article of an HTML page, as HTML: parsed with linkedom (a DOM without scripting or
 * networking: no script runs and no image, stylesheet or frame is requested), the chrome removed
 * (chrome.ts), then Readability picks the main content. The page's own metadata and JSON-LD FAQ
 * are read first, since Readability and the cleaning remove them.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ariaTablesAsTables } from "./aria-tables.js";
import { calloutIcons } from "./callouts.js";
import { removeChrome } from "./chrome.js";
import { disclosuresAsHeadings } from "./disclosures.js";
import {
  ariaHeadingsAsHeadings,
  divHeadingsAsHeadings,
  headingWrappersUnwrapped,
  proseHeadingsAsParagraphs,
} from "./div-headings.js";
import {
  type Numbered,
  numberElements,
  restoreHeadings,
  textDivsAsParagraphs,
} from "./dropped-headings.js";
import { restoreSections } from "./dropped-sections.js";
import { ImportError } from "./errors.js";
import { type FaqItem, faqFromJsonLd } from "./faq-json-ld.js";
import { faqQuestionsAsHeadings } from "./faq-markup.js";
import { figuresAsLines } from "./figures.js";
import { heroIntoArticle } from "./hero.js";
import { type PageMeta, pageMeta } from "./page-meta.js";
import { styledMarkup } from "./styled-blocks.js";

export interface Extracted {
  meta: PageMeta;
  /** The article's HTML after its title heading (all of it when the title opens it or is gone). */
  html: string;
  /** What the article shows before its title heading (a site name, a breadcrumb), if anything. */
  lead?: string;
  /** The JSON-LD FAQ items whose question the article does not show itself. */
  faq: FaqItem[];
}

/** Readability's default (500 characters) refuses a short values page. */
const CHAR_THRESHOLD = 100;

/** The class the title heading is marked with, kept through Readability to find its place. */
const TITLE_MARK = "credo-title";

/** The classes a checklist's box is kept under through Readability, which drops every <input>. */
const BOX = { checked: "credo-box-checked", unchecked: "credo-box-unchecked" };

/**
 * Readability is given up when it keeps less than this share of the page's own article's text:
 * it scores a table's row above the short article around it and keeps only that row.
 */
const KEPT_AT_LEAST = 0.5;
/**
 * Of a page with no article of its own, the share of the body's text (the chrome gone) it must
 * keep: a page builder's page is a stack of sections, and Readability keeps the one it scores
 * highest (a tabs widget, a hero) and drops the rest (the mission beside it).
 */
const KEPT_OF_BODY_AT_LEAST = 0.8;
/**
 * Elements nested deeper than this are no page a site builder serves (the corpus's pages nest 19
 * at the most): Readability's time grows faster than the page there, so the page's own article —
 * else its body — is taken as it is.
 */
const MAX_READABLE_DEPTH = 120;
/** Deeper than this, no converter reads the page (each walks the tree by recursion). */
const MAX_DEPTH = 400;

/** Readability's "unlikely candidate" and negative-weight class words (its REGEXPS). */
const DISTRUSTED =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|hidden|^hid$| hid$| hid |^hid |com-|contact|foot|footnote|masthead|media|meta|outbrain|promo|scroll|share|shopping|tags|tool|widget/i;

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function extractArticle(html: string, where: string): Extracted {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  const faq = faqFromJsonLd(document);
  // First: the passes after it know headings by their tags.
  ariaHeadingsAsHeadings(document);
  // Before the article pass strips styles: bold and list items drawn by style alone.
  styledMarkup(document);
  // Before the chrome goes: an accordion's questions are often buttons.
  faqQuestionsAsHeadings(document);
  // Tabs and toggles hide their titles in controls the chrome pass removes.
  disclosuresAsHeadings(document);
  calloutIcons(document);
  figuresAsLines(document);
  ariaTablesAsTables(document);
  divHeadingsAsHeadings(document, meta.title);
  removeChrome(document);
  // (The page's own article, once its chrome is gone: the passes after this one keep it.)
  const ownMark = ownArticle(document);
  heroIntoArticle(document, ownMark);
  headingWrappersUnwrapped(document);
  // Readability drops every <aside>; the ones left inside the article are its callouts.
  for (const aside of document.querySelectorAll("article aside")) {
    const callout = document.createElement("div");
    callout.append(...aside.childNodes);
    aside.replaceWith(callout);
  }
  // The title is written as the file's `#` heading: its <h1> would come back as a `##` copy. The
  // first becomes a marked <h2>, to write the heading where the article has it (readMarks),
  // the rest go. (Not an <h1>: Readability would take it for the title, see below.)
  let marked = false;
  for (const h1 of document.querySelectorAll("h1")) {
    if (h1.textContent?.replace(/\s+/g, " ").trim() !== meta.title) continue;
    if (marked) {
      h1.remove();
      continue;
    }
    const mark = document.createElement("h2");
    mark.setAttribute("class", TITLE_MARK);
    mark.append(...h1.childNodes);
    h1.replaceWith(mark);
    marked = true;
  }
  // Readability drops the first heading whose words all occur in the title it read ("Mission
  // statement" under "X Mission Statement, Vision and Values"): give it no title to compare.
  for (const element of document.querySelectorAll(
    'title, meta[property$="title"], meta[name$="title"]',
  ))
    element.remove();
  // A checklist's boxes (`- [ ]`, `- [x]`): a <span> Readability keeps, made a box again after.
  for (const box of document.querySelectorAll("li input[type=checkbox]")) {
    const span = document.createElement("span");
    span.setAttribute("class", box.hasAttribute("checked") ? BOX.checked : BOX.unchecked);
    box.replaceWith(span);
  }
  textDivsAsParagraphs(document.body);
  const numbered = numberElements(document.body);
  if (numbered.depth > MAX_DEPTH)
    throw new ImportError(
      "too-deep",
      `${where}: its elements nest ${numbered.depth} deep, past the ${MAX_DEPTH} Credo reads (no site serves such a page; copy the article's text into a Markdown file instead)`,
    );
  // (The <html> element too: Readability's walk starts there, and a theme's layout classes on it
  // — Avada's "avada-html-header-position-top" — would make the whole page an unlikely candidate.)
  for (const element of [
    document.documentElement,
    document.body,
    ...document.body.querySelectorAll("[class],[id]"),
  ]) {
    const tokens = [...element.classList].filter((t) => !DISTRUSTED.test(t));
    if (DISTRUSTED.test(element.id)) element.removeAttribute("id");
    if (tokens.length > 0) element.setAttribute("class", tokens.join(" "));
    else element.removeAttribute("class");
  }
  const own = ownMark ?? document.body;
  const ownHtml = own.innerHTML;
  const ownText = squash(own.textContent ?? "");
  const parsed =
    numbered.depth > MAX_READABLE_DEPTH
      ? null
      : new Readability(document, {
          charThreshold: CHAR_THRESHOLD,
          disableJSONLD: true,
          classesToPreserve: [TITLE_MARK, BOX.checked, BOX.unchecked],
        }).parse();
  const article =
    parsed?.textContent &&
    squash(parsed.textContent).length >=
      (ownMark ? KEPT_AT_LEAST : KEPT_OF_BODY_AT_LEAST) * ownText.length
      ? { html: parsed.content ?? "", text: parsed.textContent, page: ownHtml }
      : { html: ownHtml, text: own.textContent ?? "" };
  if (!article.html || !article.text.trim())
    throw new ImportError(
      "no-article",
      `${where}: no article text found on the page (a page that builds its text with scripts shows none here, since no script runs: save it from a browser and import the saved file)`,
    );
  const { shown, ...marks } = readMarks(article.html, numbered, article.page);
  return {
    meta,
    ...marks,
    faq: faq.filter((f) => !squash(shown).includes(squash(f.question))),
  };
}

/** The page's own mark of its article, after the chrome is gone: its one <article>, else <main>. */
function ownArticle(document: Document): Element | undefined {
  for (const selector of ["article", "main, [role=main]"]) {
    const found = document.querySelectorAll(selector);
    if (found.length === 1) return found[0];
  }
  return undefined;
}

/**
 * The marks set before Readability, read back: the sections and headings it dropped from `page`
 * are put back (dropped-sections.ts, dropped-headings.ts), a checklist's boxes are made boxes
 * again, and the article's HTML is split around its marked title heading — what comes before it
 * (in document order, out of any wrappers) is the lead, the rest the article. Without a mark, all
 * is the article. `shown`: the text of all of it.
 */
function readMarks(
  html: string,
  numbered: Numbered,
  page?: string,
): { html: string; lead?: string; shown: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  if (page) restoreSections(document, page);
  restoreHeadings(document, numbered);
  const shown = document.body.textContent ?? "";
  // The file has one `#` heading, its title: a page's other <h1> (a hero's "Who we are" when the
  // title says "About us | Brand") is a part of it (Readability does the same to what it keeps).
  for (const h1 of document.querySelectorAll("h1")) {
    const h2 = document.createElement("h2");
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
  for (const span of document.querySelectorAll(`.${BOX.checked}, .${BOX.unchecked}`)) {
    const box = document.createElement("input");
    box.setAttribute("type", "checkbox");
    box.setAttribute("disabled", "");
    if (span.classList.contains(BOX.checked)) box.setAttribute("checked", "");
    span.replaceWith(box);
  }
  const title = document.querySelector(`.${TITLE_MARK}`);
  proseHeadingsAsParagraphs(document, title);
  if (!title) return { html: document.body.innerHTML, shown };
  const before: ChildNode[] = [];
  for (
    let node: ChildNode | null = title;
    node && node !== document.body;
    node = node.parentElement
  )
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling)
      before.unshift(sibling);
  const lead = before.some((node) => node.textContent?.trim())
    ? before.map((node) => (node.nodeType === 1 ? (node as Element).outerHTML : escapeText(node)))
    : [];
  if (lead.length > 0) for (const node of before) node.remove();
  title.remove();
  return {
    html: document.body.innerHTML,
    shown,
    ...(lead.length > 0 ? { lead: lead.join("") } : {}),
  };
}

const escapeText = (node: ChildNode) =>
  node.nodeType === 3
    ? (node.textContent ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    : "";
