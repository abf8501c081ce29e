/**
 * A table a converter wrote as HTML inside the Markdown — a slide deck's export ("<table><tr><th>
 * Value</th>…"), a Google Doc's — is a raw HTML block to CommonMark, its rows unread. It is read as
 * the table it is (rehype-parse → rehype-remark, the import's own path), every node placed at the
 * block's lines; nothing else in the HTML is opened (rehype-remark drops scripts and styles).
 */
import type { Html, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** A block that is one table: it opens with "<table" and closes with "</table>". */
const TABLE_BLOCK = /^\s*<table\b[\s\S]*<\/table>\s*$/i;

const toMarkdown = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);

export function htmlTable(node: Html): RootContent[] | null {
  if (!TABLE_BLOCK.test(node.value)) return null;
  const tree = toMarkdown.runSync(toMarkdown.parse(node.value));
  const tables = tree.children
    .filter((child) => child.type === "table")
    .map((table) => boldHeader(inlineCells(table)));
  if (tables.length === 0) return null;
  // (The cells' places inside the HTML are not the page's: each is the block's own.)
  const placed: Root = { type: "root", children: tables };
  visit(placed, (child) => {
    child.position = node.position && structuredClone(node.position);
  });
  return tables;
}

/**
 * A table with no <th> gets an empty header row; when its first row is all in bold ("<td><p>
 * <strong>Value</strong></p></td>…", as a Google Doc's export writes a header), that row is the
 * header instead.
 */
function boldHeader(table: Table): Table {
  const [empty, first, ...rest] = table.children;
  const blank = empty?.children.every((cell) => cell.children.length === 0) ?? false;
  const bold =
    first?.children.every(
      (cell) => cell.children.length === 1 && cell.children[0]?.type === "strong",
    ) ?? false;
  return blank && bold && first ? { ...table, children: [first, ...rest] } : table;
}

/**
 * A cell's paragraphs ("<td><p>Fairness</p></td>", as exports write them) as the phrasing a
 * Markdown cell holds, a space between two.
 */
function inlineCells(table: Table): Table {
  for (const row of table.children)
    for (const cell of row.children) {
      // (rehype-remark keeps a cell's <p> as a paragraph, which mdast's types do not allow.)
      const blocks = cell.children as (PhrasingContent | Paragraph)[];
      cell.children = blocks.flatMap((child, i): PhrasingContent[] => {
        const inline = child.type === "paragraph" ? child.children : [child];
        return i > 0 && child.type === "paragraph"
          ? [{ type: "text", value: " " }, ...inline]
          : inline;
      });
    }
  return table;
}
