/**
 * "*Sian W.* — Brilliant page. Could you add the contact number?": a paragraph signed at its start
 * with a name set in italics or bold, then a dash or colon, is someone's turn in a comment thread
 * under the page — not a question the page's FAQ asks, though it ends in "?".
 */
import type { RootContent } from "mdast";
import { plainText } from "./text.js";

/** A short capitalised name: "Sian W.", "Club Secretary", "Gareth P.". */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Whether `node` opens with a signed name and a dash or colon before what the person says. */
export function commentLine(node: RootContent): boolean {
  if (node.type !== "paragraph") return false;
  const [lead, after] = node.children;
  if (lead?.type !== "emphasis" && lead?.type !== "strong") return false;
  const name = plainText(lead);
  // ("**Q: …?**" is the FAQ's own label and question.)
  if (/[?:]\s*$/.test(name) || /^Q\b/.test(name) || !NAME.test(name)) return false;
  return after?.type === "text" && /^\s*(?:[—–]|-{1,3})\s/.test(after.value);
}
