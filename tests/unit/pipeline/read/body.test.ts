/**
 * Body blocks: prose as sanitized HTML (no raw HTML, no images, no script links), value sets and
 * FAQ pairs as references into the model, and no paragraph of the input lost.
 */
import type { Definition, FootnoteDefinition, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { definitionsFor } from "../../../../src/pipeline/read/prose.js";
import type { Block, Model } from "../../../../src/schema/schema.js";
import { model, parse } from "../../../helpers/pipeline.js";

const prose = (m: Model) =>
  m.sections
    .flatMap((s) => s.blocks)
    .filter((b): b is Extract<Block, { type: "prose" }> => b.type === "prose");

describe("prose sanitizing", () => {
  const body = [
    "# Body", // 6
    "",
    'Text with <script>alert(1)</script> inline and <b onclick="x()">bold</b>.', // 8
    "",
    "<script>alert(2)</script>", // 10
    "",
    '<div onmouseover="evil()">raw block</div>', // 12
    "",
    '![alt text here](http://evil.example/x.png "t") and [bad](javascript:alert(1)) and [good](https://ok.example) and [ref][r].', // 14
    "",
    "<img src=x onerror=alert(1)>", // 16
    "",
    "[r]: javascript:alert(3)", // 18
    "",
    "| a | b |", // 20
    "|---|---|",
    "| <script>x</script> | [l](vbscript:x) |",
  ].join("\n");

  it("drops raw HTML, event handlers and the blocks that are only HTML", async () => {
    const m = await model(body);
    const blocks = prose(m);
    expect(blocks.map((b) => b.line)).toEqual([8, 14, 20]);
    expect(blocks[0]?.html).toBe("<p>Text with alert(1) inline and bold.</p>");
    for (const block of blocks) {
      expect(block.html).not.toMatch(/<script|<div|<img|onclick|onmouseover|onerror/i);
    }
  });

  it("turns images into their alt text and keeps only web links", async () => {
    const m = await model(body);
    expect(prose(m)[1]?.html).toBe(
      '<p>alt text here and <a>bad</a> and <a href="https://ok.example">good</a> and <a>ref</a>.</p>',
    );
    const html = prose(m)
      .map((b) => b.html)
      .join("\n");
    expect(html).not.toMatch(/javascript:|vbscript:|evil\.example/);
  });

  it("keeps code as escaped text and {{mustaches}} as literal text", async () => {
    const m = await model(
      "# Body\n\n```html\n<script>x</script>\n```\n\n{{title}} and {{{raw}}}\n",
    );
    expect(prose(m).map((b) => b.html)).toEqual([
      '<pre><code class="language-html">&#x3C;script>x&#x3C;/script>\n</code></pre>',
      "<p>{{title}} and {{{raw}}}</p>",
    ]);
  });

  it("links footnote references to footnotes that exist in the same block", async () => {
    const m = await model("# Body\n\nA claim[^src].\n\n[^src]: The source.\n");
    const [block] = prose(m);
    const hrefs = [...(block?.html.matchAll(/href="#([^"]+)"/g) ?? [])].map((match) => match[1]);
    const ids = new Set(
      [...(block?.html.matchAll(/id="([^"]+)"/g) ?? [])].map((match) => match[1]),
    );
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) expect(ids).toContain(href);
    expect(block?.text).toBe("A claim.");
  });
});

describe("definitionsFor", () => {
  it("gives a block the definitions it references, through its footnotes, in document order", () => {
    const { tree } = parse(
      [
        "A [link][one] and a note[^n].", // the block
        "",
        "Other [two].",
        "",
        "[^n]: See [three] and[^m].",
        "",
        "[^m]: The end.",
        "",
        "[one]: https://one.test",
        "[two]: https://two.test",
        "[three]: https://three.test",
        "[ONE]: https://second-one.test",
      ].join("\n"),
    );
    const definitions = tree.children.filter(
      (n): n is Definition | FootnoteDefinition =>
        n.type === "definition" || n.type === "footnoteDefinition",
    );
    const forBlock = definitionsFor(definitions);
    const label = (d: Definition | FootnoteDefinition) =>
      d.type === "definition" ? d.url : `^${d.identifier}`;
    // Both definitions of "one" (the first wins when rendering), never "two".
    expect(forBlock(tree.children[0] as RootContent).map(label)).toEqual([
      "^n",
      "^m",
      "https://one.test",
      "https://three.test",
      "https://second-one.test",
    ]);
    expect(forBlock(tree.children[1] as RootContent).map(label)).toEqual(["https://two.test"]);
  });

  it("renders a block as it did with every definition: links and chained footnotes resolve", async () => {
    const m = await model(
      "# Body\n\nSee [docs] and a claim[^a].\n\n[^a]: Backed by[^b].\n\n[^b]: A source.\n\n[docs]: https://docs.test\n",
    );
    const html = prose(m)[0]?.html ?? "";
    expect(html).toContain('<a href="https://docs.test">docs</a>');
    expect(html).toContain("Backed by");
    expect(html).toContain("A source.");
  });
});

describe("model blocks in the body", () => {
  it("replaces a value-set list by a valueSet block and FAQ pairs by faq blocks", async () => {
    const m = await model(
      [
        "# Values", // 6
        "",
        "Our values:", // 8
        "",
        "- Courage", // 10
        "- Trust",
        "",
        "## FAQ", // 13
        "",
        "### Why?", // 15
        "",
        "Because.", // 17
      ].join("\n"),
    );
    expect(m.sections.map((s) => s.blocks)).toEqual([
      [
        { type: "prose", html: "<p>Our values:</p>", text: "Our values:", line: 8 },
        { type: "valueSet", index: 0, line: 10 },
      ],
      [{ type: "faq", index: 0, line: 15 }],
    ]);
  });

  it("keeps the opening section's prose", async () => {
    const m = await model("Opening words.\n\n# Next\n\nMore.\n");
    expect(m.sections[0]).toMatchObject({ heading: "", slug: "introduction", line: 6 });
    expect(m.sections[0]?.blocks).toEqual([
      { type: "prose", html: "<p>Opening words.</p>", text: "Opening words.", line: 6 },
    ]);
  });

  it("loses no paragraph: each is in a prose block or in the model", async () => {
    const body = [
      "Opening words.",
      "",
      "# Mission",
      "",
      "Our mission is to make every bicycle last a lifetime.",
      "",
      "## Values",
      "",
      "We hold three values:",
      "",
      "- **Repair**: fix before replace",
      "- **Honesty**: say what it costs",
      "- **Patience**: take the time",
      "",
      "### Craft",
      "",
      "Craft paragraph under a sub-heading.",
      "",
      "### Care",
      "",
      "Care paragraph under a sub-heading.",
      "",
      "## Key takeaways",
      "",
      "- Takeaway paragraph one.",
      "",
      "## FAQ",
      "",
      "### Why repair?",
      "",
      "Repair answer paragraph.",
      "",
      "Q: Who pays? A: The rider pays.",
      "",
      "> A quoted paragraph in the FAQ.",
    ].join("\n");
    const m = await model(body);
    const known = [
      ...prose(m).map((b) => b.text),
      ...m.valueSets.flatMap((s) =>
        s.values.map((v) => (v.description ? `${v.name}: ${v.description}` : v.name)),
      ),
      ...m.takeaways,
      ...m.faq.flatMap((f) => [f.question, f.answer]),
    ];
    const { tree } = parse(body);
    // Each paragraph's source, markup and the inline FAQ labels aside.
    const paragraphs: string[] = [];
    visit(tree, "paragraph", (node) => {
      const text = body.slice(node.position?.start.offset, node.position?.end.offset);
      paragraphs.push(text.replace(/\*\*/g, "").replace(/^Q: Who pays\? A: /, ""));
    });
    expect(paragraphs).toHaveLength(12);
    for (const paragraph of paragraphs) {
      expect(
        known.some((text) => text.includes(paragraph)),
        paragraph,
      ).toBe(true);
    }
  });
});
