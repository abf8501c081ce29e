/**
 * Rewrites of a corpus document that a careful reader would read the same way: the same Markdown
 * re-serialised in another house style, its paragraphs hard-wrapped as converters do, its quotes
 * straightened or curled, its front matter gone, or published as a web page and brought back with
 * `credo import`. `npm run eval -- --variant NAME` scores every document rewritten, against
 * the unchanged gold — a check of how far the reading holds beyond the exact text it was tuned on,
 * that needs no new held-out documents.
 */
import type { Heading, Paragraph, Root, Text } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkStringify, { type Options } from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parse as parseYaml } from "yaml";
import { articleMarkdown } from "../import/article-markdown.js";
import { extractArticle } from "../import/extract.js";
import { readableSource } from "../pipeline/process.js";
import type { Variant } from "./names.js";

export { VARIANT_NAMES, type Variant } from "./names.js";

/** Column a wrapped line breaks before (pandoc's and Prettier's default is 72–80). */
const WRAP_AT = 72;

function restyle(value: string, options: Options, edit?: (tree: Root) => void): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkStringify, options);
  // (From the document as Credo parses it: lettered lines and column rows are the lists they are.)
  const tree = processor.parse(readableSource(value));
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

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A company site's page around an article: the title with the site's name, a meta description, a
 * navigation bar, a newsletter box beside the article and a footer — the chrome an import drops.
 */
function page(title: string, description: string, article: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title ? `${title} | Company site` : "Company site")}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Company site</a>
<nav aria-label="Main"><ul>
<li><a href="/">Home</a></li>
<li><a href="/about">About us</a></li>
<li><a href="/products">Products</a></li>
<li><a href="/careers">Careers</a></li>
<li><a href="/contact">Contact</a></li>
</ul></nav>
</header>
<main>
<article>
${article}
</article>
<aside class="newsletter">
<h2>Stay in the loop</h2>
<p>Get our latest stories and product news in your inbox once a month.</p>
<form action="/subscribe"><input type="email" name="email" placeholder="you@example.com"><button type="submit">Subscribe</button></form>
</aside>
</main>
<footer>
<p>© 2026 Company site. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
</footer>
</body>
</html>
`;
}

/**
 * Markdown to HTML as a site generator renders it (GFM: tables, strikethrough, footnotes), the
 * HTML written in the Markdown (`<details>` accordions) passed through as it is.
 */
const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

/**
 * The `bare` page published as a web page (page()) and brought back with `credo import`: its
 * article extracted and converted as the import does (src/import/article-markdown.ts). Without
 * the import's front matter: its company is the reader's own guess from this same text, so
 * writing it back would change nothing but hide the title from the score.
 */
function imported(value: string): string {
  const tree = renderer.parse(readableSource(bare(value)));
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  const paragraph = tree.children.find((node) => node.type === "paragraph");
  const title = heading ? mdastToString(heading) : "";
  const description = paragraph ? mdastToString(paragraph).slice(0, 155) : "";
  const html = renderer.stringify(renderer.runSync(tree));
  return articleMarkdown(extractArticle(page(title, description, html), "page.html"), "").markdown;
}

/**
 * Every heading below the title written as a line of its own, all bold or plain, as word
 * processors' and CMS exports and pages copied as text give their section titles.
 */
function titleLines(bold: boolean): (value: string) => string {
  return (value) =>
    restyle(value, { bullet: "-" }, (tree) =>
      visit(tree, "heading", (node: Heading, index, parent) => {
        if (node.depth === 1 || !parent || index === undefined) return;
        const line: Paragraph = {
          type: "paragraph",
          children: bold ? [{ type: "strong", children: node.children }] : node.children,
        };
        parent.children.splice(index, 1, line);
      }),
    );
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
  /** The bare page published as a web page and imported back (`credo import`): no front matter. */
  imported,
  /** Headings below the title as bold lines (`**Our values**`), as exports write them. */
  "bold-titles": titleLines(true),
  /** Headings below the title as plain lines (`Our values`), as pages copied as text give them. */
  "plain-titles": titleLines(false),
} satisfies Record<Variant, (value: string) => string>;
