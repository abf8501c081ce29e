/**
 * Text copied out of a PDF or a word processor lists with "•" (or "●", "▪") at the start of each
 * line, items hard-wrapped with an indent; Markdown reads all of it as one paragraph. The parser
 * reads such lines as a list, with every position still pointing into the source.
 */
import type { List } from "mdast";
import { describe, expect, it } from "vitest";
import { markGlyphBullets } from "../../../../src/pipeline/parse/glyph-bullets.js";
import { parse, valueSetNames } from "../../../helpers/pipeline.js";

describe("markGlyphBullets", () => {
  it("turns a bullet glyph opening a line into a list marker of the same length", () => {
    const source =
      "We will:\n• keep our word\n● listen first,\n  then decide\n   ▪ spend with care\n";
    const marked = markGlyphBullets(source);
    expect(marked).toBe(
      "We will:\n- keep our word\n- listen first,\n  then decide\n   - spend with care\n",
    );
    expect(marked.length).toBe(source.length);
  });

  it("leaves front matter, fenced code, indented code and glyphs inside a line alone", () => {
    const source = [
      "---",
      "title: • not a list",
      "---",
      "```",
      "• kept in code",
      "```",
      "    • four spaces in",
      "Prices • Stockists • Contact",
      "•no space after it",
      "",
    ].join("\n");
    expect(markGlyphBullets(source)).toBe(source);
  });

  it("turns a keycap number opening a line (“1️⃣ ”) into an ordered marker of the same length", () => {
    const source = "The values 👇\n\n1\uFE0F\u20E3 Keep it short\\\n2\uFE0F\u20E3 Ask twice\n";
    const marked = markGlyphBullets(source);
    // (A hard break before the next item stays, a literal backslash that list-items.ts drops.)
    expect(marked).toBe("The values 👇\n\n1.  Keep it short\\\n2.  Ask twice\n");
    expect(marked.length).toBe(source.length);
  });

  it("keeps a hard break that goes on with the item's own text", () => {
    const source = "• Keep it short\\\n  because people skim\n• Ask twice\n";
    expect(markGlyphBullets(source)).toBe(
      "- Keep it short\\\n  because people skim\n- Ask twice\n",
    );
  });

  it("reads the lines inside a block quote too", () => {
    expect(markGlyphBullets("> • one\n> • two\n")).toBe("> - one\n> - two\n");
  });
});

describe("emoji bullets", () => {
  it("marks a run of lines opening with the same emoji, one '-' and spaces for its code units", () => {
    const source =
      "Our 3 values:\n\n✅ Plain numbers – no glossary.\n✅ Share the method – the workings too.\n👉 One pointer alone\n";
    const marked = markGlyphBullets(source);
    expect(marked.length).toBe(source.length);
    expect(marked.split("\n").slice(2, 5)).toEqual([
      "- Plain numbers – no glossary.",
      "- Share the method – the workings too.",
      "👉 One pointer alone",
    ]);
  });

  it("reads a post's ✅ lines as the values its lead-in counts", async () => {
    expect(
      await valueSetNames(
        "🤝 Our 3 values:\n\n✅ Start with the question – no dashboard first.\n✅ Plain numbers – no glossary.\n✅ Share the method – workings too.\n",
      ),
    ).toEqual([["Start with the question", "Plain numbers", "Share the method"]]);
  });

  it("marks a post's arrow lines set apart by blank lines, and leaves a lone arrow line", () => {
    const source =
      "Here they are:\n\n→ We answer the phone.\n\n→ We fix it.\n\nThat's it.\n\n→ Read more\n";
    expect(markGlyphBullets(source)).toBe(
      "Here they are:\n\n- We answer the phone.\n\n- We fix it.\n\nThat's it.\n\n→ Read more\n",
    );
  });

  it("reads a post's counted values, one arrow paragraph each", async () => {
    expect(
      await valueSetNames(
        "# Post\n\nWe also wrote down 3 values. Here they are:\n\n→ We answer the phone.\n\n→ We quote fairly.\n\n→ We fix it, even after the warranty ends.\n\nNone of that is clever.\n",
      ),
    ).toEqual([["We answer the phone", "We quote fairly", "We fix it"]]);
  });

  it("reads no set from 'Three things Arvo did that I've rarely seen since:' over ✅ lines", async () => {
    expect(
      await valueSetNames(
        "## Then the 5 values\n\nThree things Arvo did that I've rarely seen since:\n\n✅ Every interview had one question per value.\n✅ Every complaint review started with value 4.\n✅ Leaders were scored on the values.\n",
      ),
    ).toEqual([]);
  });
});

describe("parsing glyph bullets", () => {
  it("gives a list whose items keep their wrapped lines and source positions", () => {
    const { tree } = parse(
      "In all our work we will:\n\n• be open about our choices,\n  even hard ones\n• listen first\n",
    );
    const list = tree.children[1] as List;
    expect(list.type).toBe("list");
    expect(list.children).toHaveLength(2);
    expect(list.children.map((item) => item.position?.start.line)).toEqual([3, 5]);
    expect(list.children.map((item) => item.position?.start.column)).toEqual([1, 1]);
  });

  it("reads a values list written with glyph bullets under a values heading", async () => {
    expect(
      await valueSetNames(
        "## Our values\n\nEverything we do is guided by three values:\n\n• Candour\n• Thrift\n• Care for the valley\n",
      ),
    ).toEqual([["Candour", "Thrift", "Care for the valley"]]);
  });

  it("reads a post's values numbered with keycap emoji, one per hard-broken line", async () => {
    const k = (n: number) => `${n}\uFE0F\u20E3`;
    expect(
      await valueSetNames(
        `# Post\n\nWhat I learned there.\n\nThen the 3 values 👇\n\n${k(1)} Patients before forms\\\n${k(2)} Say the hard thing kindly\\\n${k(3)} Leave it better\n\nThat is all.\n`,
      ),
    ).toEqual([["Patients before forms", "Say the hard thing kindly", "Leave it better"]]);
  });

  it("turns a run of lettered lines, a, b, c in turn, into list items of the same length", () => {
    const source =
      "The Board carried forward five values:\n\n(a) Candour – we say it early;\n(b) Thrift – members'\n    money, spent as our own;\nc) Care – for every member.\n";
    const marked = markGlyphBullets(source);
    expect(marked).toBe(
      "The Board carried forward five values:\n\n-   Candour – we say it early;\n-   Thrift – members'\n    money, spent as our own;\n-  Care – for every member.\n",
    );
    expect(marked.length).toBe(source.length);
  });

  it("leaves a lone “(a)”, letters out of turn and a lettered run that does not start at a", () => {
    const source = "(a) one thing only\n\n(a) first\n(c) third\n\n(b) second\n(c) third\n";
    expect(markGlyphBullets(source)).toBe(source);
  });

  it("reads lettered minutes' items as the values the line before counts", async () => {
    expect(
      await valueSetNames(
        "# Minutes\n\n5.5 The Chief Executive explained that the three most-supported values had been carried forward:\n\n(a) Candour – we say it early;\n(b) Thrift – we spend members' money as our own;\n(c) Care – for every member, whoever they are.\n",
      ),
    ).toEqual([["Candour", "Thrift", "Care"]]);
  });

  it("turns a run numbered (i), (ii), (iii) in turn into list items, and reads them as the values", async () => {
    const source =
      "The Board agreed the three values below:\n\n  (i) Welcome everyone\n  (ii) Waste nothing\n  (iii) Keep it local\n";
    expect(markGlyphBullets(source)).toBe(
      "The Board agreed the three values below:\n\n  -   Welcome everyone\n  -    Waste nothing\n  -     Keep it local\n",
    );
    expect(await valueSetNames(`# Minutes\n\n${source}`)).toEqual([
      ["Welcome everyone", "Waste nothing", "Keep it local"],
    ]);
  });
});
