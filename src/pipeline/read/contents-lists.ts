/**
 * A table of contents written as a plain list ("**On this page**" over "- Our mission", "- The
 * four core values", "- FAQ"): its items are the page's own later headings, so it is navigation,
 * never a set of values, whatever words its items hold.
 */
import type { List } from "mdast";
import type { DocBlock } from "./blocks.js";
import { plainText } from "./text.js";

/** Lower-cased words only: "2. Our mission:" and "Our mission" read alike. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\W*\d+[.)]?\s*/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Whether every item (two or more) of the list at `index` is a heading further down the page. */
export function contentsList(list: List, blocks: DocBlock[], index: number): boolean {
  if (list.children.length < 2) return false;
  // (A section's own heading is its `section.heading`; sub-headings are blocks.)
  const headings = new Set(
    blocks
      .slice(index + 1)
      .flatMap((block) => [
        block.section.heading,
        ...(block.node.type === "heading" ? [plainText(block.node)] : []),
      ])
      .map(words),
  );
  return list.children.every((item) => headings.has(words(plainText(item))));
}
