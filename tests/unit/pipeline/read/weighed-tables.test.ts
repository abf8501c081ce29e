/**
 * A table that weighs the statements against what the company does ("| Statement | Evidence | Gap
 * |"): its cells are the writer's evidence, not the statements or the values restated.
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets, statementTexts as texts } from "../../../helpers/pipeline.js";

const PAGE =
  "# Acme Bakeries: an analysis\n\n## Mission\n\nAcme's mission is to bake bread every family on the street can afford.\n\n" +
  "## Values\n\nAcme names three values: **Thrift**, **Warmth** and **Craft**.\n\n";

describe("a table weighing the statements", () => {
  const table = (header: string) =>
    `${PAGE}## In practice\n\n| Statement | ${header} | Gap |\n| --- | --- | --- |\n| Mission | Core loaves under two pounds | Premium rye at six |\n| Values | Free baking classes, open kitchens | Supplier wages unknown |\n`;

  it("reads no mission from an “Evidence” cell", async () => {
    expect(await texts(table("Evidence"))).toEqual([
      "bake bread every family on the street can afford",
    ]);
  });

  it("reads no values from a “Values” row's evidence", async () => {
    expect(await sets(table("Evidence"))).toEqual([["Thrift", "Warmth", "Craft"]]);
  });

  it("reads none from a column headed “What works” or “Pros”", async () => {
    for (const header of ["What works", "Pros"])
      expect(await texts(table(header))).toEqual([
        "bake bread every family on the street can afford",
      ]);
  });

  it("reads none from a column headed “In practice” or “Score” either", async () => {
    expect(await sets(table("In practice"))).toEqual([["Thrift", "Warmth", "Craft"]]);
    expect(await texts(table("Score"))).toEqual([
      "bake bread every family on the street can afford",
    ]);
  });

  it("still reads a table that gives the wording (“| Statement | Text |”)", async () => {
    const body =
      "# Acme\n\n| Statement | Text |\n| --- | --- |\n| Mission | To bake bread every family can afford |\n| Values | Thrift, warmth and craft |\n";
    expect(await texts(body)).toEqual(["bake bread every family can afford"]);
    expect(await sets(body)).toEqual([["Thrift", "warmth", "craft"]]);
  });
});
