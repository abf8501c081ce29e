/**
 * A listicle's bold points about the values — numbered on from points before them ("**3. …**"
 * after "**2. …**"), or each quoting a value listed above ("**“Craft” means slow dough.**") — are
 * the article's points, not a second set of values.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames } from "../../../helpers/pipeline.js";

describe("numbered bold points that continue the page's numbering", () => {
  it("are not read as a set of values", async () => {
    const page = [
      "# 5 Things Acme's Values Say About Its Bakeries",
      "",
      "**1. The mission is short.** Acme's mission is to bake bread people trust.",
      "",
      "**2. It has four values, printed on every bag.**",
      "",
      "1. Craft",
      "2. Candour",
      "3. Care",
      "4. Thrift",
      "",
      '**3. "Craft" means slow dough.** Every loaf proves overnight.',
      "",
      '**4. "Candour" means open prices.** The costs are on the wall.',
      "",
      "**5. \"Thrift\" shapes the menu.** Yesterday's bread becomes today's pudding.",
      "",
    ].join("\n");
    expect(await valueSetNames(page)).toEqual([["Craft", "Candour", "Care", "Thrift"]]);
  });

  it("are not read as a set when each quotes a value listed above, numbered or not", async () => {
    const page = [
      "# What Acme's Values Say About Its Bakeries",
      "",
      "Acme lists four values on every bag:",
      "",
      "- Craft",
      "- Candour",
      "- Care",
      "- Thrift",
      "",
      '**"Craft" means slow dough.** Every loaf proves overnight.',
      "",
      '**"Candour" means open prices.** The costs are on the wall.',
      "",
      "**\"Thrift\" shapes the menu.** Yesterday's bread becomes today's pudding.",
      "",
    ].join("\n");
    expect(await valueSetNames(page)).toEqual([["Craft", "Candour", "Care", "Thrift"]]);
  });
});

describe("numbered `##` principles after a lead-in that counts them in passing", () => {
  const page = (lead: string) =>
    `---\ntitle: "5 Principles Behind Acme"\ncompany: Acme\n---\n\nAcme roasts coffee in Leith.\n\n${lead}\n\n` +
    "## 1. Cup before cost\n\nEvery change is tasted.\n\n## 2. Name the grower\n\nEvery bag says whose beans.\n\n" +
    "## 3. Roast small\n\nTen kilos at a time.\n\n## 4. Never sell a bag you would not drink yourself at home\n\nStaff taste every batch.\n\n" +
    "---\n\n## What others can learn\n\nWrite down what you already do.\n";

  it("reads the run, a long-named fourth too, with the count “there are five of them” gives", async () => {
    const m = await model(
      page(
        "The principles are how the founders said they would work, and there are five of them. Here they are.",
      ),
    );
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [
        [
          "Cup before cost",
          "Name the grower",
          "Roast small",
          "Never sell a bag you would not drink yourself at home",
        ],
        5,
      ],
    ]);
  });
});

describe("numbered bold names over their captions", () => {
  it("drops the number from “**1. Cup before cost**”, as from a numbered heading", async () => {
    const body =
      "# Acme\n\nAcme roasts coffee. Its principles are short, and there are three of them. Here they are.\n\n" +
      "**1. Cup before cost**\n\nEvery change is tasted.\n\n**2. Name the grower**\n\nEvery bag says whose beans.\n\n" +
      "**3. Roast small**\n\nTen kilos at a time.\n";
    expect(await valueSetNames(body)).toEqual([
      ["Cup before cost", "Name the grower", "Roast small"],
    ]);
  });
});
