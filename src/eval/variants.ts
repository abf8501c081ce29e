/**
 * Rewrites of a corpus document that a careful reader would read the same way: the same Markdown
 * re-serialised in another house style, its paragraphs hard-wrapped as converters do, its quotes
 * straightened or curled, its front matter gone. `npm run eval -- --variant NAME` scores every document rewritten, against
 * the unchanged gold — a check of how far the reading holds beyond the exact text it was tuned on,
 * that needs no new held-out documents.
 */
import type { Root, Text } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify, { type Options } from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parse as parseYaml } from "yaml";

/** Column a wrapped line breaks before (pandoc's and Prettier's default is 72–80). */
const WRAP_AT = 72;

function restyle(value: string, options: Options, edit?: (tree: Root) => void): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkStringify, options);
  const tree = processor.parse(value);
  edit?.(tree);
  return processor.stringify(tree);
}

/**
 * Breaks the text of paragraphs (not headings or table cells, where a break would end the block)
 * into lines of at most WRAP_AT characters, counting from each text node's start.
 */
function wrapParagraphs(tree: Root): void {
  visit(tree, "text", (node: Text, _index, parent) => {
    // Only text directly in a paragraph: a break inside emphasis or a link would move its marks.
    if (parent?.type !== "paragraph") return;
    let column = 0;
    // The space before a word that would pass the margin becomes the line break.
    node.value = node.value.replace(/(\s*)(\S+)/g, (_, space: string, word: string) => {
      if (column > 0 && space !== "" && column + space.length + word.length > WRAP_AT) {
        column = word.length;
        return `\n${word}`;
      }
      column += space.length + word.length;
      return space + word;
    });
  });
}

const STRAIGHT: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'" };

/** Curly quotes: an opening mark after a space or bracket or at the start, else a closing one. */
function curl(text: string): string {
  return text
    .replace(/(^|[\s([{—–-])"/g, "$1“")
    .replace(/"/g, "”")
    .replace(/(^|[\s([{—–-])'/g, "$1‘")
    .replace(/'/g, "’");
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * The page as it arrives without front matter: the front matter's title, when the body has no
 * `#` heading of its own, becomes one (a converted page keeps its title as a heading). The company
 * must then be read from the text.
 */
function bare(value: string): string {
  const match = FRONT_MATTER.exec(value);
  if (!match) return value;
  const body = value.slice(match[0].length).replace(/^\s+/, "");
  const data: unknown = parseYaml(match[1] ?? "");
  const title = typeof data === "object" && data && "title" in data ? String(data.title) : "";
  return title && !/^# /m.test(body) ? `# ${title}\n\n${body}` : body;
}

export const VARIANTS = {
  /** The same Markdown through remark-stringify: `*` bullets and emphasis, escapes, `1.` lists. */
  restyled: (value: string) => restyle(value, {}),
  /** Another house style: `-` bullets, `__strong__`, `_emphasis_`, underlined (setext) headings. */
  underlined: (value: string) =>
    restyle(value, { bullet: "-", strong: "_", emphasis: "_", setext: true, rule: "-" }),
  /** Paragraphs hard-wrapped at WRAP_AT columns, as converted pages and many editors write them. */
  wrapped: (value: string) => restyle(value, { bullet: "-" }, wrapParagraphs),
  /** Every curly quote straightened. */
  straight: (value: string) => value.replace(/[“”‘’]/g, (q) => STRAIGHT[q] ?? q),
  /** Every straight quote in the text curled (front matter and code left alone). */
  curly: (value: string) =>
    restyle(value, { bullet: "-" }, (tree) =>
      visit(tree, "text", (node: Text) => {
        node.value = curl(node.value);
      }),
    ),
  /** Front matter removed, its title kept as the first heading (scored: company from the text). */
  bare,
} satisfies Record<string, (value: string) => string>;

export type Variant = keyof typeof VARIANTS;
export const VARIANT_NAMES = Object.keys(VARIANTS) as Variant[];
