/**
 * Values as organisations' own About and careers pages give them: a list its items' plural nouns
 * the tagger takes for verbs ("seasonal Scottish catches"), a values heading that counts the set
 * over a lead-in counting something else ("when two good ideas clash"), and `###` value headings
 * each with its examples under a bold label of their own ("**What it looks like**"), and beliefs
 * each a whole bold sentence before its paragraph ("**Fewer and better beats more and worse.**").
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a counted lead-in whose items end in a plural the tagger reads as a verb", () => {
  it("keeps “seasonal Scottish catches” as a name (no subject stands before “catches”)", async () => {
    const body =
      "# About Skerry Fish\n\nWe are a two-person fish van.\n\n" +
      "We care about three things: seasonal Scottish catches, no plastic trays, and a fair wage for the boats we buy from.\n";
    expect(await sets(body)).toEqual([
      ["seasonal Scottish catches", "no plastic trays", "a fair wage for the boats we buy from"],
    ]);
  });

  it("still reads a clause with its subject as no name (“the boat catches”)", async () => {
    const body =
      "# About Skerry Fish\n\nWe care about three things: the boat catches, no plastic trays, and a fair wage.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a values heading that counts the set over a lead-in counting something else", () => {
  it("takes the heading's count, not the lead-in's “two good ideas”", async () => {
    const body =
      "# Careers at Dunlin\n\n## Our four working values\n\nWe use them when hiring and when two good ideas clash.\n\n" +
      "- **Ask early** – Questions are cheap.\n- **Show the work** – Demos beat decks.\n" +
      "- **Rest well** – Tired people ship bugs.\n- **Leave notes** – Tomorrow you forgets.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });
});

describe("value headings with examples under a bold label", () => {
  it("reads the headings as the set, the labelled bullets as their examples", async () => {
    const body =
      "# How we run Tinfoil Bakery\n\n## Our values\n\nWe agreed these after our second shop opened.\n\n" +
      "### Bake it fresh\n\nNothing sits overnight.\n\n**What it looks like**\n\n" +
      "- Bakers start at four so the shelves are full by seven.\n- Yesterday's loaves go to the shelter.\n\n" +
      "### Answer the phone\n\nA ringing phone is a customer waiting.\n\n**What it looks like**\n\n" +
      "- Someone picks up within three rings.\n- We call back the same morning.\n";
    expect(await sets(body)).toEqual([["Bake it fresh", "Answer the phone"]]);
  });
});

describe("beliefs each a whole bold sentence before its paragraph", () => {
  it("reads a longer bold sentence closed by its own full stop as the belief's name", async () => {
    const body =
      "# About Hedgerow Trust\n\n## What we believe\n\n**Play is a right.** No child should earn a park.\n\n" +
      "**Parents know best.** We ask them first.\n\n" +
      "**Fewer and better beats more and worse by far.** One good swing outlasts five cheap ones.\n";
    expect(await sets(body)).toEqual([
      ["Play is a right", "Parents know best", "Fewer and better beats more and worse by far"],
    ]);
  });

  it("still reads a long bold opening without its own full stop as no name", async () => {
    const body =
      "# About Hedgerow Trust\n\n## What we believe\n\n**Play is a right.** No child should earn a park.\n\n" +
      "**Parents know best.** We ask them first.\n\n" +
      "**Fewer and better beats more and worse by far** is what we tell every council.\n";
    expect(await sets(body)).toEqual([["Play is a right", "Parents know best"]]);
  });
});

describe("a sub-heading that names the values by what the company holds", () => {
  const about = (heading: string) =>
    `# About\n\n## Who we are\n\nWe mend bikes on Mill Lane.\n\n### ${heading}\n\n- Every repair gets a test ride, and we log it.\n- Parts should be fixed before they are replaced.\n- Nobody leaves without knowing what we did.\n\nThat last one takes longest.\n`;
  const heads = [
    "Every repair gets a test ride",
    "Parts should be fixed before they are replaced",
    "Nobody leaves without knowing what we did",
  ];

  it("reads the sentence bullets under “### Three things we believe” by their head clauses, counted", async () => {
    const m = await model(about("Three things we believe"));
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [heads, 3],
    ]);
  });

  it("reads them under “### What we stand for”, uncounted", async () => {
    const m = await model(about("What we stand for"));
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [heads, null],
    ]);
  });
});
