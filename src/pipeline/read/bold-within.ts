/**
 * "Everything starts with **patience**, the willingness to …", "The second value is **honest
 * materials**, which means …": values written as short essays, one paragraph each, each naming
 * its value in bold somewhere inside. The one bold phrase of each paragraph is its name.
 */
import type { RootContent } from "mdast";
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import type { BlockRun } from "./found-sets.js";
import { plainText } from "./text.js";

/** Words a bold name inside a paragraph may have: a name, not a sentence set in bold. */
const MAX_WORDS = 4;

/**
 * The paragraphs from `start` on in its section that each hold exactly one short bold phrase
 * after words of their own, with no figure in it ("**£400**" is a price): their names, descriptions and the nodes after
 * the first.
 */
export function boldWithin(blocks: DocBlock[], start: number): BlockRun {
  const values: Value[] = [];
  const absorbed: RootContent[] = [];
  const section = blocks[start]?.section;
  for (let i = start; i < blocks.length; i++) {
    const { node, section: here } = blocks[i] as DocBlock;
    if (here !== section || node.type !== "paragraph") break;
    // (A bold lead, "**Craft** – …", names a paragraph of its own; read as such, not here.)
    const bold = node.children.filter((child) => child.type === "strong");
    const inside = bold.length === 1 && node.children[0]?.type !== "strong";
    const name = inside ? plainText(bold[0] as RootContent).replace(/[\s,.;:]+$/, "") : "";
    if (!name || name.split(/\s+/).length > MAX_WORDS || /[\d.!?]/.test(name)) break;
    values.push({ name, description: plainText(node), line: node.position?.start.line ?? 1 });
    if (i > start) absorbed.push(node);
  }
  return { values, absorbed };
}
