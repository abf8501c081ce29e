/**
 * A page builder's number counter ("38" over "<h3>Years at the bench</h3>", Divi's and
 * Elementor's figure modules) sets its label as a heading: in Markdown it would open a part of
 * the page named "Years at the bench", and a run of them reads as a list of named items. Each
 * becomes the one line the page shows, "38 Years at the bench" — with the figure its script
 * counts up to, which the saved page holds only in the module's data. Done before Readability,
 * while the module still holds its figure and its label side by side.
 */
import { elementText } from "./chrome.js";

/**
 * A figure alone: "38", "640", "1,200+", "95%", "£4.2m" — not a part's number ("01" over "Our
 * purpose", "3" over a step): a single digit or a leading zero numbers, it does not count.
 */
const FIGURE =
  /^(?:[£$€]\d[\d,.]*(?:k|m|bn)?|[1-9][\d,.]*\d\s*(?:%|k|m|bn)?\+?|\d(?:\.\d+)?\s*(?:%|k|m|bn)\+?)$/i;

/**
 * The attributes a counter's script counts up to: Divi's, Elementor's, countTo's, countUp's. The
 * page as saved holds an empty figure or "0" until the script runs.
 */
const COUNTER_ATTRIBUTES = [
  "data-number-value",
  "data-to-value",
  "data-to",
  "data-count-to",
  "data-countup",
  "data-counter",
  "data-count",
  "data-end-value",
];
const COUNTER = COUNTER_ATTRIBUTES.map((name) => `[${name}]`).join(", ");
const NUMBER = /^\d[\d,.]*$/;
/** The part of a counter module that shows its figure: "percent-value", "counter-number". */
const FIGURE_CLASS = /value|number|count/i;
/** A label beside a figure: a heading, or a line its class names one ("elementor-counter-title"). */
const LABEL = "h2, h3, h4, h5, h6, [class*=title], [class*=label]";

/**
 * Writes the figure each counter counts up to where its script would; returns the counters and
 * the parts between each and its figure — a counter's figure counts even as a single digit ("4
 * surgeries").
 */
function countersFilled(document: Document): Set<Element> {
  const counted = new Set<Element>();
  for (const counter of document.querySelectorAll(COUNTER)) {
    const value = COUNTER_ATTRIBUTES.map((name) => counter.getAttribute(name)?.trim() ?? "").find(
      (attribute) => NUMBER.test(attribute),
    );
    if (value === undefined) continue;
    const shows = (element: Element) =>
      element.children.length === 0 && /^0*$/.test(elementText(element));
    const figure = shows(counter) ? counter : figureIn(counter, shows);
    if (!figure) continue;
    figure.textContent = value;
    for (let part: Element | null = figure; part && part !== counter; part = part.parentElement)
      counted.add(part);
    counted.add(counter);
  }
  return counted;
}

/** A counter module is small: its figure is among its first elements (a bound that keeps pages of
 * counters nested in counters linear). */
const MODULE_SIZE = 40;

function figureIn(counter: Element, shows: (element: Element) => boolean): Element | undefined {
  const queue = [...counter.children];
  for (let k = 0; k < queue.length && k < MODULE_SIZE; k++) {
    const part = queue[k] as Element;
    if (FIGURE_CLASS.test(part.getAttribute("class") ?? "") && shows(part)) return part;
    for (const child of part.children) if (queue.length < MODULE_SIZE) queue.push(child);
  }
  return undefined;
}

/** Whether the element holds only a few elements (a figure, or its label). */
function small(element: Element): boolean {
  const stack = [element];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MODULE_SIZE) return false;
    const part = stack.pop() as Element;
    for (const child of part.children) if (stack.length <= MODULE_SIZE) stack.push(child);
  }
  return true;
}

export function figuresAsLines(document: Document): void {
  const counted = countersFilled(document);
  for (const label of document.querySelectorAll(LABEL)) {
    const parent = label.parentElement;
    if (!parent) continue;
    // (Two children, read by sibling links: a wide parent's `children` is built afresh per read.)
    const first = parent.firstElementChild;
    const second = first?.nextElementSibling;
    if (!first || !second || second.nextElementSibling) continue;
    const figure = first === label ? second : first;
    // (A figure is a few elements at most: a wrapper of the rest of the page, beside a title at
    // each level of a deep nest, is read no further.)
    if (!small(figure) || !small(label)) continue;
    const shown = elementText(figure);
    // (A price beside a line titled by its class is a shop's product card, no figure.)
    const price = /^[£$€]/.test(shown) && !/^H[2-6]$/.test(label.tagName);
    if (!counted.has(figure) && (price || !FIGURE.test(shown))) continue;
    const line = document.createElement("p");
    line.textContent = `${elementText(first)} ${elementText(second)}`;
    parent.replaceChildren(line);
  }
}
