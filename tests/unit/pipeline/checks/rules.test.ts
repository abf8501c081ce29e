/**
 * Rules are described once (src/pipeline/checks/registry.ts): each rule's golden example raises what it
 * says, the README's rule table lists every rule with its default severity, and comments in the
 * content silence rules the way remark-lint's do.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_LIST } from "../../../../src/pipeline/checks/registry.js";
import { parseContent } from "../../../../src/pipeline/process.js";

describe.each(RULE_LIST.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  it("raises its example's message with its default severity", async () => {
    const { model } = await parseContent({ path: "example.md", value: rule.example.in });
    const raised = model.diagnostics.filter((d) => d.ruleId === id);
    if (rule.example.out === null) expect(raised).toEqual([]);
    else {
      expect(raised.map((d) => d.severity)).toContain(rule.severity);
      expect(raised.map((d) => d.message).join("\n")).toContain(rule.example.out);
    }
  });

  it("is listed in the README's rule table with its severity", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| ${rule.severity} \\|`));
  });
});

describe("comment control", () => {
  const doc = (comment: string) =>
    `${comment}\n\n# Acme\n\nAcme has three values:\n\n- Care\n- Candour\n- Craft\n- Courage\n`;

  it("<!-- credo disable RULE --> at the top silences that rule for the file", async () => {
    const { model } = await parseContent({
      path: "a.md",
      value: doc("<!-- credo disable count-mismatch missing-mission -->"),
    });
    const ids = model.diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain("count-mismatch");
    expect(ids).not.toContain("missing-mission");
    expect(ids).toContain("missing-vision");
  });

  it("<!-- credo ignore count-mismatch --> silences it for the next block only", async () => {
    const value =
      "# Acme\n\nOur mission is to make roads safer.\n\n<!-- credo ignore count-mismatch -->\nAcme has two values: care, candour and craft.\n\nIt also has three pillars: speed, safety, scale and style.\n";
    const { model } = await parseContent({ path: "a.md", value });
    const mismatches = model.diagnostics.filter((d) => d.ruleId === "count-mismatch");
    expect(mismatches.map((d) => d.line)).toEqual([8]);
  });

  it('a config severity applies, and "off" raises nothing', async () => {
    const { model } = await parseContent({
      path: "a.md",
      value: doc(""),
      rules: { "count-mismatch": "error", "missing-vision": "off" },
    });
    expect(model.diagnostics.find((d) => d.ruleId === "count-mismatch")?.severity).toBe("error");
    expect(model.diagnostics.map((d) => d.ruleId)).not.toContain("missing-vision");
  });
});

describe("front-matter overrides", () => {
  it("mission:, vision: and values: replace what the reader extracted", async () => {
    const value = [
      "---",
      "title: Acme",
      "company: Acme",
      "mission: [Make roads safer, Sell more cars]",
      "vision: A world without crashes",
      "values:",
      "  - Care",
      "  - { name: Candour, description: We say what we see }",
      "---",
      "",
      "# Acme",
      "",
      "Our mission is to do something else entirely.",
      "",
    ].join("\n");
    const { model } = await parseContent({ path: "a.md", value });
    expect(model.mission.statements.map((s) => [s.text, s.occurrences[0]?.line])).toEqual([
      ["Make roads safer", 4],
      ["Sell more cars", 4],
    ]);
    expect(model.mission.primary?.text).toBe("Make roads safer");
    expect(model.vision.primary).toMatchObject({
      text: "A world without crashes",
      confidence: 1,
      evidence: { cue: "front matter", context: "`vision:` key" },
    });
    expect(model.valueSets).toEqual([
      expect.objectContaining({
        form: "front-matter",
        values: [
          expect.objectContaining({ name: "Care", description: null, line: 6 }),
          expect.objectContaining({ name: "Candour", description: "We say what we see" }),
        ],
      }),
    ]);
    expect(model.meta).not.toHaveProperty("mission");
  });

  it("refuses a value of the wrong shape at its line with a hint", async () => {
    const { model } = await parseContent({
      path: "a.md",
      value: "---\ntitle: Acme\ncompany: Acme\nvalues: Care\n---\n\n# Acme\n",
    });
    const error = model.diagnostics.find((d) => d.ruleId === "front-matter");
    expect(error).toMatchObject({ severity: "error", line: 4 });
    expect(error?.message).toContain("values: [Care, Candour]");
  });
});
