/**
 * A question states nothing: under a title naming the purpose, a case study's standfirst ("Can a
 * freight operator's new purpose change …?") is no mission (statements.ts).
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a question under a title naming the purpose", () => {
  it("is no statement", async () => {
    const doc = [
      "# Harrowgate Rail: Rewriting the Purpose",
      "",
      "Can a freight operator’s new purpose change how its drivers and planners behave?",
      "",
      "## The new statement",
      "",
      "Harrowgate’s mission is to take lorries off the road by making rail the simplest way to ship.",
      "",
    ].join("\n");
    expect(await texts(doc)).toEqual([
      "take lorries off the road by making rail the simplest way to ship",
    ]);
  });
});
