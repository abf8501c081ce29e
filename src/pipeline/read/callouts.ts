/**
 * A callout box that holds the page's statements under bold labels ("> **Our mission**" over its
 * line, "> **Our vision**" over its): the page's own statements set off, not someone's quotation.
 * Its paragraphs are lifted out of the quote, so each label is read as any label line is.
 */
import type { Blockquote, Root, RootContent } from "mdast";
import { LABEL } from "./labels.js";
import { plainText } from "./text.js";

export function openCallouts(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === "blockquote" && labelledOnly(node) ? node.children : [node],
  );
}

/** Every block of the quote a paragraph opening on a bold statement label. */
function labelledOnly(quote: Blockquote): boolean {
  return quote.children.every((child) => {
    const first = child.type === "paragraph" ? child.children[0] : undefined;
    return first?.type === "strong" && LABEL.test(plainText(first).trim().replace(/:$/, ""));
  });
}
