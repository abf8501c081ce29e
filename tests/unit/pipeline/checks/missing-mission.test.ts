/** `missing-mission`: a warning when no mission statement is found (the page still builds). */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("missing-mission", () => {
  it("is a warning at 1:1 telling how to state a mission", async () => {
    const found = diagnostics(await model("# About\n\nWe make bicycles.\n"), "missing-mission");
    expect(found).toEqual([
      {
        ruleId: "missing-mission",
        severity: "warning",
        line: 1,
        column: 1,
        message: expect.stringContaining("No mission statement found"),
        subject: "mission",
      },
    ]);
    expect(found[0]?.message).toContain("Our mission is to …");
  });

  it("stays quiet when a mission is stated anywhere, even as a quotation under its heading", async () => {
    const stated = await model("# About\n\nOur mission is to make every bicycle last.\n");
    expect(diagnostics(stated, "missing-mission")).toEqual([]);
    const quoted = await model("# Mission\n\n> Make every bicycle last a lifetime.\n");
    expect(diagnostics(quoted, "missing-mission")).toEqual([]);
  });
});
