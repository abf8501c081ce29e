/**
 * Inline lists as ordinary writers punctuate them: items set apart by semicolons keep the commas
 * inside them ("a, even when …; b; and c"), and values may be the company's own short sentences
 * after "are simple:" ("we listen first, we …, and we …").
 */
import { describe, expect, it } from "vitest";
import { enumerations } from "../../../../src/pipeline/read/enumeration.js";

const names = (text: string) => enumerations(text).map((e) => e.items.map((i) => i.name));

describe("items set apart by semicolons", () => {
  it("keep the commas inside them", () => {
    expect(
      names(
        "We hold ourselves to three values: answering the phone, even on a Sunday; paying growers on time, every time; and keeping the yard tidy.",
      ),
    ).toEqual([
      [
        "answering the phone, even on a Sunday",
        "paying growers on time, every time",
        "keeping the yard tidy",
      ],
    ]);
  });

  it("may be short imperatives with a comma of their own", () => {
    expect(
      names(
        "Supervisors follow three principles: listen, don't lecture; fix the shelf before the spreadsheet; and praise in public.",
      ),
    ).toEqual([
      ["listen, don't lecture", "fix the shelf before the spreadsheet", "praise in public"],
    ]);
  });
});

describe("a semicolon inside an item's brackets", () => {
  it("does not set items apart: the commas between the bracketed items do", () => {
    expect(
      names(
        "Its culture rests on a set of core values: Candour (saying the hard thing; early, not late), Thrift (spending as if it were ours), Care (for the people; then the work).",
      ),
    ).toEqual([["Candour", "Thrift", "Care"]]);
  });
});

describe("the company's own short sentences after “values are simple:”", () => {
  it("are the values, each from its “we”", () => {
    expect(
      names(
        "Our values are simple: we answer every letter, we charge every customer the same whether they buy one sack or fifty, and we keep our profits in the county.",
      ),
    ).toEqual([
      [
        "we answer every letter",
        "we charge every customer the same whether they buy one sack or fifty",
        "we keep our profits in the county",
      ],
    ]);
  });
});

describe("imperative items", () => {
  it("may open with “do”", () => {
    expect(
      names("Acme has three values: do it once, do it right, and sweep the floor after."),
    ).toEqual([["do it once", "do it right", "sweep the floor after"]]);
  });
});

describe("a number written with a thousands comma", () => {
  it("keeps “100,000” whole inside an item", () => {
    expect(names("Our values are care, 100,000 small kindnesses and honesty.")).toEqual([
      ["care", "100,000 small kindnesses", "honesty"],
    ]);
  });
});

describe("values that are measurements", () => {
  it("reads no set in “Accident Frequency Rate values are per 100,000 hours worked, …”", () => {
    for (const text of [
      "Accident Frequency Rate values are per 100,000 hours worked, across our own staff and subcontractors.",
      "Target values are rounded, provisional and unaudited.",
      "All p-values are two-sided, unadjusted and exploratory.",
      "Property values are high, rising and out of reach.",
    ])
      expect(names(text)).toEqual([]);
  });

  it("still reads the company's “core values are …” and its “house values”", () => {
    expect(names("Our core values are care, candour and craft.")).toEqual([
      ["care", "candour", "craft"],
    ]);
    expect(names("The firm's house values are fairness, thrift and courtesy.")).toEqual([
      ["fairness", "thrift", "courtesy"],
    ]);
  });
});

describe("what the company stands for, given as so many phrases", () => {
  it("reads “sums up what it stands for in three phrases: a, b, and c” as three values", () => {
    expect(
      enumerations(
        "It sums up what it stands for in three phrases: fair prices both ways, nothing wasted, and know your grower.",
      ).map((e) => [e.count, e.items.map((i) => i.name)]),
    ).toEqual([[3, ["fair prices both ways", "nothing wasted", "know your grower"]]]);
  });

  it("reads nothing from what it stands for without the phrases counted (“what it stands for is obvious: …”)", () => {
    expect(names("What it stands for is obvious: cheap food, fast.")).toEqual([]);
  });
});
