/** Plain text of Markdown nodes, whitespace collapsed: what extractors read and compare. */
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

/**
 * Each node's text, read once: the extractors ask for the same paragraphs and items many times.
 * (The tree is reshaped only before reading starts — readDoc joins lists and restores headings
 * first — so a node's text never changes after it is read.)
 */
const read = new WeakMap<Nodes | Nodes[], string>();

export function plainText(node: Nodes | Nodes[]): string {
  let text = read.get(node);
  if (text === undefined) {
    text = brokenText(node).replace(/\s+/g, " ").trim();
    if (!Array.isArray(node)) read.set(node, text);
  }
  return text;
}

/**
 * The text of nodes with each hard line break as the line break it is: "**Be the calm**\\" over
 * "Customers come to us …" is two lines, never "calmCustomers" (mdast-util-to-string drops the
 * break, which holds no text of its own).
 */
export function brokenText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map(brokenText).join("");
  if (node.type === "break") return "\n";
  if ("children" in node) return brokenText(node.children);
  return mdastToString(node);
}

/** "✅ Integrity — …", "→ Care: …": symbols before a name are decoration, not part of it. */
export const DECORATION = /^(?:[\p{Extended_Pictographic}\p{So}→•▪►✓✔\s]|\u200d|\ufe0f)+/u;

/**
 * A text node of symbols only ("✅ " before "**Integrity**"), or a speaker's stage cue in
 * brackets ("[Click.] " before "**Coverage.**" in slide notes): decoration before a name.
 */
export function decoration(node: Nodes | undefined): boolean {
  return (
    node?.type === "text" &&
    (node.value.replace(DECORATION, "") === "" || STAGE_CUE.test(node.value))
  );
}
const STAGE_CUE = /^\s*\[(?:click|pause|next(?:\s+slide)?|advance|build|slide\s+\d{1,2})\.?\]\s*$/i;

/** Letters and digits only, lower case: one wording or name however it is quoted or emphasised. */
export const wordingKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Lower-case words, one space between: "Leave it *better*." → "leave it better". */
export const foldWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A forum post's furniture: its author's handle opening a line ("u/anxious_grad · 1d", "@maya"),
 * or its reactions ("👍 47", "💬 23 comments") — no words of the post's own.
 */
export const POST_FURNITURE = /^\W*(?:u\/\S|@\S)|👍|💬/u;

/** A card's call to read on ("Read more", "Learn more →"), closing its words. */

export const READ_MORE = String.raw`(?:read|learn|find out) more\W*$`;
