/**
 * Readability keeps its top-scored block and only those siblings that score as text, so an
 * article split across sibling wrappers loses the ones that score low: a CMS's card grid or
 * accordion between two body fields, a site builder's short section beside the long one
 * (Weebly's `wsite-section-wrap`, each nested too deep for the scores to reach the stack). Put
 * back, from the page as Readability was given it (its elements numbered, dropped-headings.ts):
 * - each block with text between two blocks it kept that are siblings in the page;
 * - each wrapper with text next to one holding what it kept, of the same kind (a stack's other
 *   sections: tag and first class), up to the first sibling of another kind.
 * A block of links (to more posts) stays out, and so does a block of another kind before or after
 * the article.
 */
import { parseHTML } from "linkedom";
import { sectionKind } from "../pipeline/read/sections.js";
import { elementText, HEADING } from "./chrome.js";
import { ORDER } from "./dropped-headings.js";

const orderOf = (element: Element) => Number(element.getAttribute(ORDER));

/**
 * The share of a block's text in links from which it is links to elsewhere ("More from the
 * quay"), not a section: Readability's own bar for a sibling paragraph.
 */
const MAX_LINK_DENSITY = 0.25;

const linkDensity = (element: Element, text: string) =>
  [...element.querySelectorAll("a")].reduce((sum, a) => sum + elementText(a).length, 0) /
  text.length;

/** Puts back in `kept` (Readability's article, parsed) the sections it dropped from `pageHtml`. */
export function restoreSections(kept: Document, pageHtml: string): void {
  const keptElements = [...kept.body.querySelectorAll(`[${ORDER}]`)];
  const keptOrders = new Set(keptElements.map(orderOf));
  const outermost = keptElements.filter((e) => !e.parentElement?.closest(`[${ORDER}]`));
  const first = outermost[0];
  const last = outermost.at(-1);
  if (!first || !last) return;
  const { document: page } = parseHTML(`<!doctype html><html><body>${pageHtml}</body></html>`);
  const inPage = new Map([...page.body.querySelectorAll(`[${ORDER}]`)].map((e) => [orderOf(e), e]));
  const dropped = (element: Element) => {
    const text = elementText(element);
    return (
      Boolean(text) &&
      linkDensity(element, text) <= MAX_LINK_DENSITY &&
      ![element, ...element.querySelectorAll(`[${ORDER}]`)].some((e) => keptOrders.has(orderOf(e)))
    );
  };
  const copy = (elements: Element[]) => {
    const holder = kept.createElement("div");
    holder.innerHTML = elements.map((e) => e.outerHTML).join("");
    return [...holder.childNodes];
  };

  for (let i = 1; i < outermost.length; i++) {
    const next = outermost[i] as Element;
    const a = inPage.get(orderOf(outermost[i - 1] as Element));
    const b = inPage.get(orderOf(next));
    if (!a || !b || a.parentElement !== b.parentElement) continue;
    const between: Element[] = [];
    for (let s = a.nextElementSibling; s && s !== b; s = s.nextElementSibling)
      if (dropped(s)) between.push(s);
    next.before(...copy(between));
  }

  const pageFirst = inPage.get(orderOf(first));
  const pageLast = inPage.get(orderOf(last));
  if (!pageFirst || !pageLast) return;
  // From the two siblings that hold the first and the last kept block up to the page's top.
  let x: Element = pageFirst;
  while (x.parentElement && !x.parentElement.contains(pageLast)) x = x.parentElement;
  let y: Element = pageLast;
  while (y.parentElement && !y.parentElement.contains(pageFirst)) y = y.parentElement;
  let head: ChildNode = first;
  let tail: ChildNode = last;
  let articleLevel = true;
  for (;;) {
    const before = copy(run(x, "previousElementSibling").filter(dropped).reverse());
    const sameKind = run(y, "nextElementSibling");
    // (At the article's own level, a closing part Credo reads, of another kind: "<section><h2>Key
    // takeaways</h2>…" after a card grid of figures.)
    const closing = articleLevel ? closingParts(sameKind.at(-1) ?? y) : [];
    articleLevel = false;
    const after = copy([...sameKind, ...closing].filter(dropped));
    head.before(...before);
    tail.after(...after);
    head = before[0] ?? head;
    tail = after.at(-1) ?? tail;
    if (!x.parentElement || x.parentElement === page.body) return;
    x = x.parentElement;
    y = x;
  }
}

/**
 * The siblings of `element` one way of its kind, up to the first of another: the same tag and the
 * same first class — a builder's sections vary their other classes by theme and height
 * (Squarespace's `page-section … dark`, `page-section … white`).
 */
function run(element: Element, way: "previousElementSibling" | "nextElementSibling"): Element[] {
  const kind = (e: Element) => `${e.tagName} ${e.getAttribute("class")?.trim().split(/\s+/)[0]}`;
  const found: Element[] = [];
  if (!element.getAttribute("class")?.trim()) return found;
  const own = kind(element);
  for (let s = element[way]; s && kind(s) === own; s = s[way]) found.push(s);
  return found;
}

/**
 * The siblings after `element` that a heading naming a closing part leads ("Key takeaways",
 * "FAQ"): parts of the article, though a page builder wraps them apart from its text.
 */
function closingParts(element: Element): Element[] {
  const found: Element[] = [];
  for (let s = element.nextElementSibling; s; s = s.nextElementSibling) {
    const heading = HEADING.test(s.tagName) ? s : s.querySelector("h1, h2, h3, h4, h5, h6");
    const title = heading ? elementText(heading) : "";
    const kind = title ? sectionKind(title) : "other";
    if ((kind === "takeaways" || kind === "faq") && elementText(s).startsWith(title)) found.push(s);
  }
  return found;
}
