/**
 * A pandoc grid table ("+------+------+" rules, "| a    | b    |" rows, "+======+" under the
 * header), as a .docx converted with pandoc gives its tables, comes through Markdown as one
 * paragraph of text. Read as the table it draws, its first column names values as a pipe table's
 * does — and the brief shows a table, not rules of dashes.
 */
import type {
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export function openGridTables(tree: Root, file: VFile): void {
  const doc = String(file);
  tree.children = tree.children.flatMap((node) =>
    node.type === "paragraph" ? (box(node, doc) ?? [gridTable(node, doc) ?? node]) : [node],
  );
}

/**
 * A grid table of one cell (a Word text box: "**Key takeaways**" over its bullets) holds text,
 * not a table: its lines, out of the borders, are read as Markdown in its place, each block at
 * its own line.
 */
function box(node: Paragraph, doc: string): RootContent[] | null {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const lines = doc
    .slice(start.offset, end.offset)
    .split("\n")
    .map((line) => line.trim());
  const [top, ...rest] = lines;
  const bottom = rest.pop();
  if (!top || !bottom || !/^\+-+\+$/.test(top) || bottom !== top || rest.length === 0) return null;
  if (!rest.every((line) => ROW.test(line) && line.length === top.length)) return null;
  const inner = rest.map((line) => line.slice(2, -1).trimEnd()).join("\n");
  const blocks = unified().use(remarkParse).parse(inner).children;
  // (Each inner line k is the page's line start + k; its text stands two columns in.)
  visit({ type: "root", children: blocks } as Root, (child) => {
    for (const point of [child.position?.start, child.position?.end]) {
      if (!point) continue;
      point.line += start.line;
      point.column += 2;
      point.offset = undefined;
    }
  });
  return blocks;
}

/** A border line: "+----+----+", "+====+", "+:---+---:+". */
const RULE = /^\+(?:[-=:]+\+)+$/;
/** A line of cells: "| Fair | We treat … |". */
const ROW = /^\|.*\|$/;

function gridTable(node: Paragraph, doc: string): Table | null {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const lines = doc.slice(start.offset, end.offset).split("\n");
  const first = lines[0]?.trim() ?? "";
  if (lines.length < 3 || !RULE.test(first) || !RULE.test(lines.at(-1)?.trim() ?? "")) return null;
  if (!lines.every((line) => RULE.test(line.trim()) || ROW.test(line.trim()))) return null;
  // The column borders are where the first rule has its "+" marks.
  const borders = [...first.matchAll(/\+/g)].map((m) => m.index);
  const rows: TableRow[] = [];
  let group: { at: number; lines: string[] } | null = null;
  const close = () => {
    if (group) rows.push(row(group.lines, borders, start.line + group.at));
    group = null;
  };
  lines.forEach((raw, at) => {
    const line = raw.trim();
    if (RULE.test(line)) close();
    else {
      group ??= { at, lines: [] };
      group.lines.push(line);
    }
  });
  close();
  if (rows.length < 2) return null;
  return {
    type: "table",
    align: borders.slice(1).map(() => null),
    children: rows,
    position: node.position,
  };
}

/** One row of the table from its lines: each cell the text between two borders, lines joined. */
function row(lines: string[], borders: number[], line: number): TableRow {
  const position = {
    start: { line, column: 1 },
    end: { line: line + lines.length - 1, column: 1 },
  };
  const children: TableCell[] = borders.slice(1).map((right, i) => {
    const left = (borders[i] ?? 0) + 1;
    const text = lines
      .map((l) => l.slice(left, right).trim())
      .filter(Boolean)
      .join(" ");
    const value: PhrasingContent = { type: "text", value: plain(text), position };
    return { type: "tableCell", children: value.value ? [value] : [], position };
  });
  return { type: "tableRow", children, position };
}

/** The cell's words without the Markdown inside it: "**Fair**" is "Fair", "Member\-led" "Member-led". */
const plain = (text: string) =>
  text.replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
