/**
 * Everyday shapes of a value set from the dw-/dx- blind batches: a count announced in an earlier
 * sentence of the lead-in paragraph, values named in a plain sentence, and lines that only look
 * like lists of names.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("a count in an earlier sentence of the lead-in", () => {
  const run = (count: string, headings: string[]) =>
    [
      "## How we work",
      "",
      `The studio is built on ${count} principles. We agreed them at our first away day in a cold barn.`,
      "",
      ...headings.flatMap((h, i) => [`### ${i + 1}. ${h}`, "", "A line about it.", ""]),
    ].join("\n");

  it("announces the numbered headings that follow when their number agrees", async () => {
    expect(await sets(run("three", ["Draw first", "Share early", "Rest well"]))).toEqual([
      [3, ["Draw first", "Share early", "Rest well"]],
    ]);
  });

  it("does not when the headings that follow are more than it counts", async () => {
    expect(await sets(run("two", ["Draw first", "Share early", "Rest well"]))).toEqual([]);
  });
});
