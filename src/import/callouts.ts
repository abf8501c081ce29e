/**
 * Callout boxes: an icon beside a block of text (Ghost's `kg-callout-card`, Notion's
 * `notion-callout-block`). Converted as they stand, the icon would be a paragraph of its own
 * between the texts, and a run of callouts each opening on a bold name ("**Riders first.** Riders
 * are paid …") would not read as the named items a reader sees. The icon opens the text's first
 * line instead. Done on the page before Readability, which drops the class names.
 */
import { classTokens, elementText as textOf } from "./chrome.js";

/** A callout box's class: "kg-callout-card", "notion-callout-block", "callout". */
const CALLOUT = /(?:^|[-_])callout(?:[-_](?:card|block|box))?$/i;
/** An icon's class: "kg-callout-emoji", "notion-record-icon", "icon". */
const ICON = /(?:^|[-_])(?:emoji|icon)$/i;
/** An icon shows no words: an emoji or a symbol, a few characters. */
const ICON_TEXT = /^[^\p{L}\p{N}]{1,8}$/u;
const BLOCK = /^(?:P|DIV|H[1-6]|LI|BLOCKQUOTE)$/;

/**
 * The icon and the text's first line open the box: only its first elements are looked at, so
 * a page of callouts nested in callouts stays linear.
 */
const LOOKED_AT = 40;

/** The box's first elements, in document order. */
function opening(box: Element): Element[] {
  const found: Element[] = [];
  const stack = [...box.children].reverse();
  while (stack.length > 0 && found.length < LOOKED_AT) {
    const element = stack.pop() as Element;
    found.push(element);
    stack.push(...[...element.children].reverse());
  }
  return found;
}

export function calloutIcons(document: Document): void {
  for (const box of document.querySelectorAll("[class]")) {
    if (!classTokens(box).some((t) => CALLOUT.test(t))) continue;
    const first = opening(box);
    const icon = first.find((e) => classTokens(e).some((t) => ICON.test(t)));
    const symbol = icon ? textOf(icon) : "";
    if (!icon || !ICON_TEXT.test(symbol)) continue;
    const text = firstLine(first, icon);
    if (!text) continue;
    icon.remove();
    text.prepend(`${symbol} `);
  }
}

/**
 * The element the callout's text starts in, after its icon: the first block whose first child
 * is text or inline markup (a <p>, or a div of text and bold runs).
 */
function firstLine(elements: Element[], icon: Element): Element | undefined {
  for (const element of elements) {
    if (element === icon || icon.contains(element) || !BLOCK.test(element.tagName)) continue;
    const first = [...element.childNodes].find(
      (n) => n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.textContent ?? "")),
    );
    if (first && (first.nodeType === 3 || !BLOCK.test((first as Element).tagName))) return element;
  }
  return undefined;
}
