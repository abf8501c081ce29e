/**
 * Whom "its values" in a sentence opening with "Its" or "Their" speak for: the name the sentence
 * before opens on — another firm's, on a page that compares it, or the company's own.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(`${frontFor("Hollin Bakeries")}${body}`, true)).valueSets.map((s) =>
    s.values.map((v) => v.name),
  );

describe("“Its … values — a, b and c —” after a sentence about another firm", () => {
  it("is that firm's list, not the company's", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## The benchmark\n\nMarlpit Foods plays it safe. Its mission is to bake more loaves than anyone, and its values — Speed, Scale and Price — fit a factory.\n",
      ),
    ).toEqual([]);
  });

  it("is that firm's list when the sentence before opens on the firm's possessive", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\nHollin Bakeries bakes by hand in three towns.\n\n## The benchmark\n\nMarlpit Foods' mission is broad and safe. Its three values — speed, scale and price — fit a factory.\n\nGrainger's vision is vaguer. Their values — thrift, reach and pace — are printed on every van.\n",
      ),
    ).toEqual([]);
  });

  it("is the company's list after a sentence about the company", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## Values\n\nHollin plays it safe. Its mission is to bake bread by hand, and its values — Craft, Patience and Welcome — fit a small bakery.\n",
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });
});

describe("“It lists …” after a sentence opening on a common noun", () => {
  it("is the company's list: 'Regular readers will know …' names no firm", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## The new framework\n\nHollin Bakeries published a framework this week.\n\nRegular readers will know we distrust slogans, but this one has a number behind it.\n\nIt lists three values — craft, patience and welcome — each with two behaviours.\n",
      ),
    ).toEqual([["craft", "patience", "welcome"]]);
  });
});

describe("a rival's values in a comparison paragraph", () => {
  const page = (paragraph: string) =>
    `# Hollin Bakeries\n\n## Values\n\nHollin's values are Craft, Patience and Welcome.\n\n## Against the rivals\n\n${paragraph}\n`;

  it("gives “Its values …” to a subject told by an apposition in the sentence before", async () => {
    expect(
      await sets(
        page(
          "Grainmill, a national chain owned by a pension fund, says its mission is “to put a loaf on every table.” Its values, printed on its vans, are Speed, Scale and Price.",
        ),
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("gives “It lists …” and “They …” to the subject of the sentence before", async () => {
    expect(
      await sets(
        page(
          "Ovenly, an app for home bakers, states its purpose as “to make every kitchen a bakery”. It lists four values: Fun, Flour, Fire and Friends.\n\nMarlpit Foods, the biggest of them, has taken another road. They name their values as Volume, Margin and Reach.",
        ),
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("gives a list to the named subject of its own sentence, after a quoted mission", async () => {
    expect(
      await sets(
        page(
          "Crumb & Co, owned by a Dutch group, has the mission “to bake for the whole continent, from Lisbon to Riga” and lists its values as Ambition, Reach and Rigour.\n\nTallow Bread describes its purpose as “bringing good bread to busy people” and lists three principles: Speed, Thrift and Cheer.\n\nMarlpit's mission is “to feed the country at the lowest possible cost, every day of the year”, and its values are Scale, Price and Pace.",
        ),
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("still reads the company's own list in those shapes", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## Values\n\nHollin Bakeries, a family firm from Ripon, says its mission is “to bake bread by hand”. It lists three values: Craft, Patience and Welcome.\n",
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("does not take a plural common noun opening the sentence for an owner", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\nHollin Bakeries bakes by hand.\n\n## Values\n\nCustomers say its values are Craft, Patience and Welcome.\n",
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("does not take the writer (“I asked …”) for an owner", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\nHollin Bakeries bakes by hand.\n\n## What do they stand for?\n\nI asked the owner and she said they wrote down what mattered to them and ended up with thrift, patience and welcome, and those three things are pinned up in the bakehouse.\n",
      ),
    ).toEqual([["thrift", "patience", "welcome"]]);
  });

  it("gives a rival's list after a lead-in “It lists four values:” to the rival", async () => {
    expect(
      await sets(
        page(
          "Ovenly, an app for home bakers, states its purpose as “to make every kitchen a bakery”. It lists four values:\n\n- Fun\n- Flour\n- Fire\n- Friends\n\nTallow Bread describes its purpose as “bringing good bread to busy people” and lists three principles:\n\n- Speed\n- Thrift\n- Cheer",
        ),
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("still reads the company's list after such a lead-in", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## Values\n\nHollin Bakeries, a family firm from Ripon, bakes by hand. It lists three values:\n\n- Craft\n- Patience\n- Welcome\n",
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });

  it("reads the company's people as the company (“Management describes its …”)", async () => {
    expect(
      await sets(
        "# Hollin Bakeries\n\n## The plan\n\nManagement describes its culture as resting on three values:\n\n- Craft\n- Patience\n- Welcome\n",
      ),
    ).toEqual([["Craft", "Patience", "Welcome"]]);
  });
});

describe("“They …” after a sentence that opens on a count", () => {
  it("speaks of the things counted, not of a firm named “Four”: the count is the set's", async () => {
    const body =
      "# Hollin Bakeries\n\nHollin Bakeries bakes by hand.\n\n## Our DNA\n\nFour things are in our DNA. They decide what we bake and whom we hire.\n\n**Patience.** Dough takes the time it takes.\n\n**Thrift.** Yesterday's loaf becomes today's pudding.\n\n**Warmth.** In the oven and at the counter.\n\n**Craft.** Every loaf shaped by hand.\n";
    const m = await model(`${frontFor("Hollin Bakeries")}${body}`, true);
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["Patience", "Thrift", "Warmth", "Craft"], 4],
    ]);
  });
});
