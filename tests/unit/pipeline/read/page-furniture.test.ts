/**
 * Lines of a page that look like a list of names and are not a set (page-furniture.ts): here, the
 * attribution under a quotation — "**Dev Patel**, Plant Area Manager, Selby", or a name over
 * "Co-founder and CEO" — under a values heading.
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

const page = (after: string) =>
  [
    "# Working at Fernbank",
    "",
    "## Our values",
    "",
    "- **Care** – We look after the plants and each other.",
    "- **Craft** – We know our stuff.",
    "",
    "> “I started on the tills at sixteen and now I run the plant area.”",
    "",
    after,
    "",
  ].join("\n");

describe("an attribution under a quotation", () => {
  it("is no set, on one line or two", async () => {
    expect(await sets(page("**Dev Patel**, Plant Area Manager, Selby"))).toEqual([
      ["Care", "Craft"],
    ]);
    expect(await sets(page("Halima Osei\n\nCo-founder and CEO"))).toEqual([["Care", "Craft"]]);
    expect(await sets(page("— Ana Ruiz, Head of Stores"))).toEqual([["Care", "Craft"]]);
  });

  it("while a line of values under a quotation is still a set", async () => {
    expect(await sets(page("Kindness, Patience, Curiosity"))).toEqual([
      ["Care", "Craft"],
      ["Kindness", "Patience", "Curiosity"],
    ]);
  });
});
