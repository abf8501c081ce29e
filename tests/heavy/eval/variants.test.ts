/**
 * The eval's rewrites (src/eval/variants.ts) must change only the style: over every corpus
 * document, each variant parses to the same blocks and inlines, in the same order, with the same
 * words — else a score drop on a variant would be the rewrite's fault, not the reader's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { VARIANT_NAMES, VARIANTS } from "../../../src/eval/variants.js";
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

const originals = new Map<string, { source: string; before: Nodes }>();
const original = (path: string) => {
  let seen = originals.get(path);
  if (!seen) {
    const source = readFileSync(path, "utf8");
    seen = { source, before: parse(source) };
    originals.set(path, seen);
  }
  return seen;
};

describe.each(VARIANT_NAMES)("variant %s", (variant) => {
  it(`keeps the blocks and words of ${documents.length} corpus documents`, () => {
    for (const path of documents) {
      const { source, before } = original(path);
      const after = parse(VARIANTS[variant](source));
      if (variant === "bare") {
        // The front matter goes; its title may come back as the first heading, nothing else moves.
        const kept = shape(before).filter((type) => type !== "yaml");
        const [root, ...blocks] = shape(after);
        const added = blocks.length + 1 - kept.length;
        expect(added === 0 || blocks.slice(0, added).join() === "heading1,text", path).toBe(true);
        expect([root, ...blocks.slice(added)], path).toEqual(kept);
        continue;
      }
      expect(shape(after), path).toEqual(shape(before));
      expect(words(after), path).toBe(words(before));
    }
  });
});
