/**
 * Missions and visions of other organisations named beside the company — a network it belongs to,
 * a sister brand, a shareholder, a trust over it — and a person's own "mission" are not the
 * company's, even when the other name shares a word with the company's.
 */
import { describe, expect, it } from "vitest";
import { statementTexts } from "../../../helpers/pipeline.js";

const page = (company: string, body: string) =>
  `---\ntitle: About us\ncompany: ${company}\n---\n\n# About us\n\n${body}\n`;
const missions = (company: string, body: string) =>
  statementTexts(page(company, body), "mission", true);
const visions = (company: string, body: string) =>
  statementTexts(page(company, body), "vision", true);

describe("statements owned by another organisation", () => {
  it("leaves a network's mission when the network shares a word with the company", async () => {
    expect(
      await missions(
        "Millbrook Community Garden",
        "We belong to the Garden Alliance, whose mission is to put a vegetable bed within reach of every primary school.",
      ),
    ).toEqual([]);
  });

  it("leaves a sister brand's mission, its name far back in the sentence", async () => {
    expect(
      await missions(
        "Fenwick Tiles",
        "Fenwick Stoneworks, the quarrying business the family bought in 1998 and still runs apart, says its mission is to cut stone that lasts a thousand winters.",
      ),
    ).toEqual([]);
  });

  it("leaves a shareholder's mission after “whose stated mission”", async () => {
    expect(
      await missions(
        "Tolland Pumps",
        "Our largest shareholder is Dovecote Capital, a family office whose published mission is to back patient owners of small factories.",
      ),
    ).toEqual([]);
  });

  it("leaves the vision of a federation or trust the company belongs to", async () => {
    expect(
      await visions(
        "Ashby Primary",
        "Our federation's vision is a county where every village school stays open.",
      ),
    ).toEqual([]);
  });

  it("leaves the mission of the only organisation the text names as an owner", async () => {
    expect(
      await missions(
        "Bexley Food Bank",
        "Bexley Food Bank opened in a scout hut in 2012. We are one of 300 members of a national alliance. The Pantry League's mission is to make food parcels unnecessary within a generation.",
      ),
    ).toEqual([]);
  });

  it("leaves a person's “personal mission”", async () => {
    expect(
      await missions(
        "Tolland Pumps",
        "Our managing director put it plainly: my personal mission is to retire without a single lost-time accident.",
      ),
    ).toEqual([]);
  });

  it("still takes the company's own mission, by its short or its full name", async () => {
    expect(
      await missions(
        "Millbrook Community Garden",
        "Millbrook's mission is to grow food with the neighbours who eat it. The Millbrook Community Garden's mission is to grow food with the neighbours who eat it.",
      ),
    ).toEqual(["grow food with the neighbours who eat it"]);
  });
});

describe("“X envisions …” by another organisation", () => {
  it("leaves a network's vision, named as the subject of “envisions”", async () => {
    expect(
      await visions(
        "Millbrook Community Garden",
        "Millbrook Community Garden opened in 2015. The Garden Alliance envisions a country where every school has a vegetable bed.",
      ),
    ).toEqual([]);
  });

  it("still takes the company's own, by name or as “the company”", async () => {
    expect(
      await visions(
        "Millbrook Community Garden",
        "Millbrook envisions a town where nobody lives more than a walk from a garden. The company envisions a garden on every estate.",
      ),
    ).toEqual([
      "a town where nobody lives more than a walk from a garden",
      "a garden on every estate",
    ]);
  });
});
