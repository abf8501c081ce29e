/**
 * Front matter is data, never code: YAML only, typed known fields, errors at the file line the
 * problem is on (the YAML starts on line 2), and no way to run code or touch prototypes.
 */
import { randomUUID } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const BODY = "\n# Mission\n\nOur mission is to make every bicycle last a lifetime.\n";
const doc = (...yaml: string[]) => ["---", ...yaml, "---", BODY].join("\n");
const errors = async (value: string) => diagnostics(await model(value, true), "front-matter");

describe("valid front matter", () => {
  it("becomes meta with typed known fields, extra keys kept, and the source path", async () => {
    const m = await model(
      doc(
        "title: Fernhill brief",
        "company: Fernhill Bicycles",
        "subtitle: Mission, vision, values",
        "founded: 2016",
        "paper: Letter",
        "date: 2024-05-01",
        "tags: [a, b]",
      ),
      true,
    );
    expect(m.meta).toEqual({
      title: "Fernhill brief",
      company: "Fernhill Bicycles",
      subtitle: "Mission, vision, values",
      founded: 2016,
      paper: "Letter",
      // Core schema: no timestamps, a date stays the text it was written as.
      date: "2024-05-01",
      tags: ["a", "b"],
      source: "test.md",
    });
    expect(diagnostics(m, "front-matter")).toEqual([]);
  });

  it("reads front matter after a byte-order mark", async () => {
    const m = await model(`\uFEFF${doc("title: T", "company: C")}`, true);
    expect(m.meta.title).toBe("T");
    expect(diagnostics(m, "front-matter")).toEqual([]);
  });

  it("reads CRLF files and keeps file lines", async () => {
    const value = doc("title: T", "company: C", "founded: soon").replace(/\n/g, "\r\n");
    const m = await model(value, true);
    const [error] = diagnostics(m, "front-matter");
    expect(error).toMatchObject({ line: 4, column: 1, severity: "error" });
    expect(error?.message).toContain('"founded"');
    // The body still reads with CRLF: lines 5 "---", 6 blank, 7 heading, 8 blank, 9 statement.
    expect(m.mission.primary?.text).toBe("make every bicycle last a lifetime");
    expect(m.mission.primary?.occurrences[0]).toMatchObject({ line: 9, column: 16 });
  });

  it("keeps a CRLF file's valid front matter", async () => {
    const m = await model(doc("title: T", "company: C").replace(/\n/g, "\r\n"), true);
    expect(m.meta).toMatchObject({ title: "T", company: "C" });
    expect(diagnostics(m, "front-matter")).toEqual([]);
  });
});

describe("front matter errors", () => {
  it("reads plain Markdown without front matter: title and company guessed, with an info each", async () => {
    const m = await model(
      "# Fernhill Cycles: Mission and Values\n\nFernhill's mission is to make every bicycle last.\n",
      true,
    );
    expect(diagnostics(m, "front-matter")).toEqual([]);
    expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(m.meta).toMatchObject({
      title: "Fernhill Cycles: Mission and Values",
      company: "Fernhill Cycles",
      source: "test.md",
    });
    const guessed = diagnostics(m, "guessed-meta");
    expect(guessed.map((d) => [d.severity, d.message])).toEqual([
      [
        "info",
        expect.stringContaining(
          "Title “Fernhill Cycles: Mission and Values” guessed from the first heading",
        ),
      ],
      [
        "info",
        expect.stringContaining("Company “Fernhill Cycles” guessed from the statements' wording"),
      ],
    ]);
  });

  it.each([
    [
      "# Welcome to Orchard Lane Clinic\n\nAt Orchard Lane, our mission is to care for children.\n",
      "Orchard Lane Clinic",
    ],
    ["# Who We Are\n\nKelderman Tools has made chisels since 1958.\n", "Kelderman Tools"],
    [
      "# Our Story\n\nAt Puddle Toys, we sell kites. Puddle Toys' mission is to sell kites.\n",
      "Puddle Toys",
    ],
  ])("guesses the company of a page whose title names nobody (%#)", async (text, company) => {
    const m = await model(text, true);
    expect(m.meta.company).toBe(company);
  });

  it("reports invalid YAML at its file line", async () => {
    // Line 1 "---", line 2 title, line 3 company, line 4 the broken flow sequence.
    const found = await errors(doc("title: T", "company: C", "tags: [unclosed"));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: "error", line: 4 });
    expect(found[0]?.message).toMatch(/invalid yaml/i);
  });

  it("reports an error on the first YAML line at line 2, at its column", async () => {
    const found = await errors(doc("title: @x", "company: C"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", line: 2, column: 8 });
    expect(found[0]?.message).toMatch(/reserved character @/);
  });

  it("rejects a list instead of a mapping", async () => {
    const found = await errors(doc("- title", "- company"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 1 });
    expect(found[0]?.message).toMatch(/must be a mapping/);
  });

  it("guesses a title or company the front matter leaves out, and rejects one of the wrong type", async () => {
    expect(await errors(doc("company: C"))).toEqual([]);
    expect(await errors(doc("title: T"))).toEqual([]);
    const wrong = await errors(doc("title: [A, B]", "company: C"));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]?.message).toContain('"title"');
    expect(wrong[0]?.message).toContain("title: …");
  });

  it('rejects founded: "x" at the founded line with a hint', async () => {
    const found = await errors(doc("title: T", "company: C", 'founded: "x"'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, column: 1 });
    expect(found[0]?.message).toContain("founded: 2016");
  });

  it("rejects paper: A5 with the allowed sizes", async () => {
    const found = await errors(doc("title: T", "paper: A5", "company: C"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1 });
    expect(found[0]?.message).toMatch(/A4.*Letter/);
  });

  it("falls back to the first heading's title when the front matter is invalid", async () => {
    const m = await model(doc("title: T", "company: C", "paper: A5"), true);
    expect(m.meta).toEqual({ title: "Mission", company: "Mission", source: "test.md" });
  });
});

describe("front matter is never code", () => {
  const canary = join(tmpdir(), `credo-canary-${randomUUID()}`);
  afterEach(() => rmSync(canary, { force: true }));

  for (const fence of ["---js", "---javascript", "--- js"]) {
    it(`rejects ${JSON.stringify(fence)} front matter without running it`, async () => {
      const value = [
        fence,
        `({ title: require('fs').writeFileSync(${JSON.stringify(canary)}, 'ran') || 'T', company: 'C' })`,
        "---",
        BODY,
      ].join("\n");
      const found = await errors(value);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
      expect(found[0]?.message).toMatch(/not supported.*YAML/);
      expect(existsSync(canary)).toBe(false);
    });
  }

  it("keeps the code block out of the title, the sections and the prose", async () => {
    const value = ["---js", "{", "", "  title: require('fs')", "}", "---", BODY].join("\n");
    const m = await model(value, true);
    expect(m.meta.title).toBe("Mission");
    expect(m.sections.map((s) => s.heading)).toEqual(["Mission"]);
    expect(JSON.stringify(m.sections)).not.toContain("require");
    // The body after the block still reads: "---" closes it on line 6, the statement is on line 10.
    expect(m.mission.primary?.occurrences[0]?.line).toBe(10);
  });

  for (const tag of ["!!js/function 'function () { return 1 }'", "!!js/undefined ''", "!foo bar"]) {
    it(`rejects the custom tag ${tag.split(" ")[0]}`, async () => {
      const m = await model(doc(`title: ${tag}`, "company: C"), true);
      const found = diagnostics(m, "front-matter");
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]).toMatchObject({ severity: "error", line: 2 });
      expect(found[0]?.message).toMatch(/tag/i);
      expect(typeof m.meta.title).toBe("string");
    });
  }

  for (const key of ["__proto__", '"__proto__"', "constructor", "prototype"]) {
    it(`rejects the top-level key ${key} and pollutes nothing`, async () => {
      const found = await errors(doc("title: T", "company: C", `${key}:`, "  polluted: yes"));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "error", line: 4, column: 1 });
      expect(found[0]?.message).toMatch(/is not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("rejects a __proto__ key nested inside another value", async () => {
    const m = await model(
      doc("title: T", "company: C", "extra:", "  list: [{ __proto__: { polluted: yes } }]"),
      true,
    );
    const found = diagnostics(m, "front-matter");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 12 });
    expect(found[0]?.message).toContain('"__proto__"');
    expect(m.meta.extra).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never merges a << key into the mapping", async () => {
    const m = await model(
      doc("defaults: &d", "  polluted: yes", "  paper: A5", "title: T", "company: C", "<<: *d"),
      true,
    );
    // Whether reported or kept as a plain key, the merge never happens.
    expect(m.meta.polluted).toBeUndefined();
    expect(m.meta.paper).toBeUndefined();
  });

  it("stops an alias bomb before expanding it", async () => {
    const yaml = ["title: T", "company: C", `a: &a [${Array(9).fill('"lol"').join(", ")}]`];
    const names = "abcdefghij";
    for (let i = 1; i < names.length; i++) {
      yaml.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(", ")}]`,
      );
    }
    // Expanded, the aliases would make 9^10 strings: the test would not end, let alone in time.
    const found = await errors(doc(...yaml));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", line: 2 });
    expect(found[0]?.message).toMatch(/alias/i);
  });
});
