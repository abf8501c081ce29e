/**
 * A page's numbered cards, converted: each item opens on a paragraph that is only its number
 * ("01"), the card's words after it.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("numbered cards", () => {
  it("are named by their words, not their numbers", async () => {
    expect(
      await sets(
        "## Our culture code: three principles\n\n1. 01\n\n   Say the hard thing early, kindly and in person.\n\n2. 02\n\n   Ship the work, then polish the deck.\n\n3. 03\n\n   Protect the weekend.\n",
      ),
    ).toEqual([[3, ["Say the hard thing early", "Ship the work", "Protect the weekend"]]]);
  });

  it("keep a number that is an item's only text", async () => {
    expect(await sets("## Our values\n\n- Honesty\n- 24\n- Care\n")).toEqual([
      [null, ["Honesty", "24", "Care"]],
    ]);
  });

  it("keep their numbers when only some items open on one", async () => {
    expect(
      await sets(
        "## Our values\n\n- 01\n\n  Honesty in all we do.\n\n- Care\n\n  For each other.\n",
      ),
    ).toEqual([[null, ["01", "Care"]]]);
  });
});

describe("numbered cards with headings", () => {
  const page = (numbers: string[]) =>
    `## How we work\n\nFour principles we won't trade away.\n\n${[
      "Start with the hardest screen",
      "Test with real people, early",
      "No decoration for its own sake",
      "Leave the keys behind",
    ]
      .map((name, i) => `${numbers[i] ? `${numbers[i]}\n\n` : ""}### ${name}\n\nWhy it matters.`)
      .join("\n\n")}\n`;

  it("drop the number over each heading, so the lead-in counts the headings", async () => {
    expect(await sets(page(["01", "02", "03", "04"]))).toEqual([
      [
        4,
        [
          "Start with the hardest screen",
          "Test with real people, early",
          "No decoration for its own sake",
          "Leave the keys behind",
        ],
      ],
    ]);
  });

  it("leave no number in the card before's text, and take a long name the count vouches for", async () => {
    const long = page(["01", "02", "03", "04"]).replace(
      "Leave the keys behind",
      "Leave your team able to carry on without us",
    );
    const [set] = (await model(long)).valueSets;
    expect(set?.values.map((v) => [v.name, v.description])).toEqual([
      ["Start with the hardest screen", "Why it matters."],
      ["Test with real people, early", "Why it matters."],
      ["No decoration for its own sake", "Why it matters."],
      ["Leave your team able to carry on without us", "Why it matters."],
    ]);
    expect(set?.declaredCount).toBe(4);
  });

  it("keep a lone number over one heading: a figure of the text", async () => {
    const m = await model("## In numbers\n\n24\n\n### Hours a day\n\nWe answer the phone.\n");
    expect(m.valueSets).toEqual([]);
  });
});

describe("a heading naming the house's set by its count and shared initial", () => {
  it("is a values section: '## Our 5 P’s' over sub-headings", async () => {
    expect(
      await sets(
        "## Our 5 P’s\n\nEvery class is built around the same five things.\n\n### Passion\n\nWe love it.\n\n### Patience\n\nIt takes years.\n\n### Poise\n\nPosture.\n\n### Perseverance\n\nTry again.\n\n### Play\n\nImagination first.\n",
      ),
    ).toEqual([[5, ["Passion", "Patience", "Poise", "Perseverance", "Play"]]]);
  });

  it("is not a textbook's marketing mix: '## The 4 Ps'", async () => {
    expect(
      await sets(
        "## The 4 Ps\n\nEvery marketer learns them.\n\n### Product\n\nWhat you sell.\n\n### Price\n\nWhat it costs.\n\n### Place\n\nWhere.\n\n### Promotion\n\nHow people hear.\n",
      ),
    ).toEqual([]);
  });
});
