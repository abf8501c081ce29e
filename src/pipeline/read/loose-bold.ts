/**
 * "**Service **– we look for ways to help": a word processor's bold run that took the space after
 * the word is pasted as "**Service **", which CommonMark leaves as literal asterisks (a closing
 * "**" after a space closes nothing). The bold the writer meant is put back, so the name reads
 * as the other items' bold names do.
 */
import type { PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";

/** "**Name **" (the space inside the closing marks), a name of one to six words. */
const LOOSE = /\*\*(\S[^*\n]{0,60}?)\s+\*\*/g;

export function repairLooseBold(tree: Root): void {
  visit(tree, "text", (node, index, parent) => {
    if (index === undefined || !parent || !node.value.includes("**")) return;
    const parts: PhrasingContent[] = [];
    let from = 0;
    for (const match of node.value.matchAll(LOOSE)) {
      const name = match[1] as string;
      if (name.split(/\s+/).length > 6) continue;
      if (match.index > from)
        parts.push({ type: "text", value: node.value.slice(from, match.index) });
      parts.push({ type: "strong", children: [{ type: "text", value: name }] });
      // (The space the bold run took stays, between the name and what follows.)
      parts.push({ type: "text", value: " " });
      from = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    if (from < node.value.length) parts.push({ type: "text", value: node.value.slice(from) });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}
