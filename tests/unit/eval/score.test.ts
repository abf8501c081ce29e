/** How the scorer compares a model with its gold where wordings may differ in form only. */
import { describe, expect, it } from "vitest";
import { Gold, scoreDocument, summariseRules } from "../../../src/eval/score.js";
import { model } from "../../helpers/pipeline.js";

const gold = (company: string) =>
  Gold.parse({
    company,
    mission: [{ text: "keep carers company", primary: true }],
    vision: [],
    valueSets: [],
    pillars: null,
    takeaways: [],
    faq: [],
    diagnostics: [
      { rule: "missing-vision", about: "vision" },
      { rule: "missing-values", about: "values" },
    ],
  });

describe("the company", () => {
  const page = (company: string) =>
    `---\ntitle: About\ncompany: ${company}\n---\n\n# About\n\nOur mission is to keep carers company.\n`;

  it("is the same with or without a leading “The”", async () => {
    const m = await model(page("Open Door Carers Trust"), true);
    expect(
      scoreDocument("x", gold("The Open Door Carers Trust"), { model: m }, true).misses,
    ).toEqual([]);
  });

  // A page names its organisation in short and in full ("Kestrelwyn" and "Kestrelwyn Games",
  // "MDCU" and "Marlpit & District Credit Union"): either names the same company.
  it.each([
    ["Open Door Carers", "The Open Door Carers Trust"],
    ["Kestrelwyn Games", "Kestrelwyn"],
    ["MDCU", "Marlpit & District Credit Union"],
    ["Harwick SU", "Harwick Students' Union"],
    ["St Aldhelm's CE Primary School", "St Aldhelm's Church of England Primary School"],
    ["Thornbury Food Co-operative", "Thornbury Food Co-op"],
  ])("is the same when “%s” is a short or long form of “%s”", async (read, want) => {
    const m = await model(page(read), true);
    expect(scoreDocument("x", gold(want), { model: m }, true).misses).toEqual([]);
  });

  it.each([
    ["Open Door Housing", "The Open Door Carers Trust"],
    ["Carers Trust", "The Open Door Carers Trust"],
    ["Harbourline Community Fund", "Harbourline Energy Co-op"],
    ["Mvuli SACCO", "Mvuli Teachers SACCO"],
    ["Related", "Ostrander Logistics"],
    ["St Aidan's Church", "St Aidan's Church of England Primary School"],
  ])("is another company when “%s” is not a form of “%s”", async (read, want) => {
    const m = await model(page(read), true);
    expect(scoreDocument("x", gold(want), { model: m }, true).misses).toEqual([
      `company: missed “${want}”`,
      `company: extra “${read}”`,
    ]);
  });
});

describe("a gold file", () => {
  const base = {
    company: "Tarn Ferries",
    vision: [],
    valueSets: [],
    pillars: null,
    takeaways: [],
    faq: [],
    diagnostics: [],
  };

  it("is refused when its statements name no primary (the README asks for exactly one)", () => {
    const read = Gold.safeParse({ ...base, mission: [{ text: "carry the island's goods" }] });
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]?.path).toEqual(["mission"]);
  });

  it("is refused when two statements of a kind are primary", () => {
    const both = [
      { text: "carry the island's goods", primary: true },
      { text: "keep the island connected", primary: true },
    ];
    expect(Gold.safeParse({ ...base, mission: both }).success).toBe(false);
  });

  it("is read when there is no statement, or exactly one primary", () => {
    expect(Gold.safeParse({ ...base, mission: [] }).success).toBe(true);
    const one = [{ text: "carry the island's goods", primary: true }, { text: "sail daily" }];
    expect(Gold.safeParse({ ...base, mission: one }).success).toBe(true);
  });
});

describe("diagnostics per rule", () => {
  // Which rule cries wolf is what a tuner needs to know: the field's sums hide it.
  it("tallies each rule apart, and sums them per half", async () => {
    const m = await model(
      "---\ntitle: About\ncompany: Acme\n---\n\n# About\n\nOur mission is to keep carers company.\n\nOur mission is to sell boats.\n",
      true,
    );
    const score = scoreDocument("x", gold("Acme"), { model: m }, true);
    expect(score.rules).toEqual({
      "conflicting-statements": { tp: 0, fp: 1, fn: 0 },
      "missing-values": { tp: 1, fp: 0, fn: 0 },
      "missing-vision": { tp: 1, fp: 0, fn: 0 },
    });
    const twice = summariseRules([score, score]);
    expect(twice["conflicting-statements"]).toEqual({
      tp: 0,
      fp: 2,
      fn: 0,
      precision: 0,
      recall: 1,
      f1: 0,
    });
    expect(twice["missing-vision"]).toEqual({
      tp: 2,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });
});
