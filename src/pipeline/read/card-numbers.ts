/**
 * A page's numbered cards, converted: "1. 01" with the card's text as the item's next paragraph —
 * a builder prints "01", "02" … in a block of its own above each card's words. The number is
 * decoration (the list numbers its items already); left in, it is read as each item's name. Where
 * every item of a list opens so and goes on after it, the number's paragraph is dropped; so is
 * one standing right over each of two or more headings.
 */
import type { List, ListItem, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

/** "01", "2", "#3", "No. 4", "05." — a number and nothing else. */
const CARD_NUMBER = /^\s*(?:#|No\.?\s*)?\d{1,2}[.):]?\s*$/i;

export function dropCardNumbers(tree: Root): void {
  visit(tree, "list", (list: List) => {
    if (list.children.length >= 2 && list.children.every(numberedCard))
      for (const item of list.children) item.children.shift();
  });
  // ("01" over "### Start with the hardest screen", "02" over the next: a card's number printed
  // over its heading, which would end the card before it. Two or more make a run of cards.)
  const numbers = new Set(
    tree.children.filter(
      (node, i) =>
        node.type === "paragraph" &&
        tree.children[i + 1]?.type === "heading" &&
        CARD_NUMBER.test(mdastToString(node)),
    ),
  );
  if (numbers.size >= 2) tree.children = tree.children.filter((node) => !numbers.has(node));
}

function numberedCard(item: ListItem): boolean {
  const [first, second] = item.children;
  return (
    first?.type === "paragraph" && second !== undefined && CARD_NUMBER.test(mdastToString(first))
  );
}
