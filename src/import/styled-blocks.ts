/**
 * Markup a page shows by style alone, which the article pass strips (Readability drops `style`):
 * a span set in a bold weight ("font-weight:600", Notion's and Google Docs' bold) becomes
 * <strong>, and a run of Notion's bulleted or numbered list blocks — a marker "•" drawn in a div
 * beside each item's text — becomes one <ul> or <ol>, so a pillar's or a value's bold name over
 * its text comes through as a list item, not as a stray "•" line. A number badge drawn beside a
 * title is set apart from it by a space.
 */
import { classTokens as tokens } from "./chrome.js";

/** A bold weight in an inline style: "bold", "bolder", 600 to 900. */
const BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:;|$)/i;
/** Notion's mark of a block's line of text. */
const LEAF = "[data-content-editable-leaf]";
/** Notion's list block classes: the kind of list each is an item of. */
const LIST_BLOCK = /^notion-(bulleted|numbered)_list-block$/;

/** A number badge's whole text: "01", "3", "2." */
const BADGE = /^\s*\d{1,2}\.?\s*$/;

export function styledMarkup(document: Document): void {
  // A number badge drawn beside a title ("<span class=…rounded-full>01</span>Safety"): apart on
  // the page by its box, run into the title's first word once the style is gone.
  for (const badge of document.querySelectorAll("span, b, strong, i, em, small, sup, div")) {
    const text = badge.firstChild;
    const next = badge.nextSibling;
    if (
      text?.nodeType === 3 &&
      text === badge.lastChild &&
      BADGE.test(text.textContent ?? "") &&
      next?.nodeType === 3 &&
      /^\p{Lu}/u.test(next.textContent ?? "")
    )
      badge.after(" ");
  }
  for (const span of document.querySelectorAll("span[style]")) {
    if (
      !BOLD.test(span.getAttribute("style") ?? "") ||
      span.closest("strong, b, h1, h2, h3, h4, h5, h6")
    )
      continue;
    const strong = document.createElement("strong");
    strong.append(...span.childNodes);
    span.replaceWith(strong);
  }
  for (const block of document.querySelectorAll("[class]")) {
    const kind = listKind(block);
    // (A run's first block starts the list; the blocks after it join it in turn.)
    if (!kind || !block.isConnected || listKind(block.previousElementSibling) === kind) continue;
    const list = document.createElement(kind === "bulleted" ? "ul" : "ol");
    block.before(list);
    for (let item: Element | null = block; item && listKind(item) === kind; ) {
      const next: Element | null = item.nextElementSibling;
      list.append(listItem(document, item));
      item = next;
    }
  }
}

function listKind(element: Element | null): string | undefined {
  if (!element) return undefined;
  for (const token of tokens(element)) {
    const kind = LIST_BLOCK.exec(token)?.[1];
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The block as an <li>: its line of text first (Notion marks it `data-content-editable-leaf`), so
 * the list stays tight, then anything else it holds (a nested list); the drawn marker (the
 * non-editable "•" or "1.") left out.
 */
function listItem(document: Document, block: Element): Element {
  // (On a published page every block is read-only, its text too: the marker is the read-only
  // part that holds no text leaf.)
  // (What holds a leaf is marked once, from each leaf up to the first ancestor already marked:
  // linear however deep the page nests its read-only parts.)
  const holdsLeaf = new Set<Element>();
  for (const leaf of block.querySelectorAll(LEAF))
    for (let at: Element | null = leaf; at && !holdsLeaf.has(at); at = at.parentElement)
      holdsLeaf.add(at);
  for (const marker of block.querySelectorAll('[contenteditable="false"]'))
    if (marker.isConnected && !holdsLeaf.has(marker)) marker.remove();
  const item = document.createElement("li");
  const line = block.querySelector(LEAF);
  if (line) {
    item.append(...line.childNodes);
    line.remove();
  }
  if (/\S/.test(block.textContent ?? "")) item.append(...block.childNodes);
  block.remove();
  return item;
}
