/** `missing-values`: a warning when no value set is found (pillars do not count). */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("missing-values", () => {
  it("is a warning at 1:1 telling how to list values", async () => {
    const m = await model(
      "# About\n\nThe firm rests on four pillars of design, service, quality and price.\n",
    );
    expect(m.pillars).not.toBeNull();
    const found = diagnostics(m, "missing-values");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", line: 1, column: 1 });
    expect(found[0]?.message).toContain("No list of values found");
    expect(found[0]?.message).toContain("“Values” heading");
  });

  it("stays quiet with a value list", async () => {
    const m = await model("# Values\n\n- Repair\n- Honesty\n");
    expect(diagnostics(m, "missing-values")).toEqual([]);
  });
});
