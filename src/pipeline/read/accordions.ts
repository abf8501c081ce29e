/**
 * An accordion written in HTML inside the Markdown ("<details><summary>Own it</summary> We fix it
 * before we explain it.</details>", as pages pasted from a site or written for GitHub carry them):
 * read as what it shows, a bold name over its text, so a values section of them is read as any run
 * of bold names over captions is. The new text nodes point into the HTML's own source, so their
 * sentences keep their lines; the HTML stays unrendered (no markup is trusted, only its words).
 */
import type { Html, Paragraph, Text } from "mdast";
import type { Point } from "unist";

// (Each part is matched with a bounded, mark-free class, so a page of broken tags costs linear time.)
const DETAILS =
  /^\s*<details\b[^<>]{0,200}>\s*<summary\b[^<>]{0,200}>([^<>]{1,200})<\/summary>\s*(?:<p\b[^<>]{0,200}>)?([^<>]{1,2000}?)\s*(?:<\/p>\s*)?<\/details>\s*$/i;

/** The accordion an HTML block is, as a bold name over its text, or null. */
export function accordion(node: Html): Paragraph[] | null {
  const match = DETAILS.exec(node.value);
  const start = node.position?.start;
  if (!match || start?.offset === undefined) return null;
  const [, summary = "", body = ""] = match;
  const at = (text: string, from: number) => {
    const index = node.value.indexOf(text, from);
    return text.trim() ? { text: text.trim(), index: index + text.indexOf(text.trim()) } : null;
  };
  const name = at(summary, 0);
  const said = at(body, (name?.index ?? 0) + summary.length);
  if (!name || !said) return null;
  const text = (value: string, index: number): Text => ({
    type: "text",
    value,
    position: {
      start: point(node.value, index, start),
      end: point(node.value, index + value.length, start),
    },
  });
  const nameText = text(name.text, name.index);
  const saidText = text(said.text, said.index);
  return [
    {
      type: "paragraph",
      children: [{ type: "strong", children: [nameText], position: nameText.position }],
      position: nameText.position,
    },
    { type: "paragraph", children: [saidText], position: saidText.position },
  ];
}

/** The point `index` characters into an HTML node's value that starts at `start`. */
function point(value: string, index: number, start: Point): Point {
  const before = value.slice(0, index);
  const lines = before.split("\n");
  const line = start.line + lines.length - 1;
  const column = lines.length === 1 ? start.column + index : (lines.at(-1)?.length ?? 0) + 1;
  return { line, column, offset: (start.offset ?? 0) + index };
}
