/** `front-matter` problems reach `model.diagnostics` as errors (details: tests/parse). */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("front-matter", () => {
  it("lands in model.diagnostics as an error at its line, in line order with other rules", async () => {
    const m = await model(
      "---\ntitle: T\ncompany: C\nfounded: soon\n---\n\n# About\n\nWe make bicycles.\n",
      true,
    );
    expect(diagnostics(m, "front-matter")).toEqual([
      {
        ruleId: "front-matter",
        severity: "error",
        line: 4,
        column: 1,
        message: expect.stringContaining('"founded" is invalid'),
      },
    ]);
    const lines = m.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(m.diagnostics.map((d) => d.ruleId)).toContain("missing-mission");
  });
});
