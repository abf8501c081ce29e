/**
 * A table of contents: a list whose every item is the wording of one of the page's own headings
 * ("1. Mission", "2. Vision", "3. The four values", "4. FAQ"). It names the page's parts, never a
 * set, even under a title that names the values. (A list of values each detailed under a heading
 * of its own names parts of one kind only: "Integrity", "Courage" are no mission and no FAQ.)
 */
import type { List } from "mdast";
import type { SectionKind } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { sectionKind } from "./sections.js";
import { foldWords, plainText } from "./text.js";

const key = (text: string) => foldWords(text.replace(/^\s*\d+[.)]\s*/, ""));

/** The page's headings, as keys, with the kind of part each names. */
function headingKeys(blocks: DocBlock[]): Map<string, SectionKind> {
  const keys = new Map<string, SectionKind>();
  for (const { node, section } of blocks) {
    keys.set(key(section.heading), section.kind);
    if (node.type === "heading") keys.set(key(plainText(node)), sectionKind(plainText(node)));
  }
  keys.delete("");
  return keys;
}

/** Whether every item of `list` is one of the page's headings, parts of two kinds or more. */
function contentsList(list: List, headings: Map<string, SectionKind>): boolean {
  const kinds = new Set<SectionKind>();
  for (const item of list.children) {
    const kind = headings.get(key(plainText(item)));
    if (kind === undefined) return false;
    if (kind !== "other") kinds.add(kind);
  }
  return kinds.size >= 2;
}

/**
 * Whether a list of the page is its table of contents, the page's headings read once and only
 * when a list asks (the statement and the value-set readers both ask).
 */
export function contentsListsOf(blocks: DocBlock[]): (list: List) => boolean {
  let headings: Map<string, SectionKind> | undefined;
  return (list) => {
    headings ??= headingKeys(blocks);
    return contentsList(list, headings);
  };
}
