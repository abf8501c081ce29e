/**
 * A bold letter inside a word ("**C**are — …") highlights an acronym's letter: the whole word is
 * the value's name, in paragraphs as in list items.
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a bold letter inside a word", () => {
  it("names the whole word in lines joined by hard breaks", async () => {
    const body =
      "## Our CRAFT values\n\n**C**are — for every customer.\\\n**R**igour — measure twice.\\\n**A**mbition — aim high.\n";
    expect(await sets(body)).toEqual([["Care", "Rigour", "Ambition"]]);
  });

  it("names the whole word in paragraphs of their own", async () => {
    const body =
      "## Our values\n\n**T**hrift — we waste nothing.\n\n**O**penness — we share our numbers.\n\n**P**atience — slow is fine.\n";
    expect(await sets(body)).toEqual([["Thrift", "Openness", "Patience"]]);
  });
});
