/**
 * A numbered list a converter cut in two: pandoc ends a list at an `<!-- -->` comment, so "1. …
 * 4." and "5. …" come out as two lists; a PDF's page break leaves its running footer between
 * them ("Acme | Annual Report 2024   Page 4 of 12"). When the second goes on with the first's
 * numbering and only such comments or footers stand between, it is one list, as a reader sees it
 * (the footer, furniture, is dropped with it).
 */
import type { List, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

export function joinContinuedLists(tree: Root): void {
  const children: RootContent[] = [];
  let last: List | undefined;
  /** Comments seen since `last`, dropped if the list goes on after them. */
  let pending: RootContent[] = [];
  for (const node of tree.children) {
    if (
      last &&
      ((node.type === "html" && COMMENT.test(node.value)) ||
        (node.type === "paragraph" && pageMark(mdastToString(node))))
    ) {
      pending.push(node);
      continue;
    }
    if (last && node.type === "list" && node.ordered && node.start === nextNumber(last)) {
      last.children.push(...node.children);
      last.spread = Boolean(last.spread || node.spread);
      if (last.position && node.position) last.position.end = node.position.end;
      pending = [];
      continue;
    }
    children.push(...pending, node);
    pending = [];
    last = node.type === "list" && node.ordered ? node : undefined;
  }
  children.push(...pending);
  tree.children = children;
}

/**
 * A PDF's running header or footer: a line that ends (or starts) on its page number — "… Page 4
 * of 12", "Page 4", "– 4 –".
 */
export function pageMark(text: string): boolean {
  return PAGE_MARK.test(text.trim());
}
const PAGE_MARK =
  /(?:^|\s)page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$|^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b|^[–—-]\s*\d{1,4}\s*[–—-]$/i;

/** An HTML comment alone: what a converter leaves between the parts. */
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

const nextNumber = (list: List) => (list.start ?? 1) + list.children.length;
