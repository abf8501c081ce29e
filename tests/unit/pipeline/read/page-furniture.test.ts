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

describe("a testimonial card: a quoted paragraph, a name with an initial, then a role", () => {
  const card = (quote: string, name: string, role: string) =>
    [
      "# Recruiters",
      "",
      "## Our values",
      "",
      "- **Care** – We look after candidates.",
      "- **Craft** – We know our stuff.",
      "",
      quote,
      "",
      name,
      "",
      role,
      "",
    ].join("\n");

  it("is no set (“Good value for money.” / “Marcus D.” / “Site Director, Derby”)", async () => {
    expect(
      await sets(
        card('"Good value for money, and they read my CV."', "Marcus D.", "Site Director, Derby"),
      ),
    ).toEqual([["Care", "Craft"]]);
  });

  it("while a line of values under an unquoted paragraph is still a set", async () => {
    expect(
      await sets(card("We hire on three words.", "Patience D.", "Kindness, Curiosity, Thrift")),
    ).toEqual([
      ["Care", "Craft"],
      ["Kindness", "Curiosity", "Thrift"],
    ]);
  });
});
