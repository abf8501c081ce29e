/** Value lists in prose shapes the reader must know: verbs, counted leads, lone lines. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("value lists in prose", () => {
  it("reads a set named with a qualifier before its colon ('values of its own:')", async () => {
    const body =
      "## About us\n\nPlankwise sells timber. It keeps four values of its own: thrift, candour, patience and craft.\n";
    expect(await sets(body)).toEqual([
      { names: ["thrift", "candour", "patience", "craft"], count: 4 },
    ]);
  });

  it("reads 'X values a, b and c' with the company as subject", async () => {
    const body =
      "## The airline\n\nSkerry Air says it values calm, candour and clean cabins. Its fleet is small.\n";
    expect(await sets(body)).toEqual([{ names: ["calm", "candour", "clean cabins"], count: null }]);
  });

  it("reads 'Acme values a, b and c' with the company's name as subject", async () => {
    const body = "## The firm\n\nAcme values calm, candour and clean desks.\n";
    expect(await sets(body)).toEqual([{ names: ["calm", "candour", "clean desks"], count: null }]);
  });

  it("does not read another name before 'values' as the verb", async () => {
    const body = "## Rivals\n\nBrindle values calm, candour and clean desks.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("does not read 'core values matter …' as the verb", async () => {
    const body = "## Notes\n\nCore values matter more than logos, slogans and fonts.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads 'There are four: a, b, c and d' after a sentence that names the values", async () => {
    const body =
      "## Culture\n\nThe bakery keeps its values few. There are four: warmth, thrift, patience and flour.\n";
    expect(await sets(body)).toEqual([
      { names: ["warmth", "thrift", "patience", "flour"], count: 4 },
    ]);
  });

  it("reads a counted lead ('Two things: …') in a values section", async () => {
    const body =
      "## What we stand for\n\nTwo things: care for the river we fish, and honest weights at the counter.\n";
    expect(await sets(body)).toEqual([
      { names: ["care for the river we fish", "honest weights at the counter"], count: 2 },
    ]);
  });

  it("ends a list at a dash that opens an aside", async () => {
    const body =
      "## Volunteering\n\nWe value punctuality, warmth and humour — and we ask volunteers to stay a year.\n";
    expect(await sets(body)).toEqual([{ names: ["punctuality", "warmth", "humour"], count: null }]);
  });

  it("reads a lone line of noun phrases under a values heading", async () => {
    const body =
      "## Our values\n\nQuiet rooms, honest bills and breakfasts that are worth getting up for.\n\n## Rooms\n\nTen rooms.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Quiet rooms", "honest bills", "breakfasts that are worth getting up for"],
        count: null,
      },
    ]);
  });

  it("does not read a lone sentence with a verb under a values heading as names", async () => {
    const body =
      "## Our values\n\nWe hire locally, pay fairly and publish our accounts every spring.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("values said as what the company is", () => {
  it("reads 'We are a, b and c.' under a values heading", async () => {
    const body = "## Our values\n\nWe're patient, frank and quietly ambitious.\n";
    expect(await sets(body)).toEqual([
      { names: ["patient", "frank", "quietly ambitious"], count: null },
    ]);
  });

  it("leaves a 'we are' sentence of long parts, or one outside a values section, alone", async () => {
    const long =
      "## Our values\n\nWe are a small team in a large building, a shop that opens late and a family firm.\n";
    expect(await sets(long)).toEqual([]);
    expect(await sets("## About us\n\nWe are open, fair and ambitious.\n")).toEqual([]);
  });
});

describe("value tables", () => {
  it("reads a table that a sentence announces as the values, whatever its header", async () => {
    const body =
      "## Working here\n\nWe hire for three values:\n\n| Name | In practice |\n| --- | --- |\n| Thrift | We reuse crates |\n| Candour | We say what we see |\n| Warmth | We learn names |\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Warmth"], count: 3 }]);
  });

  it("does not take a table for the set a paragraph only counts, with no colon leading into it", async () => {
    // A chair's letter counting the pillars, then the year's figures: the table is no set.
    const body =
      "## From the chair\n\nThis spring the board agreed four strategic pillars that will shape the next decade.\n\n| Measure | 2024 | 2025 |\n| --- | --- | --- |\n| Passengers | 1.2m | 1.4m |\n| Punctuality | 88% | 91% |\n| Staff | 410 | 432 |\n";
    const read = await model(body);
    expect(read.pillars).toBeNull();
    expect(read.valueSets).toEqual([]);
  });
});
