/**
 * The eval's rewrites (src/eval/variants.ts) must change only the style: over every corpus
 * document, each variant parses to the same blocks and inlines, in the same order, with the same
 * words — else a score drop on a variant would be the rewrite's fault, not the reader's. (`imported`,
 * which goes through a web page, must keep every block's words: see expectImported.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { VARIANT_NAMES, VARIANTS } from "../../../src/eval/variants.js";
import { isProse } from "../../../src/import/div-headings.js";
import { parseTree } from "../../../src/pipeline/process.js";

// Every eighth document of each half (sorted, so the same ones each run): the corpus's shapes
// recur, and all of it would take this tier half a minute per variant on two cores.
const documents = ["dev", "held"].flatMap((half) =>
  readdirSync(join("tests/corpus", half))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .filter((_, at) => at % 8 === 0)
    .map((name) => join("tests/corpus", half, name)),
);

/** The node types in document order ("heading>text" …), without positions or values. */
function shape(node: Nodes): string[] {
  const children = "children" in node ? node.children.flatMap((child) => shape(child)) : [];
  const own = node.type === "heading" ? `heading${node.depth}` : node.type;
  return [own, ...children];
}

/** The words, with whitespace collapsed and quotes folded (what `straight`/`curly` change). */
const words = (node: Nodes) =>
  mdastToString(node).replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();

const parse = (value: string) => parseTree(new VFile({ path: "doc.md", value }));

/** Nodes whose children run on as one line of text; any other's children are blocks. */
const INLINE = new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
]);

/** The text a node shows, blocks apart: no raw HTML tags, no image's alt text. */
function shown(node: Nodes): string {
  if (node.type === "html" || node.type === "image") return "";
  if (node.type === "break") return " ";
  if ("value" in node) return node.value;
  if (!("children" in node)) return "";
  return node.children.map((child) => shown(child)).join(INLINE.has(node.type) ? "" : " ");
}

/** A block's words, whitespace collapsed. */
const said = (node: Nodes) => shown(node).replace(/\s+/g, " ").trim();

/** Every block of `type` in `tree`. */
function blocks(tree: Nodes, type: string): Nodes[] {
  if (tree.type === type) return [tree];
  return "children" in tree ? tree.children.flatMap((child) => blocks(child, type)) : [];
}

/**
 * `imported` goes through HTML: soft line breaks become spaces, links their text, pictures and
 * raw HTML tags go, and the title heading moves to the top. What must hold is that nothing the
 * page shows is lost: every heading, table and blockquote is still there, and every paragraph's
 * words still stand in the text.
 */
function expectImported(path: string, bare: Nodes, after: Nodes): void {
  const headings = (tree: Nodes) => blocks(tree, "heading").map(said).sort();
  const afterHeadings = headings(after);
  // (A heading opening a list item — a card, "- ### Fair pay" — comes back as the item's bold
  // name, "- **Fair pay** – …", as the import writes cards: its words must still stand.)
  const carded = new Set(blocks(bare, "listItem").flatMap((item) => blocks(item, "heading")));
  const text = said(after);
  // (So does a heading that is a long full sentence — a pull quote set as "## “Put clean … .”" —
  // which the import writes as the paragraph it reads as: isProse.)
  for (const heading of blocks(bare, "heading")) {
    if (carded.has(heading) || isProse(said(heading))) expect(text, path).toContain(said(heading));
    else expect(afterHeadings, path).toContain(said(heading));
  }
  // (Footnotes are shown as one numbered list at the page's foot, which the import keeps as a list.)
  const footnotes = blocks(bare, "footnoteDefinition").length > 0 ? 1 : 0;
  for (const type of ["table", "blockquote", "list"])
    expect(blocks(after, type).length, `${path}: ${type}`).toBe(
      blocks(bare, type).length + (type === "list" ? footnotes : 0),
    );
  // (A paragraph wrapped in the page's own HTML — `<span class="eyebrow">Est. 2014</span>` — is
  // markup a site styles as furniture; the article extraction may drop it as it drops a menu.)
  const ownHtml = (node: Nodes) =>
    "children" in node && node.children.some((c) => c.type === "html");
  for (const paragraph of blocks(bare, "paragraph")
    .filter((node) => !ownHtml(node))
    .map(said))
    expect(text, path).toContain(paragraph);
}

/**
 * Each document read once for all variants: its source, tree, node types and words, and the tree
 * of its `bare` rewrite (the `bare` and `imported` checks both compare with it).
 */
interface Original {
  source: string;
  before: Nodes;
  types: string[];
  words: string;
  bare: Nodes;
}
const originals = new Map<string, Original>();
const original = (path: string): Original => {
  let seen = originals.get(path);
  if (!seen) {
    const source = readFileSync(path, "utf8");
    const before = parse(source);
    seen = {
      source,
      before,
      types: shape(before),
      words: words(before),
      bare: parse(VARIANTS.bare(source)),
    };
    originals.set(path, seen);
  }
  return seen;
};

describe.each(VARIANT_NAMES)("variant %s", (variant) => {
  it(`keeps the blocks and words of ${documents.length} corpus documents`, () => {
    for (const path of documents) {
      const { source, types, words: wordsBefore, bare } = original(path);
      const after = variant === "bare" ? bare : parse(VARIANTS[variant](source));
      if (variant === "imported") {
        expectImported(path, bare, after);
        continue;
      }
      if (variant === "bare") {
        // The front matter goes; its title may come back as the first heading, nothing else moves.
        const kept = types.filter((type) => type !== "yaml");
        const [root, ...blocks] = shape(after);
        const added = blocks.length + 1 - kept.length;
        expect(added === 0 || blocks.slice(0, added).join() === "heading1,text", path).toBe(true);
        expect([root, ...blocks.slice(added)], path).toEqual(kept);
        continue;
      }
      // The title-line variants turn each heading below the title into a paragraph (bold or not).
      const title = variant === "bold-titles" || variant === "plain-titles";
      const lines = (type: string) =>
        /^heading[2-6]$/.test(type)
          ? ["paragraph", ...(variant === "bold-titles" ? ["strong"] : [])]
          : [type];
      expect(shape(after), path).toEqual(title ? types.flatMap(lines) : types);
      expect(words(after), path).toBe(wordsBefore);
    }
  });
});
