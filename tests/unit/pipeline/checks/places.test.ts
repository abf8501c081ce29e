/** Every diagnostic points inside the file, even one YAML reports past a line's end. */
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../src/pipeline/process.js";

describe("diagnostic places", () => {
  it.each([
    ["a template and a stray quote in front matter", '---\n{{title}} $\n**Q: "\n---\n\n\n'],
    [
      "a partial and a script in front matter",
      "---\n{{> partial}} <script>alert(1)</script>\nA1: Q1:\n---\n\n\n",
    ],
  ])("stay inside the text for %s", async (_, value) => {
    const { model } = await parseContent({ path: "fuzz.md", value });
    const lines = value.split("\n");
    expect(model.diagnostics.length).toBeGreaterThan(0);
    for (const d of model.diagnostics) {
      expect(d.line).toBeLessThanOrEqual(lines.length);
      expect(d.column).toBeLessThanOrEqual((lines[d.line - 1] ?? "").length + 1);
    }
  });
});
