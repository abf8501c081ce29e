/**
 * What a converted PDF or Word file carries: words broken across lines at a hyphen, running heads
 * and page numbers between a list's items, and a bold run that took the space after its word.
 */
import { describe, expect, it } from "vitest";
import { joinBrokenWords } from "../../../../src/pipeline/read/statement-span.js";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("words broken across lines", () => {
  it("joins a word a justified page broke ('North-' over 'mere', 'house-' over 'hold')", async () => {
    const body =
      "## Our purpose\n\nOur purpose is to supply clean water to every home in the North-\nmere catchment and every house-\nhold in it.\n";
    expect(await texts(body)).toEqual([
      "supply clean water to every home in the Northmere catchment and every household in it",
    ]);
  });

  it("keeps the hyphen of a compound broken at it, and of a pair written apart", () => {
    expect(joinBrokenWords("bought second-\nhand lorries")).toBe("bought second-hand lorries");
    expect(joinBrokenWords("short-\nand long-term plans")).toBe("short-\nand long-term plans");
    expect(joinBrokenWords("a well-known name")).toBe("a well-known name");
  });
});

describe("running heads and page numbers", () => {
  it("drops a page's running head and number between the values, so the set runs on", async () => {
    const head = "ACME WATER TRUST ANNUAL REPORT 2023";
    const body = `${head}\n\n## Our values\n\n**Open** -- we publish what we know.\n\n**Careful** -- with water and money.\n\n4\n\n${head}\n\n**Local** -- decisions close to the catchment.\n\n**Fair** -- to customers who struggle to pay.\n`;
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Open", "Careful", "Local", "Fair"],
    ]);
  });

  it("joins a sentence the page broke at its running head ('…full enough' / head / 'to fish.')", async () => {
    const head = "BRAMLEY CANALS TRUST · REVIEW 2024                    3";
    const body = `${head.replace("3", "2")}\n\nOur vision is a canal network every town is proud of\nand busy enough\n\n${head}\n\nto pay its own way.\n\nWe keep the towpaths open all year.\n`;
    expect(await texts(body, "vision")).toEqual([
      "a canal network every town is proud of and busy enough to pay its own way",
    ]);
  });

  it("keeps paragraphs apart across a head when the first one ended its sentence", async () => {
    const head = "BRAMLEY CANALS TRUST · REVIEW 2024                    3";
    const body = `${head.replace("3", "2")}\n\nOur vision is a canal network every town is proud of.\n\n${head}\n\nwater levels are checked daily by volunteers.\n`;
    expect(await texts(body, "vision")).toEqual(["a canal network every town is proud of"]);
  });

  it("keeps a line that stands once, and numbered cards' numbers", async () => {
    const body =
      "## Our values\n\n01\n\n### Thrift\n\nSpend as if it were ours.\n\n02\n\n### Candour\n\nSay what we see.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Thrift", "Candour"]]);
  });
});

describe("a bold run that took the space after its word", () => {
  it("reads '**Service **– …' as the bold name the other items have", async () => {
    const body =
      "## Our values\n\nOur three values:\n\n1) **Ambition** – we expect a great deal.\n2) **Service **– we look for ways to help.\n3) **Respect **– for every person.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Ambition", "Service", "Respect"],
    ]);
  });
});

describe("a table row broken across two rows by the conversion", () => {
  it("reads the values of a table whose description ran on into a row with an empty name", async () => {
    const m = await model(
      "# Report\n\n### Our four values\n\n| Value | What it means for us |\n|---|---|\n| Safety | Quality is never traded off. |\n| Stewardship | We look after the pipes, so the next generation |\n| | of members inherits them in better shape. |\n| Openness | Papers are published. |\n| Fairness | Charges reflect the real cost. |\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Safety", "Stewardship", "Openness", "Fairness"]],
    ]);
    expect(m.valueSets[0]?.values[1]?.description).toBe(
      "We look after the pipes, so the next generation of members inherits them in better shape.",
    );
  });
});
