/**
 * Markdown inside an HTML container block — a Notion or Confluence export's callout
 * ("<aside>" over "🎯 **Mission:** …", then "</aside>"), a "<div>" a writer wrapped a note in:
 * CommonMark keeps the lines after the opening tag, up to a blank line, as raw HTML, so their
 * words would go unread. They are parsed as the Markdown they are, at their own lines; the tags
 * stay unrendered and no other HTML is opened (a script's or a style's text is never read).
 */
import type { Html, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { accordion } from "./accordions.js";
import { htmlTable } from "./html-tables.js";

/** A container's opening tag alone on its line, then the Markdown it holds. */
const CONTAINER = /^<(aside|div|section|callout)(?:\s[^<>\n]{0,200})?>[ \t]*\n/i;

const markdown = unified().use(remarkParse).use(remarkGfm);

/**
 * Each top-level HTML block opened for its words: an accordion (accordions.ts), a table
 * (html-tables.ts) or a container.
 */
export function openHtmlBlocks(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === "html"
      ? (accordion(node) ?? htmlTable(node) ?? contents(node) ?? [node])
      : [node],
  );
}

function contents(node: Html): RootContent[] | null {
  const opening = CONTAINER.exec(node.value);
  const start = node.position?.start;
  if (!opening || start?.offset === undefined) return null;
  // (The closing tag, when the block runs on to it, is no word of the page.)
  const tag = opening[1] as string;
  const inner = node.value.slice(opening[0].length).replace(new RegExp(`</${tag}>\\s*$`, "i"), "");
  if (!inner.trim()) return null;
  const parsed = markdown.parse(inner);
  // The inner text starts on the line after the tag: shift every position there.
  const lines = start.line;
  const offset = start.offset + opening[0].length;
  visit(parsed, (child) => {
    for (const point of [child.position?.start, child.position?.end]) {
      if (!point) continue;
      point.line += lines;
      point.offset = (point.offset ?? 0) + offset;
    }
  });
  return parsed.children;
}
