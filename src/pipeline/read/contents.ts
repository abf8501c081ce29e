/**
 * A table of contents: a list whose every item is the wording of one of the page's own headings
 * ("1. Mission", "2. Vision", "3. The four values"). It names the page's parts, never a set, even
 * under a title that names the values.
 */
import type { List } from "mdast";
import type { DocBlock } from "./blocks.js";
import { plainText } from "./text.js";

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/^\s*\d+[.)]\s*/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The page's headings, as keys: section headings and the deeper headings among the blocks. */
export function headingKeys(blocks: DocBlock[]): Set<string> {
  const keys = new Set<string>();
  for (const { node, section } of blocks) {
    keys.add(key(section.heading));
    if (node.type === "heading") keys.add(key(plainText(node)));
  }
  keys.delete("");
  return keys;
}

/** Whether every item of `list` (two or more) is one of the page's headings. */
export function contentsList(list: List, headings: Set<string>): boolean {
  return (
    list.children.length >= 2 && list.children.every((item) => headings.has(key(plainText(item))))
  );
}
