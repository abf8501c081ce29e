/**
 * A listicle numbers its own points in bold ("**2. It lists four values.**", then the list, then
 * "**3. “Craft” means slow dough.**"): a run of bold points whose numbering goes on from a point
 * before it is the article's points, not a set of values — a set's numbering starts with it. So
 * is a run whose every point quotes a value already listed: it speaks about those values; and a
 * list whose every item is tagged with one ("a claim paid in two days (Speed)"): it shows them.
 */
import type { RootContent } from "mdast";
import type { DocBlock } from "./blocks.js";
import { plainText } from "./text.js";

/** The number a paragraph's bold lead opens with ("**3. …**" → 3), if any. */
function pointNumber(node: RootContent): number | null {
  if (node.type !== "paragraph" || node.children[0]?.type !== "strong") return null;
  const match = /^\s*(\d{1,2})[.)]\s/.exec(plainText(node.children[0]));
  return match ? Number(match[1]) : null;
}

/** Whether the bold point at `index` goes on from the page's point numbered one less before it. */
export function continuesPoints(blocks: DocBlock[], index: number): boolean {
  const block = blocks[index];
  const n = block ? pointNumber(block.node) : null;
  if (n === null || n < 2) return false;
  return blocks.slice(0, index).some((b) => pointNumber(b.node) === n - 1);
}

/** Whether every name opens with a quotation of a value the page has already listed. */
export function quotesListed(names: string[], listed: string[]): boolean {
  const known = new Set(listed.map((name) => name.toLowerCase()));
  return (
    names.length > 0 &&
    names.every((name) => {
      const quoted = /^\s*["“‘']([^"”’']{1,60})["”’']\s+\S/.exec(name)?.[1];
      return quoted !== undefined && known.has(quoted.trim().toLowerCase());
    })
  );
}

/** Whether every name closes on a value the page has already listed, in brackets: "… (Speed);". */
export function tagsListed(names: string[], listed: string[]): boolean {
  const known = new Set(listed.map((name) => name.toLowerCase()));
  return (
    names.length > 0 &&
    names.every((name) => {
      const tag = /\S\s+\(([^()]{1,40})\)\W*$/.exec(name)?.[1];
      return tag !== undefined && known.has(tag.trim().toLowerCase());
    })
  );
}
