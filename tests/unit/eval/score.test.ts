/** How the scorer compares a model with its gold where wordings may differ in form only. */
import { describe, expect, it } from "vitest";
import { Gold, scoreDocument } from "../../../src/eval/score.js";
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

  it("is another company when more than the article differs", async () => {
    const m = await model(page("Open Door Carers"), true);
    expect(
      scoreDocument("x", gold("The Open Door Carers Trust"), { model: m }, true).misses,
    ).toEqual([
      "company: missed “The Open Door Carers Trust”",
      "company: extra “Open Door Carers”",
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
