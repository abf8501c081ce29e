/**
 * What is not a second statement, and the short or frameless statements a careful reader still
 * takes: the classes of misses the dm- corpus batch showed (tests/corpus/dev/dm-*).
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("short statements", () => {
  it("takes a mission of two words in a plain frame", async () => {
    expect(await texts("# About\n\nOur mission is to make anvils.\n")).toEqual(["make anvils"]);
  });

  it("still ignores a one-word “mission is to win”", async () => {
    expect(await texts("# About\n\nAcme's mission is to win.\n")).toEqual([]);
  });
});

describe("a past mission is not the company's", () => {
  it("drops “Its mission was to …” said of a satellite", async () => {
    const body =
      "# About\n\nAcme's mission is to map every field in Europe each morning.\n\n" +
      "The Kestrel-2 mission carried our first camera. Its mission was to prove that a small satellite could tell wheat from barley.\n";
    expect(await texts(body)).toEqual(["map every field in Europe each morning"]);
  });

  it("drops a customer's mission that “was …” with an aside", async () => {
    const body =
      "# About\n\nWe exist to keep hospital software running day and night.\n\n" +
      '## Customer story\n\nIts mission, in the words of its director, was "to have no patient on a trolley for more than an hour."\n';
    expect(await texts(body)).toEqual(["keep hospital software running day and night"]);
  });
});

describe("the line under a Mission heading", () => {
  it("takes a plain “We <verb> …” sentence as the mission", async () => {
    expect(
      await texts(
        "## Our mission\n\nWe care for the trees of the county so that they outlive us.\n",
      ),
    ).toEqual(["We care for the trees of the county so that they outlive us"]);
  });

  it("does not take “We believe …” as the mission", async () => {
    expect(await texts("## Our mission\n\nWe believe a garden is the cheapest therapy.\n")).toEqual(
      [],
    );
  });

  it("does not take a sentence that frames a statement as the statement itself", async () => {
    // (Another company's statement: not taken; nor is its framing sentence, "X states its mission as".)
    const body =
      '## Mission\n\nGreyfield Foods states its mission as "to sell fresh food at prices every family can manage."\n';
    expect(await texts(body)).toEqual([]);
  });

  it("does not take a quotation after the section's stated mission as a second one", async () => {
    const body =
      "## Mission statement\n\nAcme's mission is to “pay growers fairly and roast every bean at its peak”. The wording is short.\n\n" +
      "> We would rather sell less coffee than sell coffee we are not proud of.\n\n" +
      "The quote above comes from a letter to staff.\n";
    expect(await texts(body)).toEqual(["pay growers fairly and roast every bean at its peak"]);
  });
});
