/**
 * Paragraphs a page sets between the items of a run that are no text of an item's own: a photo
 * with its caption, a bracketed aside. A reader reads on past them to the next item.
 */
import type { Paragraph } from "mdast";
import { plainText } from "./text.js";

/**
 * A paragraph that is only a picture (and its link), perhaps its caption in italics under it
 * ("![The card](card.jpg)" then "*The original card.*").
 */
export function picture(node: Paragraph): boolean {
  const [first] = node.children;
  const image = (c: Paragraph["children"][number]) =>
    c.type === "image" || (c.type === "link" && c.children.every((i) => i.type === "image"));
  return (
    first !== undefined &&
    image(first) &&
    node.children.every(
      (c) => image(c) || c.type === "emphasis" || (c.type === "text" && c.value.trim() === ""),
    )
  );
}

/** "(An aside: the card was reprinted twice.)": a paragraph in brackets, a digression. */
export const aside = (node: Paragraph): boolean =>
  /^\([^()]*\)[.!]?$/s.test(plainText(node).trim());
