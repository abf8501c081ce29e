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
import { HEADING, headingLevel, outermost, elementText as textOf } from "./chrome.js";

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

/**
 * The heading level the element's classes call for, and whether they name it ("h3") rather than
 * only a size; undefined when they name no title.
 */
function levelOf(element: Element): { level: number; named: boolean } | undefined {
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
  if (level !== undefined) return { level, named: true };
  return titled ? { level: small ? 3 : 2, named: false } : undefined;
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

/**
 * Each such line's level: the one its class names ("h3"), else a part's (or a small part's) but
 * at least one below the real heading whose section holds it — a card's title in the section
 * "Our values" opens is one of its parts (as disclosures.ts places a tab's title), while a box's
 * title after a run of flat headings ("Key takeaways") is no part of the last one. A line made a
 * heading opens a section too, for lines of another title class.
 */
export function divHeadingsAsHeadings(document: Document, title: string | undefined): void {
  labelEyebrows(document);
  let last: Element | undefined;
  /** The line made a heading since `last`, most recently, and the title classes it had. */
  let lastMade: { heading: Element; kind: string } | undefined;
  const made = new Set<Element>();
  /** Each wrapper's first real heading, found once (linear on pages of many cards). */
  const firsts = new Map<Element, Element | undefined>();
  /** Each wrapper's first heading, made ones counted. */
  const firstsMade = new Map<Element, Element | undefined>();
  for (const element of [
    ...document.querySelectorAll("div[class], p[class], h1, h2, h3, h4, h5, h6"),
  ]) {
    if (HEADING.test(element.tagName)) {
      if (!isProse(textOf(element))) [last, lastMade] = [element, undefined];
      continue;
    }
    const classed = levelOf(element);
    if (classed === undefined || !looksLikeHeading(element)) continue;
    const { level, named } = classed;
    const kind = titleKind(element);
    let outer =
      last && sectionHolds(last, element, firsts, (h) => !made.has(h)) ? levelOfTag(last) : 1;
    let sibling: number | undefined;
    // A builder's section title set in a <div> ("What we hold to") holds the boxes under it as a
    // real heading would; a line of the same title class as the last one made is its sibling
    // (the next box's title), at its level — never a part of it.
    if (lastMade?.kind === kind) sibling = levelOfTag(lastMade.heading);
    else if (lastMade && sectionHolds(lastMade.heading, element, firstsMade, () => true))
      outer = Math.max(outer, levelOfTag(lastMade.heading));
    const below = named ? Math.max(2, level) : (sibling ?? Math.min(6, Math.max(level, outer + 1)));
    const heading = document.createElement(`h${textOf(element) === title ? 1 : below}`);
    heading.append(...element.childNodes);
    element.replaceWith(heading);
    made.add(heading);
    lastMade = { heading, kind };
  }
}

/** The element's classes that name a title ("kt-blocks-info-box-title"), as one key. */
const titleKind = (element: Element) =>
  [...element.classList]
    .filter((token) => token.split(/[-_]+/).some((part) => TITLE_PART.test(part)))
    .join(" ");

/**
 * An eyebrow that names a statement or a set ("Our mission" in small caps over the mission set
 * large in an <h2>) is its section's heading — the chrome pass drops eyebrows, which mostly file
 * a post ("Case study"). It takes the level of the heading right after it, which, a sentence,
 * becomes its paragraph (proseHeadingsAsParagraphs).
 */
function labelEyebrows(document: Document): void {
  // One walk in document order: each eyebrow waits for the next heading (in a wrapper of its
  // own, perhaps, as builders set them) to learn its level.
  const waiting: Element[] = [];
  const label = (level: number) => {
    for (const eyebrow of waiting.splice(0)) {
      // (Over the page's title, "Our purpose" files the hero's slogan, no section.)
      if (level === 1) continue;
      const heading = eyebrow.ownerDocument.createElement(`h${level}`);
      heading.append(...eyebrow.childNodes);
      eyebrow.replaceWith(heading);
    }
  };
  for (const element of [...document.querySelectorAll("[class], h1, h2, h3, h4, h5, h6")]) {
    if (HEADING.test(element.tagName)) label(levelOfTag(element));
    else if (EYEBROW.test(element.getAttribute("class") ?? "") && LABEL.test(textOf(element)))
      waiting.push(element);
  }
  label(2);
}

/** An eyebrow's class: "eyebrow", "mission-block__eyebrow", "kicker", "overline". */
const EYEBROW = /(?:^|[\s_-])(?:eyebrow|kicker|overline)(?:$|[\s_-])/i;
/** What an eyebrow names when it labels a statement or a set. */
const LABEL =
  /^(?:our\s+|the\s+)?(?:mission|vision|purpose|values|core\s+values|principles|beliefs|mission\s+(?:and|&)\s+vision)$|^(?:why\s+we\s+exist|what\s+we\s+(?:believe|stand\s+for|value))$/i;

const levelOfTag = (heading: Element) => headingLevel(heading) ?? 1;

/**
 * The heading opens a section that holds the element: the smallest wrapper holding both opens on
 * that heading (no heading that `counts` before it there).
 */
function sectionHolds(
  heading: Element,
  element: Element,
  firsts: Map<Element, Element | undefined>,
  counts: (heading: Element) => boolean,
): boolean {
  let wrapper = element.parentElement;
  while (wrapper && !wrapper.contains(heading)) wrapper = wrapper.parentElement;
  if (!wrapper) return false;
  // (Lines become headings in document order, after the heading the wrapper holds: a wrapper's
  // first stays its first.)
  if (!firsts.has(wrapper))
    firsts.set(wrapper, [...wrapper.querySelectorAll("h1, h2, h3, h4, h5, h6")].find(counts));
  return firsts.get(wrapper) === heading;
}

/** A heading that is a full sentence this long is prose set large, not a part's name. */
const MIN_SENTENCE_WORDS = 9;

/** A long full sentence; a question is not (an FAQ's), nor a short one ("Fix it once."). */
export const isProse = (text: string) =>
  /[.!]["”’)]*$/.test(text) && text.split(" ").length >= MIN_SENTENCE_WORDS;

/**
 * Heading elements that hold a long full sentence ("Our mission is to … in hours, not weeks.")
 * become paragraphs: a site sets its statement large with a heading's tag, and read as a heading
 * the sentence would name a part instead of being its text. Done on the article Readability kept
 * (it drops a paragraph in a post's header that it keeps as a heading); never on the `title`.
 */
export function proseHeadingsAsParagraphs(document: Document, title: Element | null): void {
  for (const heading of [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]) {
    if (heading === title || !isProse(textOf(heading))) continue;
    const paragraph = document.createElement("p");
    paragraph.append(...heading.childNodes);
    heading.replaceWith(paragraph);
  }
}

/**
 * "<h2><div>#</div><div>Our values</div></h2>": a documentation site (GitBook) sets a heading's
 * words in wrapper <div>s beside its anchor. A heading holds a line of text; Readability makes
 * such wrappers paragraphs and may then drop them, leaving the heading empty. The wrappers go,
 * their contents stay.
 */
export function headingWrappersUnwrapped(document: Document): void {
  // (One walk of the page, knowing whether it is inside a heading: a heading's own search of its
  // subtree would cost a page of headings nested in headings the square of its depth.)
  const wrappers: Element[] = [];
  const stack: [Element, boolean][] = [[document.documentElement, false]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, inHeading] = next;
    for (const child of element.children) {
      if (inHeading && (child.tagName === "DIV" || child.tagName === "P")) wrappers.push(child);
      stack.push([child, inHeading || HEADING.test(child.tagName)]);
    }
  }
  for (const wrapper of wrappers.reverse()) {
    while (wrapper.firstChild) wrapper.before(wrapper.firstChild);
    wrapper.remove();
  }
}

/**
 * "<span role=heading aria-level=2>Ask the People team</span>": a heading marked only for
 * assistive technology (SharePoint's collapsible sections, React apps) becomes the heading it is
 * announced as, at its aria-level (a part's, `##`, without one). Inside the button that opens its
 * section (SharePoint's header), the button goes with it: the chrome pass drops controls. (Only a
 * control within a few levels: a climb to the top for each of many nested headings would cost the
 * square of their depth.)
 */
export function ariaHeadingsAsHeadings(document: Document): void {
  for (const element of outermost(document, (e) => e.getAttribute("role") === "heading")) {
    if (HEADING.test(element.tagName)) continue;
    const text = textOf(element);
    if (!text || text.split(" ").length > MAX_WORDS) continue;
    const level = Math.min(6, Math.max(1, Number(element.getAttribute("aria-level")) || 2));
    let control: Element | null = element.parentElement;
    for (let up = 0; control && up < CONTROL_DEPTH && !CONTROL.test(control.tagName); up++)
      control = control.parentElement;
    const opener = control && CONTROL.test(control.tagName) && textOf(control) === text;
    const heading = document.createElement(`h${level}`);
    heading.append(...element.childNodes);
    (opener ? control : element)?.replaceWith(heading);
  }
}
const CONTROL = /^(?:BUTTON|SUMMARY)$/;
const CONTROL_DEPTH = 3;
