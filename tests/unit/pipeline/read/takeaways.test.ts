/**
 * Takeaways: the lists of a takeaways section, a list right after a paragraph about them, or the
 * list inside a "> **Key takeaways**" box.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("takeaways", () => {
  it("reads the lists of a takeaways section as plain text items", async () => {
    const m = await model("## Key takeaways\n\n- One **point**.\n- Two points.\n");
    expect(m.takeaways).toEqual(["One point.", "Two points."]);
    expect(m.sections[0]?.blocks).toEqual([{ type: "takeaways", line: 8 }]);
  });

  it("reads a list introduced by a paragraph about key points, in any section", async () => {
    const m = await model(
      "## Summary\n\nIn summary, here are the key points:\n\n- Courage matters.\n- Trust matters.\n",
    );
    expect(m.takeaways).toEqual(["Courage matters.", "Trust matters."]);
    expect(m.sections[0]?.blocks.map((b) => b.type)).toEqual(["prose", "takeaways"]);
  });

  it.each([
    ["**TL;DR**\n\n- One.\n- Two.\n"],
    ["## Summary\n\n- One.\n- Two.\n"],
    ["## In short\n\n- One.\n- Two.\n"],
    // The writer's own takeaways, in the past tense.
    ["## What I took away\n\n- One.\n- Two.\n"],
  ])("reads the list under a summary label (%#)", async (body) => {
    const m = await model(`# Analysis\n\nSome text.\n\n${body}`);
    expect(m.takeaways).toEqual(["One.", "Two."]);
  });

  it("does not take a paragraph that merely mentions a summary as a label", async () => {
    const m = await model("# Products\n\nA summary of our range follows.\n\n- Kites\n- Reels\n");
    expect(m.takeaways).toEqual([]);
  });

  it("draws one takeaways block at the first list even when there are several", async () => {
    const m = await model("## Key takeaways\n\n- One.\n\n## Other\n\nKey points:\n\n- Two.\n");
    expect(m.takeaways).toEqual(["One.", "Two."]);
    expect(m.sections.map((s) => s.blocks.map((b) => b.type))).toEqual([["takeaways"], ["prose"]]);
  });

  it("does not read a takeaways list as a value set, even in a Values section", async () => {
    const m = await model("## Values\n\nThe key takeaways:\n\n- Courage\n- Trust\n");
    expect(m.takeaways).toEqual(["Courage", "Trust"]);
    expect(m.valueSets).toEqual([]);
  });

  it("reads no takeaways from an ordinary list", async () => {
    const m = await model("## Products\n\nWe sell:\n\n- Bicycles\n- Helmets\n");
    expect(m.takeaways).toEqual([]);
  });
});

describe("a takeaways sub-heading", () => {
  it("reads the list under a '### Key takeaways' heading inside another section", async () => {
    const m = await model(
      "## Our view\n\nThe ferry company's plan is sound, its values less so.\n\n### Key takeaways\n\n1. The mission is short: cheap crossings.\n2. Its plan rests on reach and reliability.\n",
    );
    expect(m.takeaways).toEqual([
      "The mission is short: cheap crossings.",
      "Its plan rests on reach and reliability.",
    ]);
  });
});

describe("a takeaways box", () => {
  it("reads the list inside “> **Key takeaways**”", async () => {
    const m = await model(
      "# Acme\n\nAcme makes glasses.\n\n> **Key takeaways**\n>\n> - The mission is short.\n> - The vision looks ahead.\n\n## Vision\n\nText.\n",
    );
    expect(m.takeaways).toEqual(["The mission is short.", "The vision looks ahead."]);
  });

  it("leaves a quoted list that is not a takeaways box alone", async () => {
    const m = await model("# Acme\n\n> **Our shops**\n>\n> - Leeds\n> - York\n");
    expect(m.takeaways).toEqual([]);
  });
});

describe("a summary box of labelled facts", () => {
  it("reads no takeaways from “> **Summary**” over `**Field:** value` bullets", async () => {
    const m = await model(
      "# Acme\n\n> **Summary**\n> - **Mission:** to make kettles that last.\n> - **Founded:** 1950, Leeds · **Staff:** 40\n\nAcme makes kettles.\n",
    );
    expect(m.takeaways).toEqual([]);
  });

  it("still reads a summary box of sentences", async () => {
    const m = await model(
      "# Acme\n\n> **Summary**\n> - Acme's mission is short and concrete.\n> - Its values are listed twice.\n\nAcme makes kettles.\n",
    );
    expect(m.takeaways).toEqual([
      "Acme's mission is short and concrete.",
      "Its values are listed twice.",
    ]);
  });
});

describe("a list closing the page after the takeaways", () => {
  const page = (between: string) =>
    `## Key takeaways\n\n- Keep the list short.\n- Review it every year.\n\n${between}- Packing tips for the holidays\n- A year of the depot, in pictures\n`;

  it("is the page's footer after a rule: not a takeaway", async () => {
    const m = await model(page("---\n\n*Written by the depot team.*\n\n"));
    expect(m.takeaways).toEqual(["Keep the list short.", "Review it every year."]);
  });

  it("is another part of the page under a bold label of its own", async () => {
    const m = await model(page("**Elsewhere on the blog**\n\n"));
    expect(m.takeaways).toEqual(["Keep the list short.", "Review it every year."]);
  });

  it("still lists a second list of the section, under no label, as takeaways", async () => {
    const m = await model(page("And for managers:\n\n"));
    expect(m.takeaways).toHaveLength(4);
  });
});

describe("a report's numbered summary", () => {
  it("is no takeaways list: '## 1. Summary' over what the workshop did", async () => {
    const m = await model(
      "# Workshop write-up\n\n## 1. Summary\n\n- The group agreed a purpose statement.\n- Five values were agreed.\n\n## 2. Where we started\n\nText.\n",
    );
    expect(m.takeaways).toEqual([]);
  });
  it("is no takeaways list: a filing's '## PROSPECTUS SUMMARY' over its products and principles", async () => {
    const m = await model(
      "## PROSPECTUS SUMMARY\n\n### Our Platform\n\n- **Ledgerline Pay** — card and invoice payments.\n- **Ledgerline Books** — automated bookkeeping.\n\n### Our Principles\n\nFour principles guide how we build:\n\n- **Clarity beats cleverness.** Plain screens.\n- **Own the outcome.** Results, not activity.\n- **Earn trust.** Every month.\n- **Money is sacred.** Always.\n",
    );
    expect(m.takeaways).toEqual([]);
    expect(m.valueSets.map((s) => s.values.length)).toEqual([4]);
  });
  it("still reads a plain '## Summary' closing an article", async () => {
    const m = await model(
      "# Acme's mission\n\nAcme's mission is to make kettles.\n\n## Summary\n\n- The mission is short.\n- The values are clear.\n",
    );
    expect(m.takeaways).toEqual(["The mission is short.", "The values are clear."]);
  });
});

describe("a list of links under a page titled as a summary", () => {
  it("is no takeaways list (“- [Download the full plan (PDF)](…)”)", async () => {
    const m = await model(
      "# Corporate Plan 2025–2029: Summary\n\nThe plan sets out what we will focus on.\n\n- [Download the full Corporate Plan (PDF, 2.1 MB)](#)\n- [Easy read version (PDF, 640 KB)](#)\n\n## Our vision\n\nOur vision is a city where everyone thrives.\n",
    );
    expect(m.takeaways).toEqual([]);
  });
});

describe("a table of takeaways", () => {
  it("reads the first column under “| Takeaway | Why it matters |” and keeps the table in the text", async () => {
    const m = await model(
      "# Analysis\n\nSome text.\n\n## Key takeaways\n\n| Takeaway | Why it matters |\n|---|---|\n| The mission can be tested | It is specific |\n| There is no vision | A target fills the gap |\n",
    );
    expect(m.takeaways).toEqual(["The mission can be tested", "There is no vision"]);
    const prose = m.sections.flatMap((s) => s.blocks).filter((b) => b.type === "prose");
    expect(prose.some((b) => b.type === "prose" && b.text.includes("It is specific"))).toBe(true);
  });

  it("reads no takeaways from a table of figures under a summary", async () => {
    const m = await model(
      "# Report\n\n## Summary\n\n| Year | Members |\n|---|---|\n| 2023 | 1,200 |\n| 2024 | 1,400 |\n",
    );
    expect(m.takeaways).toEqual([]);
  });
});
