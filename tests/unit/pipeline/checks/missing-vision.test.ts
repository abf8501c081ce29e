/** `missing-vision`: a warning when no vision statement is found. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("missing-vision", () => {
  it("is a warning at 1:1 naming the phrasings it reads", async () => {
    const m = await model("# About\n\nOur mission is to make every bicycle last.\n");
    const found = diagnostics(m, "missing-vision");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", line: 1, column: 1 });
    expect(found[0]?.message).toContain("No vision statement found");
    expect(found[0]?.message).toContain("We envision …");
  });

  it("stays quiet when a vision is stated", async () => {
    const m = await model("# About\n\nWe envision a world where every bicycle is repaired.\n");
    expect(diagnostics(m, "missing-vision")).toEqual([]);
  });
});
