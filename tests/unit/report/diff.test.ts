import { describe, expect, it } from "vitest";
import type { DiffReport } from "../../../src/diff/schema.js";
import { formatDiff } from "../../../src/report/diff.js";

const report: DiffReport = {
  changed: true,
  documents: [
    {
      path: "content/acme.md",
      old: "v1:content/acme.md",
      new: "content/acme.md",
      changes: [
        {
          kind: "statement-reworded",
          area: "mission",
          within: null,
          old: { text: "keep the moments", line: 3 },
          new: { text: "keep the precious moments", line: 4 },
          words: [
            { text: "keep the ", op: "same" },
            { text: "precious ", op: "added" },
            { text: "moments", op: "same" },
          ],
        },
      ],
    },
  ],
};

describe("credo diff formats", () => {
  it("md: emphasis wraps the words only (Markdown ignores `**word **`)", () => {
    expect(formatDiff(report, "md", false)).toContain("  > keep the **precious** moments");
  });

  it("text: git's plain word-diff marks without colour, ANSI colour with it", () => {
    expect(formatDiff(report, "text", false)).toContain("keep the {+precious +}moments");
    expect(formatDiff(report, "text", true)).toContain("\u001b[32mprecious \u001b[39m");
  });

  it("names the lines the change moved between", () => {
    expect(formatDiff(report, "text", false)).toContain("(line 3 → 4)");
  });
});
