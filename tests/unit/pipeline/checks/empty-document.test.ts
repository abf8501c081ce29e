/** `empty-document`: nothing but front matter; then no content rule fires. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("empty-document", () => {
  it.each([
    ["nothing after the front matter", ""],
    ["only headings", "# Mission\n\n## Vision\n"],
    ["only raw HTML, which is never rendered", "<script>alert(1)</script>\n\n<div>x</div>\n"],
  ])("is the one error for %s", async (_, body) => {
    const m = await model(body);
    expect(m.diagnostics).toEqual([
      {
        ruleId: "empty-document",
        severity: "error",
        line: 1,
        column: 1,
        message: expect.stringContaining("The document has no content"),
        subject: "document",
      },
    ]);
  });

  it("is the one diagnostic for an empty file (no front matter is no error of its own)", async () => {
    const m = await model("", true);
    expect(m.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["empty-document", "error"]]);
  });

  it("stays quiet for a document with one paragraph", async () => {
    const m = await model("Just one line.\n");
    expect(m.diagnostics.map((d) => d.ruleId)).not.toContain("empty-document");
    expect(m.diagnostics.map((d) => d.ruleId)).toContain("missing-mission");
  });
});
