/**
 * A word processor's export sets its parts as `#` headings ("# 1. Introduction", "# 3. Our four
 * strategic pillars") with `##` inside them: the `##` headings are items of their part.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const doc = (top: string, sub: string) =>
  `${top} 1. Introduction\n\nThis strategy runs from 2025 to 2030.\n\n${top} 2. Who we are\n\nOur vision is a town where everyone has a warm, safe home.\n\n${top} 3. Our four strategic pillars\n\nOur work is organised under four pillars.\n\n${sub} 3.1 Better homes\n\nBring every home up to standard.\n\n${sub} 3.2 Warmer homes\n\nInsulate every loft.\n\n${sub} 3.3 Stronger neighbourhoods\n\nWork with residents.\n\n${sub} 3.4 A sound business\n\nKeep rents affordable.\n\n${top} 4. Measuring progress\n\nWe report each year.\n`;

describe("parts set as `#` headings", () => {
  it("reads the `##` headings under “# 3. Our four strategic pillars” as its pillars", async () => {
    const m = await model(doc("#", "##"));
    expect(m.pillars?.values.map((v) => v.name)).toEqual([
      "Better homes",
      "Warmer homes",
      "Stronger neighbourhoods",
      "A sound business",
    ]);
    expect(m.pillars?.declaredCount).toBe(4);
  });

  it("reads the same page set one level down the same way", async () => {
    const m = await model(`# Aldermoor Homes\n\n${doc("##", "###")}`);
    expect(m.pillars?.values.map((v) => v.name)).toEqual([
      "Better homes",
      "Warmer homes",
      "Stronger neighbourhoods",
      "A sound business",
    ]);
  });
});

describe("a PDF's numbered sub-parts over their text", () => {
  it("reads “3.1 Generate” over its text as a pillar, not a line of the paragraph", async () => {
    const m = await model(
      "3 Strategic pillars\n\nOur three strategic pillars describe how we will move towards\nthe vision.\n\n3.1 Generate\nBuild at least 1.5 MW of new community-owned generation.\n\n3.2 Save\nRun free home-energy advice visits.\n\n3.3 Share\nShare the surplus with the village.\n\n4 Five-year targets\n\nWe report each year.\n",
    );
    expect(m.pillars?.values.map((v) => [v.name, v.description])).toEqual([
      ["Generate", "Build at least 1.5 MW of new community-owned generation."],
      ["Save", "Run free home-energy advice visits."],
      ["Share", "Share the surplus with the village."],
    ]);
  });

  it("leaves a paragraph opening on a figure (“2.1 million people …”) whole", async () => {
    const m = await model(
      "## Reach\n\n2.1 million people use our buses\nevery year, most of them daily.\n",
    );
    expect(m.pillars).toBeNull();
  });
});

describe("a design's zero-padded index before a value's name", () => {
  it("reads “### 01 Ship small” as the value “Ship small”", async () => {
    const m = await model(
      "## The principles we build by\n\n### 01 Ship small\n\nWe release in slices.\n\n### 02 Default to open\n\nOur roadmap is public.\n\n### 03 Earn trust daily\n\nTrust is won every day.\n",
    );
    expect(m.valueSets.map((set) => set.values.map((v) => v.name))).toEqual([
      ["Ship small", "Default to open", "Earn trust daily"],
    ]);
  });
});
