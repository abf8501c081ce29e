/**
 * A part of a section that a deeper heading opens with a question of another topic ("### Why
 * work with us?" under "## Our four values", over the perks): its lists answer that question and
 * are not the section's set. A question about the set itself ("### What do we value?") is not
 * one of these.
 */
import type { DocBlock } from "./blocks.js";
import { sectionKind } from "./sections.js";
import { plainText } from "./text.js";

/** The blocks under such a heading, up to the next heading as deep or deeper in rank. */
export function questionParts(blocks: DocBlock[]): Set<DocBlock> {
  const parts = new Set<DocBlock>();
  let open: { section: DocBlock["section"]; depth: number } | undefined;
  for (const block of blocks) {
    const { node, section } = block;
    if (open && (open.section !== section || (node.type === "heading" && node.depth <= open.depth)))
      open = undefined;
    if (node.type === "heading" && node.depth > section.depth) {
      const text = plainText(node).trim();
      if (text.endsWith("?") && sectionKind(text) === "other")
        open = { section, depth: node.depth };
      continue;
    }
    if (open) parts.add(block);
  }
  return parts;
}
