/**
 * A page builder's number counter ("38" over "<h3>Years at the bench</h3>", Divi's and
 * Elementor's figure modules) sets its label as a heading: in Markdown it would open a part of
 * the page named "Years at the bench", and a run of them reads as a list of named items. Each
 * becomes the one line the page shows, "38 Years at the bench". Done before Readability, while the
 * module still holds its figure and its label side by side.
 */
import { elementText } from "./chrome.js";

/**
 * A figure alone: "38", "640", "1,200+", "95%", "£4.2m" — not a part's number ("01" over "Our
 * purpose", "3" over a step): a single digit or a leading zero numbers, it does not count.
 */
const FIGURE =
  /^(?:[£$€]\d[\d,.]*(?:k|m|bn)?|[1-9][\d,.]*\d\s*(?:%|k|m|bn)?\+?|\d(?:\.\d+)?\s*(?:%|k|m|bn)\+?)$/i;

export function figuresAsLines(document: Document): void {
  for (const heading of document.querySelectorAll("h2, h3, h4, h5, h6")) {
    const parent = heading.parentElement;
    if (!parent) continue;
    const parts = [...parent.children];
    if (parts.length !== 2) continue;
    const figure = parts.find((part) => part !== heading);
    if (!figure || !FIGURE.test(elementText(figure))) continue;
    const line = document.createElement("p");
    const [first, second] = parts[0] === figure ? [figure, heading] : [heading, figure];
    line.textContent = `${elementText(first as Element)} ${elementText(second as Element)}`;
    parent.replaceChildren(line);
  }
}
