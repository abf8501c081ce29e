/**
 * content/tiktok.md must keep every sentence of the seed word for word: the Markdown only adds
 * structure (headings, lists, bold value names), never rewording. The seed is segmented with a
 * real sentence parser and each sentence is looked up in the plain text of the parsed Markdown.
 */
import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { toString as nlcstToString } from "nlcst-to-string";
import { ParseEnglish } from "parse-english";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

const markdown = readFileSync(new URL("../../../content/tiktok.md", import.meta.url), "utf8");
const source = readFileSync(
  new URL("../../fixtures/seed/tiktok-mission-vision-values.txt", import.meta.url),
  "utf8",
);

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Leaf blocks whose text is what a reader sees (list items contain paragraphs, so no doubles). */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableCell", "code"]);

/** The visible text of a Markdown document: one string per text block, joined by a space. */
function markdownText(value: string): string {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .parse(value) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (!TEXT_BLOCKS.has(node.type)) return;
    blocks.push(mdastToString(node));
    return "skip";
  });
  return collapse(blocks.join(" "));
}

/**
 * Sentences of the plain-text seed. Each `•` bullet starts a new paragraph first: bullets such as
 * "Creativity: where ideas meet play”" end without a full stop, so a segmenter would otherwise glue
 * two bullets into one "sentence" that no Markdown rendering of a list could contain.
 */
function sourceSentences(text: string): string[] {
  const bulletsAsParagraphs = text.replace(/\n[ \t]*•/g, "\n\n•");
  const tree = new ParseEnglish().parse(bulletsAsParagraphs);
  const sentences: string[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode") continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== "SentenceNode") continue;
      const words = collapse(nlcstToString(sentence).replace(/^\s*•/, ""));
      if (words !== "") sentences.push(words);
    }
  }
  return sentences;
}

/** The source sentences that do not occur, verbatim, in the Markdown's text. */
function missingSentences(sentences: string[], markdownValue: string): string[] {
  const text = markdownText(markdownValue);
  return sentences.filter((sentence) => !text.includes(sentence));
}

describe("content/tiktok.md keeps the seed verbatim", () => {
  const sentences = sourceSentences(source);

  it("segments the seed into many sentences (the check is not vacuous)", () => {
    expect(sentences.length).toBeGreaterThan(80);
    expect(sentences).toContain("Creativity: where ideas meet play”");
    expect(sentences).toContain(
      "A1: TikTok’s mission statement is to “inspire creativity and bring joy”.",
    );
  });

  it("contains every sentence of the seed", () => {
    expect(missingSentences(sentences, markdown)).toEqual([]);
  });

  it("reports exactly the sentence whose word was changed", () => {
    const original = "The platform was developed by the Chinese company ByteDance in 2016.";
    expect(markdown).toContain(original);
    const altered = markdown.replace(original, original.replace("developed", "built"));
    expect(missingSentences(sentences, altered)).toEqual([original]);
  });

  it("keeps the source's quirks instead of fixing them", () => {
    const text = markdownText(markdown);
    for (const quirk of ["@Tik Tok", "sketches etc.,", "meet play”", "everyday”", "alike –to be"]) {
      expect(text).toContain(quirk);
    }
  });
});
