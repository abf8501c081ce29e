/**
 * Misses of the fifth blind probe batch (tests/corpus/dev/dr-*): takeaways in a blockquote box, and
 * principles set off by a dash that no second dash closes.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

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

describe("a list after an open dash", () => {
  it("reads long items after “three principles — …” to the sentence end, with the count", async () => {
    const m = await model(
      "# About\n\nWe work to three principles — small teams, fixed prices, and software we would use ourselves.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["small teams", "fixed prices", "software we would use ourselves"]],
    ]);
  });
});

describe("a possessive name in the title", () => {
  it("takes “St Brannock's Church” from the title when the text says “St Brannock's”", async () => {
    const m = await model(
      "# St Brannock's Church, Braunton\n\nWelcome to St Brannock's, a parish church.\n\n## Our mission\n\nOur mission is to share God's love with everyone in Braunton.\n",
      true,
    );
    expect(m.meta.company).toBe("St Brannock's Church");
  });
});

describe("a lower-case line of names under a values label", () => {
  it("reads “Curiosity, fairness, patience and craft.” as the set", async () => {
    const m = await model("# Press\n\nVALUES\n\nCuriosity, fairness, patience and craft.\n");
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Curiosity", "fairness", "patience", "craft"],
    ]);
  });

  it("does not read a line of clauses (“We hire locally, pay fairly and train everyone.”)", async () => {
    const m = await model("# Press\n\nVALUES\n\nWe hire locally, pay fairly and train everyone.\n");
    expect(m.valueSets).toEqual([]);
  });
});

describe("a labelled line in a values section", () => {
  it("does not read “Tags: furniture, Scotland, mission statements” as values", async () => {
    const m = await model(
      "# Acme\n\n## Values\n\n*Tags: furniture, Scotland, mission statements*\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});
