/**
 * Everyday wordings of a statement beyond "mission" and "vision": the reason for being, the job,
 * the ambition, "sets out to", "is of …", "we see a … where …".
 */
import { describe, expect, it } from "vitest";
import { frontFor, statementTexts } from "../../../helpers/pipeline.js";

/** The statements of `kind` read from `body`, on a page about Brindle Boats. */
const texts = (body: string, kind: "mission" | "vision", company = "Brindle Boats") =>
  statementTexts(frontFor(company) + body, kind, true);

describe("other words for the statement", () => {
  it.each([
    ["Our reason for being is to keep the canal towpaths open for walkers."],
    ["At Brindle Boats, we believe our job is to keep the canal towpaths open for walkers."],
    ["Brindle's raison d'être is to keep the canal towpaths open for walkers."],
    ["Our calling is to keep the canal towpaths open for walkers."],
    [
      "Brindle Boats sees its role as simple. Our role is to keep the canal towpaths open for walkers.",
    ],
  ])("reads a mission from “%s”", async (line) => {
    expect(await texts(`# About Brindle Boats\n\n${line}\n`, "mission")).toEqual([
      "keep the canal towpaths open for walkers",
    ]);
  });

  it("reads an ambition for a year as a vision when it names a place", async () => {
    expect(
      await texts(
        "# Our plan\n\nOur ambition for 2040 is a valley where every village has a bus each hour.\n",
        "vision",
      ),
    ).toEqual(["a valley where every village has a bus each hour"]);
  });

  it("does not take an ambition with a number, which is a target", async () => {
    const body = "# Our plan\n\nOur ambition is to restore 40 miles of towpath by 2031.\n";
    expect(await texts(body, "mission")).toEqual([]);
  });

  it("takes a job that names a span of years in words, which is no target", async () => {
    const body = "# About\n\nOur job is to build boats that still float in a hundred years.\n";
    expect(await texts(body, "mission")).toEqual([
      "build boats that still float in a hundred years",
    ]);
  });

  it("does not take a job or a role that is not the organisation's", async () => {
    const body =
      "# Careers\n\nThe job of a lock keeper is to open the gates. Your role is to help visitors. The board's role is to approve the budget.\n";
    expect(await texts(body, "mission")).toEqual([]);
  });
});

describe("other frames", () => {
  it("reads “X sets out to …” as the company's mission", async () => {
    expect(
      await texts(
        "# About Brindle Boats\n\nBrindle Boats sets out to keep the canal towpaths open for walkers.\n",
        "mission",
      ),
    ).toEqual(["keep the canal towpaths open for walkers"]);
  });

  it("leaves the company's name and verb out of a labelled statement", async () => {
    expect(
      await texts(
        "# About Brindle Boats\n\nThe site gives its mission in one line: Brindle strives to keep the towpaths open for walkers.\n",
        "mission",
      ),
    ).toEqual(["keep the towpaths open for walkers"]);
  });

  it.each([
    [
      "Brindle's vision is of a canal that anyone can walk, cycle or paddle.",
      "a canal that anyone can walk, cycle or paddle",
    ],
    [
      "Our vision is for every town on the canal to have a working wharf.",
      "every town on the canal to have a working wharf",
    ],
    [
      "The future we're working towards is one where every lock has a keeper.",
      "one where every lock has a keeper",
    ],
    [
      "The world we want to see is a country where the canals carry freight again.",
      "a country where the canals carry freight again",
    ],
    // ("We see" frames the vision as "we envision" does.)
    [
      "We see a county where the canal is a road again, not a ditch.",
      "a county where the canal is a road again, not a ditch",
    ],
  ])("reads a vision from “%s”", async (line, expected) => {
    expect(await texts(`# About Brindle Boats\n\n${line}\n`, "vision")).toEqual([expected]);
  });

  it("takes the purpose of an organisation named for its kind (“the council's purpose”)", async () => {
    const body =
      "# About\n\nThe council's purpose is to keep Wendle's lanes, greens and halls in good order.\n";
    expect(await texts(body, "mission", "Wendle Parish Council")).toEqual([
      "keep Wendle's lanes, greens and halls in good order",
    ]);
  });

  it("takes a purpose owned by the organisation's kind under the page's own “Why we exist”", async () => {
    const body =
      "# About\n\n## Why we exist\n\nThe club's purpose is to get every child in the valley on a bike.\n";
    expect(await texts(body, "mission", "Brindle Wheelers CC")).toEqual([
      "get every child in the valley on a bike",
    ]);
  });
});

describe("a lead-in over one bullet", () => {
  const body =
    "# Who we are\n\nBrindle Boats hires narrowboats on the Kennet.\n\n**Our mission is what gets us up:**\n\n- To keep the canal towpaths open for walkers, all year round.\n\n**Why we exist:**\n\n- To put a boat within reach of every family.\n\n**Our vision is what we steer by:**\n\n- A canal that anyone can walk, cycle or paddle.\n";

  it("reads the bullet under “Our vision is …:” as the vision", async () => {
    expect(await texts(body, "vision")).toEqual(["A canal that anyone can walk, cycle or paddle"]);
  });

  it("reads the bullet under “Our mission is …:” and “Why we exist:” as missions", async () => {
    expect(await texts(body, "mission")).toEqual([
      "keep the canal towpaths open for walkers, all year round",
      "put a boat within reach of every family",
    ]);
  });
});

describe("a wording introduced “like this:”", () => {
  it("reads the quotation after “puts its purpose like this:” as the statement", async () => {
    const body =
      '# About\n\nIn its brochure, Brindle puts its purpose like this: "Our purpose is to keep the canal towpaths open for walkers."\n';
    expect(await texts(body, "mission")).toEqual(["keep the canal towpaths open for walkers"]);
  });

  it("still doubts a statement that is only like this one", async () => {
    const body =
      "# About\n\nA line like this would do: our purpose is to keep the canal towpaths open.\n";
    expect(await texts(body, "mission")).toEqual([]);
  });
});

describe("a parent group's statement", () => {
  const body =
    "# About\n\nBrindle Boats was bought by Tarrant Leisure in 2021. Its group mission is to run the best-loved holiday brands in Britain. Brindle's own mission is to keep the canal towpaths open for walkers.\n";

  it("is not the company's", async () => {
    expect(await texts(body, "mission")).toEqual(["keep the canal towpaths open for walkers"]);
  });

  it("is the company's when the company is the group", async () => {
    const page =
      "# About\n\nOur group mission is to run the best-loved holiday brands in Britain.\n";
    expect(await texts(page, "mission", "Tarrant Leisure Group")).toEqual([
      "run the best-loved holiday brands in Britain",
    ]);
  });
});

describe("a vision the company wants to see, quoted", () => {
  const vision = async (sentence: string) =>
    statementTexts(`${frontFor("Acme")}# Review\n\n${sentence}\n`, "vision");

  it("takes the quotation after “wants to see”, reported or after a label", async () => {
    for (const sentence of [
      "Acme wants to see “a country where everyone has a secure place to call home”.",
      'Acme says it wants to see "a country where everyone has a secure place to call home", which is a big claim.',
      'Its vision goes further: Acme says it wants to see "a country where everyone has a secure place to call home", which is a big claim.',
    ])
      expect(await vision(sentence), sentence).toEqual([
        "a country where everyone has a secure place to call home",
      ]);
  });
});
