/**
 * FAQ blocks of the page builders (Yoast's and Rank Math's FAQ blocks, theme accordions) show
 * each question as a bold line, a button or a `div` named "…question": they become `<h3>`, so
 * the Markdown has `### Question?` + answer, the form Credo reads. Done on the page before
 * Readability, which drops the class names that say what a line is.
 */

import {
  HEADING,
  headingLevel,
  ownText,
  elementText as text,
  classTokens as tokens,
} from "./chrome.js";

/** Class or id tokens that name a question line: "schema-faq-question", "rank-math-question". */
const QUESTION_TOKEN = /(?:^|[-_])(?:question|faq-q|accordion-title|accordion-header)(?:$|[-_])/i;
/** A container of FAQ items: "schema-faq", "rank-math-faq", "faq-list", "faqs", "accordion". */
const FAQ_TOKEN = /(?:^|[-_])(?:faqs?|accordion)(?:$|[-_])/i;

/**
 * What the page's elements are, read in one walk so that judging each candidate costs no more than
 * itself: the last character each one's text ends on, which ones an FAQ container holds, and where
 * each one's part of the page starts and ends in document order. (A candidate's own text, a climb
 * to the top from each — isConnected is one, in linkedom — would cost a page nested deep the square
 * of its depth.)
 */
interface PageFacts {
  lastChar: Map<Element, string>;
  inFaq: Set<Element>;
  /** Each element's place in document order, and the place just after its last descendant. */
  start: Map<Element, number>;
  end: Map<Element, number>;
}

function pageFacts(document: Document): PageFacts {
  const lastChar = new Map<Element, string>();
  const inFaq = new Set<Element>();
  const start = new Map<Element, number>();
  const end = new Map<Element, number>();
  // Pre-order (document order: children pushed last first) for the containers and the places,
  // then post-order for the last characters and the ends.
  const order: Element[] = [];
  const stack: [Element, boolean][] = [[document.documentElement, false]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, inside] = next;
    start.set(element, order.length);
    order.push(element);
    if (inside) inFaq.add(element);
    const holds = inside || tokens(element).some((t) => FAQ_TOKEN.test(t));
    // (The children read once: linkedom builds the list afresh on each read.)
    const children = element.children;
    for (let k = children.length - 1; k >= 0; k--) stack.push([children[k] as Element, holds]);
  }
  for (const element of order.reverse()) {
    let last = "";
    for (let node = element.lastChild; node && last === ""; node = node.previousSibling)
      last =
        node.nodeType === 1
          ? (lastChar.get(node as Element) ?? "")
          : node.nodeType === 3
            ? (node.textContent ?? "").trimEnd().slice(-1)
            : "";
    lastChar.set(element, last);
    const child = element.lastElementChild;
    end.set(element, child ? (end.get(child) ?? 0) : (start.get(element) ?? 0) + 1);
  }
  return { lastChar, inFaq, start, end };
}

function isQuestionLine(element: Element, facts: PageFacts): boolean {
  if (HEADING.test(element.tagName) || facts.lastChar.get(element) !== "?") return false;
  if (tokens(element).some((t) => QUESTION_TOKEN.test(t))) return true;
  // A bold line of its own, or an accordion's button, inside an FAQ container.
  return (
    /^(?:STRONG|B|BUTTON)$/.test(element.tagName) &&
    facts.inFaq.has(element) &&
    standsAlone(element)
  );
}

/** The bold text is the whole of its paragraph, or a block-level child of a container. */
function standsAlone(element: Element): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  return parent.tagName !== "P" || text(parent) === text(element);
}

/**
 * The answer a question's button opens: by aria-controls, when the page has it, else the closed
 * panel right after an expand button ("<button aria-expanded=false>…</button><div hidden>").
 */
function answerPanel(document: Document, control: Element): Element | null {
  const id = control.getAttribute("aria-controls")?.trim().split(/\s+/)[0];
  return id ? document.getElementById(id) : closedAfter(control);
}

/**
 * The hidden element right after an expand control (aria-expanded), if there is one: hidden by
 * attribute, or by the class a CSS framework closes it with (Tailwind's `hidden`, Bootstrap's
 * `collapse` and `d-none`).
 */
export function closedAfter(control: Element): Element | null {
  const next = control.nextElementSibling;
  const closed =
    next !== null &&
    (next.hasAttribute("hidden") ||
      next.getAttribute("aria-hidden") === "true" ||
      [...next.classList].some((token) => CLOSED_CLASS.test(token)));
  return control.hasAttribute("aria-expanded") && closed ? next : null;
}
const CLOSED_CLASS = /^(?:hidden|collapse|d-none|is-hidden|is-collapsed)$/;

/** The wrappers a question line may sit in alone: a paragraph, a heading, a builder's button. */
const WRAPPER = /^(?:P|H[1-6]|DIV|SPAN|BUTTON|A)$/;
/** How far up a question's wrappers are looked for, and how many children one may have. */
const MAX_WRAPPERS = 3;
const MAX_WRAPPER_CHILDREN = 4;

/**
 * What a question line replaces: the outermost of the (few, small) wrappers holding it and no
 * other text — "<h4><button>…?</button></h4>", Spectra's "uagb-faq-questions-button" beside its
 * icon — which the chrome pass would otherwise drop as a control, heading and all. A wrapper's
 * other children are known to be empty by the last character of their text.
 */
function wrapperOfOnly(element: Element, facts: PageFacts): Element {
  let replaced = element;
  for (let k = 0; k < MAX_WRAPPERS; k++) {
    const parent = replaced.parentElement;
    if (!parent || !WRAPPER.test(parent.tagName)) break;
    const children = parent.children;
    if (children.length > MAX_WRAPPER_CHILDREN) break;
    const alone =
      [...children].every((child) => child === replaced || !facts.lastChar.get(child)) &&
      !ownText(parent);
    if (!alone) break;
    replaced = parent;
  }
  return replaced;
}

export function faqQuestionsAsHeadings(document: Document): void {
  const made = new Set<Element>();
  const facts = pageFacts(document);
  // (What a replaced element held is gone from the page: document order skips past it.)
  let gone = -1;
  // A question is a part of the section the last heading before it opens: one level below it
  // (below "### Common questions", a `####`), a part's (`###`) at the least.
  let level = 2;
  for (const element of [
    ...document.querySelectorAll("h1, h2, h3, h4, h5, h6, strong, b, div, span, button, p, dt"),
  ]) {
    const own = headingLevel(element);
    if (own !== undefined) {
      // (Not a question's own heading, which a button sits in: "<h4><button>…?</button></h4>".)
      if (facts.lastChar.get(element) !== "?") level = own;
      continue;
    }
    if ((facts.start.get(element) ?? 0) < gone || !isQuestionLine(element, facts)) continue;
    // (Found before the button goes: the answer right after it is known by its place.)
    const panel = answerPanel(document, element);
    const heading = document.createElement(`h${Math.min(6, Math.max(3, level + 1))}`);
    heading.textContent = text(element);
    const replaced = wrapperOfOnly(element, facts);
    gone = Math.max(gone, facts.end.get(replaced) ?? gone);
    replaced.replaceWith(heading);
    made.add(heading);
    // (The button opened its answer, shipped closed: with the button gone, nothing would show it,
    // and the chrome pass removes what is hidden.)
    panel?.removeAttribute("hidden");
    panel?.removeAttribute("aria-hidden");
  }
  // An accordion set as a list (Squarespace's "accordion-items-container"): each item a question
  // and its answer, not a bullet — the items' contents stand in the list's place.
  for (const list of [...document.querySelectorAll("ul, ol")]) {
    const items = [...list.children];
    // (Its first child with text: an item may open on a drawn divider, "accordion-divider".)
    const questions = items.every((item) => {
      if (item.tagName !== "LI") return false;
      let first = item.firstElementChild;
      while (first && !made.has(first) && !/\S/.test(first.textContent ?? ""))
        first = first.nextElementSibling;
      return first !== null && made.has(first);
    });
    if (items.length > 0 && questions)
      list.replaceWith(...items.flatMap((item) => [...item.childNodes]));
  }
}
