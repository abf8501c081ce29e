/** Plain text of Markdown nodes, whitespace collapsed: what extractors read and compare. */
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

export function plainText(node: Nodes | Nodes[]): string {
  return mdastToString(node).replace(/\s+/g, " ").trim();
}
