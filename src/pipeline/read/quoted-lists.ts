/**
 * "… come the four values. I'll quote them in full:" over a blockquote of "**Bold.** We'd rather
 * …" lines: a list the writer quotes after a lead-in's colon is read as if it stood unquoted. The
 * quote's children stand in for it as blocks, and a set found among them is drawn in its place.
 */
import type { Blockquote, RootContent } from "mdast";
import type { DocBlock } from "./blocks.js";
import { pointingColon } from "./sentences.js";
import { plainText } from "./text.js";
import { namedLines } from "./value-paragraphs.js";

/** The blocks with each quoted list a colon leads into opened up, and the quotes opened. */
export function openQuotes(blocks: DocBlock[]): {
  blocks: DocBlock[];
  opened: Map<RootContent, Blockquote>;
} {
  const opened = new Map<RootContent, Blockquote>();
  const out: DocBlock[] = [];
  for (const [index, block] of blocks.entries()) {
    const before = blocks[index - 1];
    const lead = before?.section === block.section && before.node.type === "paragraph";
    const colon = lead && /:\s*$/.test(before.sentences.at(-1)?.text ?? "");
    // (Or a case study quoted whole, its own lead-in inside: "> The company lists five values on
    // its careers page:" over "> 1. **Safety first** – …".)
    const quote = block.node.type === "blockquote" ? block.node : null;
    // (So is one whose lead-in is followed by a name on each line: "> … three things we stand for
    // 👇" over "> 🌲 Leave it wilder – …", "> 🧵 Mend first – …".)
    const inner =
      quote?.children.some(
        (child, i) =>
          (child.type === "list" || (child.type === "paragraph" && namedLines(child) !== null)) &&
          leadsIn(quote.children[i - 1]),
      ) ?? false;
    if (block.node.type !== "blockquote" || !(colon || inner)) {
      out.push(block);
      continue;
    }
    for (const child of block.node.children) {
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? start;
      const sentences = block.sentences.filter((s) => s.offset >= start && s.offset < end);
      out.push({ node: child, section: block.section, sentences });
      opened.set(child, block.node);
    }
  }
  return { blocks: out, opened };
}

/** A paragraph ending in a colon, or an emoji pointing down (the one right before a list). */
function leadsIn(node: RootContent | undefined): boolean {
  return node?.type === "paragraph" && /:\s*$/.test(pointingColon(plainText(node)));
}
