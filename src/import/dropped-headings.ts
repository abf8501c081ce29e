/**
 * Readability keeps its top-scored block and only those siblings that score as text, so a
 * section's heading just before a block it kept ("Our values" over a grid of cards) is dropped:
 * the reader then sees the values without the heading that says they are values. Each element
 * is numbered in document order before Readability runs; a heading it dropped is put back before
 * the first element it kept after it, when nothing with text lies between the two in the page
 * (only wrappers of the kept element). A heading over a section Readability left out ("More
 * from the blog" over its links) stays out.
 */

import { HEADING, ownText } from "./chrome.js";

/** The attribute carrying an element's place in the page; removed before the HTML is converted. */
export const ORDER = "data-credo-order";

export interface Numbered {
  /** Each heading with text: its number and HTML, in document order. */
  headings: { order: number; html: string }[];
  /** Per element number: its parent's number (-1 for the root's children). */
  parent: number[];
  /** Per element number: the number of its last descendant (itself when it has none). */
  last: number[];
  /** Per element number: whether it holds text of its own (a text node child with letters). */
  hasText: boolean[];
  /** How deep the page nests its elements, at the most. */
  depth: number;
}

/** What Readability counts as phrasing content (its PHRASING_ELEMS, less the form controls). */
const PHRASING = new Set(
  "ABBR B BDO BR CITE CODE DATA DFN EM I IMG KBD MARK Q RUBY SAMP SMALL SPAN STRONG SUB SUP TIME VAR WBR A DEL INS".split(
    " ",
  ),
);

/**
 * A <div> holding only text (a card's "content-container") becomes the <p> Readability would make
 * it, keeping its number: Readability's own <p> is a new element, without it, so a heading it
 * dropped over that text ("Safety First" in a box's icon wrapper) would find nothing numbered to
 * be put back before.
 */
export function textDivsAsParagraphs(root: Element): void {
  for (const div of [...root.querySelectorAll("div")]) {
    // (Its own text, not its descendants': a page nesting text <div>s in <span>s stays linear.)
    if (!ownText(div)) continue;
    if (![...div.children].every((child) => PHRASING.has(child.tagName))) continue;
    const p = div.ownerDocument.createElement("p");
    for (const { name, value } of [...div.attributes]) p.setAttribute(name, value);
    p.append(...div.childNodes);
    div.replaceWith(p);
  }
}

/** Numbers every element of `root` in document order and records what restoring needs. */
export function numberElements(root: Element): Numbered {
  const numbered: Numbered = { headings: [], parent: [], last: [], hasText: [], depth: 0 };
  const headings: Element[] = [];
  // Depth first without recursion (a page may nest thousands of wrappers): each element with its
  // parent's number, its children pushed last to first so they are numbered in order.
  const stack: [Element, number, number][] = [...root.children]
    .reverse()
    .map((child) => [child, -1, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, parent, depth] = next;
    numbered.depth = Math.max(numbered.depth, depth);
    const order = numbered.parent.length;
    element.setAttribute(ORDER, String(order));
    numbered.parent.push(parent);
    numbered.last.push(order);
    numbered.hasText.push(ownText(element));
    if (HEADING.test(element.tagName)) headings.push(element);
    for (const child of [...element.children].reverse()) stack.push([child, order, depth + 1]);
  }
  // An element's last descendant: numbers are given depth first, so a parent's subtree ends
  // where its last child's does.
  for (let order = numbered.parent.length - 1; order >= 0; order--) {
    const parent = numbered.parent[order] as number;
    if (parent >= 0)
      numbered.last[parent] = Math.max(
        numbered.last[parent] as number,
        numbered.last[order] as number,
      );
  }
  // The HTML after numbering, so a heading put back carries its descendants' numbers too (removed
  // with the rest).
  for (const heading of headings)
    if (heading.textContent?.trim())
      numbered.headings.push({
        order: Number(heading.getAttribute(ORDER)),
        html: heading.outerHTML,
      });
  return numbered;
}

/**
 * Puts back in `kept` (Readability's article, parsed) each heading it dropped right before
 * something it kept, then removes the numbers.
 */
export function restoreHeadings(kept: Document, numbered: Numbered): void {
  const elements = [...kept.body.querySelectorAll(`[${ORDER}]`)];
  const byOrder = new Map(elements.map((e) => [Number(e.getAttribute(ORDER)), e]));
  const sorted = [...byOrder.keys()].sort((a, b) => a - b);
  // Headings and kept elements are both in document order: one walk pairs them.
  let j = 0;
  for (const heading of numbered.headings) {
    while (j < sorted.length && (sorted[j] as number) <= heading.order) j++;
    const next = sorted[j];
    if (byOrder.has(heading.order) || next === undefined) continue;
    if (!onlyWrappersBetween(numbered, numbered.last[heading.order] as number, next)) continue;
    const holder = kept.createElement("div");
    holder.innerHTML = heading.html;
    byOrder.get(next)?.before(...holder.childNodes);
  }
  for (const element of kept.querySelectorAll(`[${ORDER}]`)) element.removeAttribute(ORDER);
}

/** Nothing after `from` and before `to` holds text, except `to`'s own ancestors. */
function onlyWrappersBetween({ parent, hasText }: Numbered, from: number, to: number): boolean {
  const ancestors = new Set<number>();
  for (let p = parent[to] as number; p > from; p = parent[p] as number) ancestors.add(p);
  for (let order = from + 1; order < to; order++)
    if (hasText[order] && !ancestors.has(order)) return false;
  return true;
}
