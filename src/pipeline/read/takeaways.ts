/** Takeaways: the lists of a takeaways section, or the list right after a paragraph about them. */
import type { List } from "mdast";
import type { DocBlock } from "./blocks.js";
import { plainText } from "./text.js";

const INTRO = /\b(take-?aways?|key points|key lessons|in summary)\b/i;
/** A label paragraph on its own: "**TL;DR**", "In short:", "Summary". */
const LABEL = /^\W*(?:summary|in short|in brief|tl;\s?dr)\W*$/i;

/** Whether the list at `index` holds takeaways. */
export function isTakeawaysList(blocks: DocBlock[], index: number): boolean {
  const block = blocks[index];
  if (block?.node.type !== "list") return false;
  if (block.section.kind === "takeaways") return true;
  const previous = blocks[index - 1];
  if (previous?.section !== block.section || previous.node.type !== "paragraph") return false;
  const lead = plainText(previous.node);
  return INTRO.test(lead) || LABEL.test(lead);
}

export function findTakeaways(blocks: DocBlock[]): { items: string[]; lists: Set<List> } {
  const items: string[] = [];
  const lists = new Set<List>();
  blocks.forEach((block, index) => {
    if (block.node.type !== "list" || !isTakeawaysList(blocks, index)) return;
    lists.add(block.node);
    for (const item of block.node.children) {
      const text = plainText(item);
      if (text) items.push(text);
    }
  });
  return { items, lists };
}
