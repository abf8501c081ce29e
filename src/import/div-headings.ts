/**
 * Headings a site builds without heading elements: an old CMS's `<div class="sectiontitle">`,
 * Wix's `<div class="heading-l">`, Webflow's `<p class="heading-style-h3">` or a card's
 * `<div class="…card-label">OUR VISION</div>`. The reader finds a page's parts by its headings
 * (a Mission section, a Values section), so each such line — a short line of its own, named a
 * title by its class — becomes the heading it looks like: the level its class names ("h3"),
 * else a part's (`##`); the page's title line an `<h1>`, which the import writes as the file's
 * title. Not a name inside a list's item (a repeater's team names), a sentence that happens to
 * carry a title class, or a subtitle or tagline.
 */

/** A class part that names a title: "sectiontitle", "section-title", "heading-xl", "card-label". */
const TITLE_PART = /(?:title|heading|headline|label)$/i;
/** A class part that names a level: "h3", "heading-style-h3". */
const LEVEL_PART = /^h([1-6])$/i;
/** Subtitles, taglines and kickers are lines over or under a heading, never one. */
const NOT_TITLE = /^(?:sub|tag|eyebrow|kicker|pre|over|super)/i;
/** A big or small heading class: "heading-xl", "title-sm". */
const SMALL_PART = /^(?:s|sm|small|xs|md|medium|m)$/i;
const INLINE = new Set(["SPAN", "STRONG", "B", "EM", "I", "A", "BR", "SMALL", "MARK", "ABBR"]);
const INSIDE_NOT =
  "li, [role=listitem], table, h1, h2, h3, h4, h5, h6, a, button, summary, dt, figcaption, blockquote, label";
const MAX_WORDS = 12;

const textOf = (element: Element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** The heading level the element's classes call for, or undefined when they name no title. */
function levelOf(element: Element): number | undefined {
  let titled = false;
  let level: number | undefined;
  let small = false;
  for (const token of element.classList) {
    for (const part of token.split(/[-_]+/)) {
      if (NOT_TITLE.test(part) && TITLE_PART.test(part)) return undefined;
      if (TITLE_PART.test(part)) titled = true;
      const numbered = LEVEL_PART.exec(part);
      if (numbered) level = Number(numbered[1]);
      if (SMALL_PART.test(part)) small = true;
    }
    if (NOT_TITLE.test(token)) return undefined;
  }
  if (level !== undefined) return level;
  return titled ? (small ? 3 : 2) : undefined;
}

function looksLikeHeading(element: Element): boolean {
  // Inline content only, checked first: a wrapper of blocks is never read for its text.
  if (![...element.children].every((child) => INLINE.has(child.tagName))) return false;
  const text = textOf(element);
  return (
    // (A figure's label, "lithium recovery rate" under "96%", starts in lower case.)
    /^\p{Lu}/u.test(text) &&
    text.split(" ").length <= MAX_WORDS &&
    !/[.,;]$/.test(text) &&
    element.parentElement?.closest(INSIDE_NOT) == null
  );
}

export function divHeadingsAsHeadings(document: Document, title: string | undefined): void {
  for (const element of [...document.querySelectorAll("div[class], p[class]")]) {
    const level = levelOf(element);
    if (level === undefined || !looksLikeHeading(element)) continue;
    const heading = document.createElement(
      `h${textOf(element) === title ? 1 : Math.max(2, level)}`,
    );
    heading.append(...element.childNodes);
    element.replaceWith(heading);
  }
}
