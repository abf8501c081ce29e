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
