/**
 * Whom "its" and "their" before a mission speak for: not a place named in the sentence before
 * ("in the UK and Norway"), not a person named beside "the company" that is the sentence's
 * subject, and not a page of a website ("The Careers page says their mission is …").
 */
import { describe, expect, it } from "vitest";
import { frontFor, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("“Its mission” after a sentence about the company", () => {
  it("reads past a founder and places named in the sentence before", async () => {
    expect(
      await texts(
        `${frontFor("Tidewell Valves")}# Tidewell Valves opens a new plant\n\n**About Tidewell Valves**\n\nFounded in Hull in 1974 by marine engineer Oskar Tidewell, the company employs 200 people in the UK and Denmark. Its mission is to keep ships' engines running on cleaner fuel.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });

  it("reads past places of several words joined by “and” (“across the East Riding and North”)", async () => {
    expect(
      await texts(
        `${frontFor("Tidewell Valves")}# Valves\n\nTidewell Valves, a maker of 40 valve types across the East Riding and North, is a useful case. Its mission is to keep ships' engines running on cleaner fuel.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });

  it("still gives a rival's “its mission” to the rival", async () => {
    expect(
      await texts(
        `${frontFor("Tidewell Valves")}# Valves compared\n\nBraxmoor Marine sells in Norway. Its mission is to sell the cheapest valve in Europe.\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("“their mission” after a page of a website", () => {
  it("is the company's, not the page's", async () => {
    expect(
      await texts(
        `${frontFor("Larkspur Credit Union")}# Which mission is right?\n\nI am studying Larkspur Credit Union. The About page on their website says their mission is "to help families in the valley save a little every week".\n`,
        "mission",
        true,
      ),
    ).toEqual(["help families in the valley save a little every week"]);
  });
});

describe("“its” after the company told by its place and kind (“The Wensley-based brewer”)", () => {
  it("is the company's, a place before the noun naming no one else", async () => {
    expect(
      await texts(
        `${frontFor("Tarnby Ales")}# Tarnby Ales sets out its aims\n\nTarnby Ales has a new chief executive.\n\nThe Wensley-based brewer, which runs 40 pubs across North Yorkshire and Durham, said on Monday that its vision is "a pub within a short walk of every village in the Dales."\n`,
        "vision",
        true,
      ),
    ).toEqual(["a pub within a short walk of every village in the Dales"]);
  });

  it("still gives a named rival's “its mission” to the rival", async () => {
    expect(
      await texts(
        `${frontFor("Tarnby Ales")}# Brewers compared\n\nThe Wensley brewer Hobb Brothers said its mission is "to sell the cheapest pint in England."\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a rival's mission in a sentence opening with “It” or “They”", () => {
  const page = (paragraph: string) =>
    `${frontFor("Tidewell Valves")}# Valves compared\n\nTidewell Valves' mission is to keep ships' engines running on cleaner fuel.\n\n${paragraph}\n`;

  it("is the rival's, the subject of the sentence before told by an apposition", async () => {
    expect(
      await texts(
        page(
          "Braxmoor Marine, a family firm on the Clyde, has grown by buying rivals. It says its mission is “to fit a valve to every hull afloat.”\n\nOstrava Flow, the largest of them, sells mostly to navies. They describe their purpose as to keep fleets at sea.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });

  it("is the rival's after “It has …, and its mission, “…”, …”", async () => {
    expect(
      await texts(
        page(
          "Braxmoor Marine is the opposite of Tidewell: a supplier to one shipyard. It has no catalogue of its own, and its mission, “to supply the yard on time”, is addressed to that yard.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });

  it("is the company's when the sentence before opens on the company", async () => {
    expect(
      await texts(
        `${frontFor("Tidewell Valves")}# Valves\n\nTidewell Valves, a family firm in Hull, has grown slowly. It says its mission is “to keep ships' engines running on cleaner fuel.”\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });

  it("is the company's after an opening adverb (“Instead its mission is …”)", async () => {
    expect(
      await texts(
        `${frontFor("Tidewell Valves")}# Valves\n\nTidewell Valves could have promised speed. Instead its mission is to keep ships' engines running on cleaner fuel.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep ships' engines running on cleaner fuel"]);
  });
});

describe("“it wants to be …” after a rival named before it", () => {
  it("gives the rival's aim to the rival, in the same sentence or the one before", async () => {
    const page = (lead: string) =>
      `${frontFor("Ferrow Outdoor")}# Ferrow against its rivals\n\n## The comparison\n\n${lead}\n`;
    for (const lead of [
      'Highmoss goes bigger with a vision rather than a mission: it wants to be "the most sustainable outerwear maker in Europe by 2030."',
      'Highmoss goes bigger. It wants to be "the most sustainable outerwear maker in Europe by 2030."',
    ])
      expect(await texts(page(lead), "vision", true)).toEqual([]);
  });

  it("keeps the company's own aim told with “it”", async () => {
    expect(
      await texts(
        `${frontFor("Ferrow Outdoor")}# Ferrow\n\n## Where Ferrow is going\n\nFerrow Outdoor goes bigger with a vision: it wants to be "the most repairable outdoor brand in Europe."\n`,
        "vision",
        true,
      ),
    ).toEqual(["the most repairable outdoor brand in Europe"]);
  });
});

describe("“Its board signed off a new mission” after a sentence about a client", () => {
  const page = (opening: string) =>
    `We build websites.\n\n${opening}Corvel Health, which makes discharge-planning software for NHS trusts, came to us with a website nobody could understand. Its board had just signed off a new mission – “to make hospital discharge safe, fast and paperless” – and wanted the site to say it.\n`;

  it("is the client's, whose name opens the sentence before (its verb 'came')", async () => {
    expect(await texts(page(""))).toEqual([]);
  });

  it("is the client's when a time opens that sentence (“Last year Corvel Health … came …”)", async () => {
    expect(await texts(page("Last year "))).toEqual([]);
  });

  it("is the company's own when the sentence before opens on it", async () => {
    expect(
      await texts(
        "We build websites.\n\nLast year Acme, which had grown to forty staff, came to a decision. Its board signed off a new mission – “to make websites anyone can read” – in March.\n",
      ),
    ).toEqual(["make websites anyone can read"]);
  });
});
