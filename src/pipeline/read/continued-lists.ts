/**
 * A numbered list a converter cut in two: pandoc ends a list at an `<!-- -->` comment, so "1. …
 * 4." and "5. …" come out as two lists. When the second goes on with the first's numbering and
 * only such comments stand between, it is one list, as a reader sees it.
 */
import type { List, Root, RootContent } from "mdast";

export function joinContinuedLists(tree: Root): void {
  const children: RootContent[] = [];
  let last: List | undefined;
  /** Comments seen since `last`, dropped if the list goes on after them. */
  let pending: RootContent[] = [];
  for (const node of tree.children) {
    if (last && node.type === "html" && COMMENT.test(node.value)) {
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

/** An HTML comment alone: what a converter leaves between the parts. */
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

const nextNumber = (list: List) => (list.start ?? 1) + list.children.length;
