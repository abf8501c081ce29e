/**
 * The sentences of a page's article and of an imported content file, for the test that the import
 * changes markup only: every block's text (HTML: the innermost p, h1–h6, li, td, th, dt, dd,
 * summary; Markdown: paragraphs, headings, table cells), whitespace collapsed, split after . ! ?
 */

import { parseHTML } from "linkedom";
import type { Root } from "mdast";
import { toString as mdText } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, td, th, dt, dd, summary";

export function split(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean);
}

/** Sentences of the elements under `region`, minus those under `drop` (chrome inside it). */
export function htmlSentences(html: string, region: string, drop = ""): string[] {
  const { document } = parseHTML(html);
  if (drop) for (const element of document.querySelectorAll(drop)) element.remove();
  const out: string[] = [];
  for (const root of document.querySelectorAll(region))
    for (const block of [root, ...root.querySelectorAll(BLOCKS)])
      if (block.matches(BLOCKS) && !block.querySelector(BLOCKS))
        out.push(...split(block.textContent ?? ""));
  return out;
}

/** Sentences of every block of the whole page body. */
export function pageSentences(html: string): string[] {
  return htmlSentences(html, "body");
}

export function markdownSentences(markdown: string): string[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .parse(markdown) as Root;
  const out: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      out.push(...split(mdText(node)));
      return "skip";
    }
    return undefined;
  });
  return out;
}
