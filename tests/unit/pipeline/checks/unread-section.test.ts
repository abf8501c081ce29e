/**
 * `unread-section`: a section named for a part that gave nothing is info, not a
 * missing-part warning. (`model()` adds five lines of front matter.)
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("unread-section", () => {
  it("is info at the section's heading and silences missing-values", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to make every road safer.\n\n## Our values\n\nWe hire people who would rather fix a thing than explain why it broke, and we keep them.\n",
    );
    const found = diagnostics(m, "unread-section");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "info", line: 10, column: 1, subject: "values" });
    expect(found[0]?.message).toContain("“Our values”");
    expect(found[0]?.message).toContain("read no list of values");
    expect(diagnostics(m, "missing-values")).toEqual([]);
  });

  it("silences missing-mission for a mission section written in an unfamiliar frame", async () => {
    const m = await model(
      "# Acme\n\n## Our mission\n\nFor forty years one idea has guided the yard: boats that outlast the people who buy them.\n",
    );
    expect(diagnostics(m, "missing-mission")).toEqual([]);
    expect(diagnostics(m, "unread-section")[0]).toMatchObject({ subject: "mission", line: 8 });
  });

  it("leaves the warning where the section says the part is absent", async () => {
    for (const body of [
      "## Why there is no vision statement\n\nThe board tried twice and gave up on it.\n",
      "## Is there a vision?\n\nNo. The founders wrote a mission and values and stopped there.\n",
      "## The vision\n\nThe firm does not publish a vision statement of any kind, and says so.\n",
    ]) {
      const m = await model(`# Acme\n\nOur mission is to make every road safer.\n\n${body}`);
      expect(diagnostics(m, "missing-vision"), body).toHaveLength(1);
      expect(diagnostics(m, "unread-section"), body).toEqual([]);
    }
  });

  it("needs the heading to name the part: “Looking ahead” and “Mission-critical” do not", async () => {
    const m = await model(
      "# Acme\n\n## Mission-critical, by design\n\nEvery part is tested twice before it leaves the plant floor.\n\n## Looking ahead\n\nThe plant shuts for two weeks each August for repairs.\n",
    );
    expect(diagnostics(m, "missing-mission")).toHaveLength(1);
    expect(diagnostics(m, "missing-vision")).toHaveLength(1);
    expect(diagnostics(m, "unread-section")).toEqual([]);
  });

  it("stays quiet when the part was read", async () => {
    const m = await model("# Acme\n\n## Our values\n\n- Repair\n- Honesty\n");
    expect(diagnostics(m, "unread-section")).toEqual([]);
  });

  it("takes a page title listing its topics for no section of the part when a later one is", async () => {
    const m = await model(
      "# Acme Ropes: Margins, Mission and the Price\n\nI have owned the shares since 2019. This post covers the business and the price.\n\n## The moat and the mission\n\nThe moat is brand. On mission: Acme doesn't really have one, and that is fine.\n",
    );
    expect(diagnostics(m, "unread-section")).toEqual([]);
    expect(diagnostics(m, "missing-mission")).toHaveLength(1);
  });
});
