/** `count-mismatch`: a set announces one number of values and lists another. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("count-mismatch", () => {
  it("warns at the announced count when the list is shorter", async () => {
    const m = await model(
      ["# Values", "", "We hold four core values:", "", "- Courage", "- Trust", "- Joy"].join("\n"),
    );
    const found = diagnostics(m, "count-mismatch");
    expect(found).toHaveLength(1);
    // "We hold four core values:" is line 8; "four" starts at column 9.
    expect(found[0]).toMatchObject({ severity: "warning", line: 8, column: 9 });
    expect(found[0]?.message).toContain("Announces 4 core values but lists 3");
    expect(found[0]?.message).toContain("Courage, Trust, Joy, line 10");
  });

  it("warns for pillars and for a trailing count too", async () => {
    const pillars = await model(
      "# About\n\nThe firm rests on five pillars of design, service, quality and price.\n",
    );
    expect(
      diagnostics(pillars, "count-mismatch").map((d) => [d.line, d.column, d.message]),
    ).toEqual([[8, 19, expect.stringContaining("Announces 5 pillars but lists 4")]]);
    const trailing = await model(
      "# Culture\n\nWe value:\n\n- Courage\n- Trust\n\nThese three guiding values shape us.\n",
    );
    expect(diagnostics(trailing, "count-mismatch").map((d) => [d.line, d.column])).toEqual([
      [13, 7],
    ]);
  });

  it("places a ### heading run's mismatch at the intro's count", async () => {
    const m = await model(
      "## Values\n\nOur two values:\n\n### Courage\n\nBold.\n\n### Trust\n\nKept.\n\n### Joy\n\nFun.\n",
    );
    expect(diagnostics(m, "count-mismatch").map((d) => [d.line, d.column])).toEqual([[8, 5]]);
  });

  it("stays quiet when the counts agree or no count is announced", async () => {
    const agree = await model(
      "# Values\n\nWe hold three core values:\n\n- Courage\n- Trust\n- Joy\n",
    );
    expect(agree.valueSets[0]?.declaredCount).toBe(3);
    expect(diagnostics(agree, "count-mismatch")).toEqual([]);
    const none = await model("# Values\n\n- Courage\n- Trust\n- Joy\n");
    expect(none.valueSets).toHaveLength(1);
    expect(diagnostics(none, "count-mismatch")).toEqual([]);
  });
});
