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
