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
