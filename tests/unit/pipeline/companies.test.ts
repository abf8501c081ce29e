/**
 * Generality: the pipeline must read briefs about any company, written in different styles, and
 * extract the same kind of model. Each `tests/fixtures/companies/<name>.md` has a
 * `<name>.expected.json` beside it; content/tiktok.md is checked against `tiktok.expected.json`.
 *
 * Expected-file conventions (validated below so a typo in a fixture fails loudly):
 * - a count is a number (exact) or `{ "min": n }` (at least n);
 * - `primary` is the statement text or `{ "contains": "…" }`, compared case-insensitively without
 *   quotes, a leading "to" or trailing punctuation; `null` means no statement at all;
 * - `valueSets` as an array is the exact, ordered list of sets outside the FAQ (an FAQ answer
 *   restating a list is checked by `faq-disagrees`, not counted as a set of the brief);
 *   `{ "includes": [...] }` only requires those sets to exist somewhere;
 * - `diagnostics` as an array is the exact list of `rule@line` (any order);
 *   `{ "includes": [...] }` requires those entries, where a bare `rule` matches any line.
 * Line numbers are lines of the .md file, front matter included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseContent } from "../../../src/pipeline/process.js";
import {
  Model,
  type Severity,
  type StatementGroup,
  type ValueSet,
} from "../../../src/schema/schema.js";

const Count = z.union([
  z.number().int().nonnegative(),
  z.strictObject({ min: z.number().int().nonnegative() }),
]);
const Text = z.union([z.string().min(1), z.strictObject({ contains: z.string().min(1) })]);
const StatementExpectation = z.strictObject({
  primary: Text.nullable(),
  count: Count,
  primaryOccurrences: Count.optional(),
});
const ValueSetExpectation = z.strictObject({
  declaredCount: z.number().int().nonnegative().nullable(),
  names: z.array(z.string().min(1)).min(1),
});
const DiagnosticSpec = z.string().regex(/^[a-z-]+(@[1-9][0-9]*)?$/);
const Expected = z.strictObject({
  mission: StatementExpectation,
  vision: StatementExpectation,
  valueSets: z.union([
    z.array(ValueSetExpectation),
    z.strictObject({ includes: z.array(ValueSetExpectation).min(1) }),
  ]),
  pillars: z.array(z.string().min(1)).nullable(),
  takeaways: Count,
  faq: Count,
  diagnostics: z.union([
    z.array(DiagnosticSpec.regex(/@/)),
    z.strictObject({ includes: z.array(DiagnosticSpec).min(1) }),
  ]),
});
type Count = z.infer<typeof Count>;
type StatementExpectation = z.infer<typeof StatementExpectation>;
type ValueSetExpectation = z.infer<typeof ValueSetExpectation>;

/** Severities the rules are specified with; any diagnostic using one of these ids must match. */
const RULE_SEVERITY: Record<string, Severity> = {
  "count-mismatch": "warning",
  "conflicting-statements": "warning",
  "faq-disagrees": "warning",
  "missing-mission": "warning",
  "missing-vision": "warning",
  "missing-values": "warning",
  "empty-document": "error",
  "front-matter": "error",
};

const root = fileURLToPath(new URL("../../..", import.meta.url));
const fixtureDir = "tests/fixtures/companies";

interface Case {
  name: string;
  /** Repository-relative path of the Markdown, as a user would pass it. */
  path: string;
  expectedPath: string;
}

const fixtureCases: Case[] = readdirSync(`${root}/${fixtureDir}`)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => {
    const name = file.slice(0, -".md".length);
    return {
      name,
      path: `${fixtureDir}/${file}`,
      expectedPath: `${fixtureDir}/${name}.expected.json`,
    };
  });
const cases: Case[] = [
  ...fixtureCases,
  { name: "tiktok", path: "content/tiktok.md", expectedPath: `${fixtureDir}/tiktok.expected.json` },
];

const read = (path: string): string => readFileSync(`${root}/${path}`, "utf8");

function expectCount(actual: number, expected: Count, what: string): void {
  if (typeof expected === "number") expect(actual, what).toBe(expected);
  else expect(actual, `${what} (at least ${expected.min})`).toBeGreaterThanOrEqual(expected.min);
}

/** Statement text as compared: no quotes, no leading "to", no trailing punctuation, lower case. */
function normalizeStatement(text: string): string {
  return text
    .replace(/[“”"]/g, "")
    .replace(/’/g, "'")
    .replace(/^\s*'+|'+\s*$/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^to\s+/i, "")
    .replace(/[\s.,;:!?]+$/, "")
    .toLowerCase();
}

function expectStatements(group: StatementGroup, expected: StatementExpectation, what: string) {
  const texts = group.statements.map((statement) => statement.text);
  expectCount(group.statements.length, expected.count, `${what}: distinct statements ${texts}`);
  if (expected.primary === null) {
    expect(group.primary, `${what}: primary`).toBeNull();
    return;
  }
  expect(group.primary, `${what}: primary`).not.toBeNull();
  const primary = group.primary;
  if (primary === null) return;
  const actualText = normalizeStatement(primary.text);
  if (typeof expected.primary === "string") {
    expect(actualText, `${what}: primary`).toBe(normalizeStatement(expected.primary));
  } else {
    expect(actualText, `${what}: primary`).toContain(normalizeStatement(expected.primary.contains));
  }
  if (expected.primaryOccurrences !== undefined) {
    expectCount(
      primary.occurrences.length,
      expected.primaryOccurrences,
      `${what}: occurrences of the primary statement`,
    );
  }
}

/** What a value set is compared by: its announced count and its names, case-insensitively. */
function setShape(set: { declaredCount: number | null; names: string[] }): ValueSetExpectation {
  return {
    declaredCount: set.declaredCount,
    names: set.names.map((name) => name.trim().toLowerCase()),
  };
}

const actualShape = (set: ValueSet): ValueSetExpectation =>
  setShape({ declaredCount: set.declaredCount, names: set.values.map((value) => value.name) });

/** Line ranges [start, end) of FAQ sections: up to the next heading of the same or higher rank. */
function faqRanges(model: Model): Array<[number, number]> {
  return model.sections.flatMap((section, index) => {
    if (section.kind !== "faq") return [];
    const next = model.sections
      .slice(index + 1)
      .find((later) => later.depth <= section.depth && later.line > section.line);
    return [[section.line, next?.line ?? Number.POSITIVE_INFINITY] as [number, number]];
  });
}

function bodyValueSets(model: Model): ValueSet[] {
  const ranges = faqRanges(model);
  return model.valueSets.filter(
    (set) => !ranges.some(([start, end]) => set.line >= start && set.line < end),
  );
}

/** `rule@line` matches that exact diagnostic; a bare `rule` matches it on any line. */
const matchesSpec = (spec: string, key: string): boolean =>
  spec.includes("@") ? key === spec : key.startsWith(`${spec}@`);

/** Expected diagnostic specs not found; each actual diagnostic satisfies at most one spec. */
function missingDiagnostics(actual: string[], specs: string[]): string[] {
  const unused = [...actual];
  return specs.filter((spec) => {
    const index = unused.findIndex((key) => matchesSpec(spec, key));
    if (index === -1) return true;
    unused.splice(index, 1);
    return false;
  });
}

describe("the fixture set", () => {
  it("has at least three briefs besides TikTok, each with an expected model", () => {
    expect(fixtureCases.length).toBeGreaterThanOrEqual(3);
    const expectedFiles = readdirSync(`${root}/${fixtureDir}`).filter((file) =>
      file.endsWith(".expected.json"),
    );
    expect(expectedFiles.sort()).toEqual(cases.map((c) => `${c.name}.expected.json`).sort());
  });
});

describe.each(cases)("$path", ({ path, expectedPath }) => {
  const expected = Expected.parse(JSON.parse(read(expectedPath)));
  let model: Model;

  beforeAll(async () => {
    ({ model } = await parseContent({ path, value: read(path) }));
  });

  it("produces a model that satisfies the schema", () => {
    expect(() => Model.parse(model)).not.toThrow();
    expect(model.meta.source).toBe(path);
  });

  it("extracts the mission", () => {
    expectStatements(model.mission, expected.mission, "mission");
  });

  it("extracts the vision", () => {
    expectStatements(model.vision, expected.vision, "vision");
  });

  it("extracts the value sets", () => {
    if (Array.isArray(expected.valueSets)) {
      expect(bodyValueSets(model).map(actualShape)).toEqual(expected.valueSets.map(setShape));
      return;
    }
    const actual = model.valueSets.map(actualShape);
    for (const set of expected.valueSets.includes) {
      expect(actual, `value set ${set.names.join(", ")}`).toContainEqual(setShape(set));
    }
  });

  it("extracts the pillars", () => {
    if (expected.pillars === null) {
      expect(model.pillars).toBeNull();
      return;
    }
    expect(model.pillars?.values.map((value) => value.name.trim().toLowerCase())).toEqual(
      expected.pillars.map((name) => name.toLowerCase()),
    );
  });

  it("extracts the takeaways and the FAQ", () => {
    expectCount(model.takeaways.length, expected.takeaways, `takeaways ${model.takeaways}`);
    const questions = model.faq.map((entry) => entry.question);
    expectCount(model.faq.length, expected.faq, `FAQ entries ${questions.join(" | ")}`);
    for (const entry of model.faq) expect(entry.answer.trim(), entry.question).not.toBe("");
  });

  it("reports the expected diagnostics", () => {
    const actual = model.diagnostics.map((d) => `${d.ruleId}@${d.line}`).sort();
    if (Array.isArray(expected.diagnostics)) {
      expect(actual).toEqual([...expected.diagnostics].sort());
      return;
    }
    expect(missingDiagnostics(actual, expected.diagnostics.includes), `got ${actual}`).toEqual([]);
  });

  it("gives the specified rules their specified severity", () => {
    for (const diagnostic of model.diagnostics) {
      const severity = RULE_SEVERITY[diagnostic.ruleId];
      if (severity !== undefined) expect(diagnostic.severity, diagnostic.ruleId).toBe(severity);
    }
  });
});
