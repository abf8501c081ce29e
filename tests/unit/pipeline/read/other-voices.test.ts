/**
 * A box or closing line in another organisation's voice on a page about the company — the
 * publisher's footer, a supplier's "About" box, a parent group's panel, a charity's sign-off: its
 * "our" and "we" are that organisation's, so its mission and values are not the company's.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts } from "../../../helpers/pipeline.js";

const page = (body: string) =>
  `${frontFor("Tamsin Pottery", "Meet the maker")}\n# Meet the maker\n\nTamsin Pottery's mission is to make mugs that outlive their owners.\n\n${body}\n`;
const missions = (body: string) => statementTexts(page(body), "mission", true);
/** The names of each value set read from the whole page `text` (its own front matter). */
const valueSetNames = async (text: string) =>
  (await model(text, true)).valueSets.map((s) => s.values.map((v) => v.name));

describe("another organisation's own voice beside the company", () => {
  it("leaves a shop's footer mission after “<Shop> is an independent shop”", async () => {
    expect(
      await missions(
        "---\n\n*Gullhaven Goods is a small gift shop in Truro. Our mission is to put local craft in every kitchen, one cupboard at a time. Free delivery over £50.*",
      ),
    ).toEqual(["make mugs that outlive their owners"]);
  });

  it("leaves a parent group's purpose in its “About” panel", async () => {
    expect(
      await missions(
        "> **About Brennock Holdings**\n> Brennock is a family-owned group of six workshops. Our purpose is to build firms that outlast their founders.",
      ),
    ).toEqual(["make mugs that outlive their owners"]);
  });

  it("leaves a supplier's mission and principles under “### About <Supplier>”", async () => {
    const body =
      "### About Quillon\n\nQuillon is a glaze maker based in Stoke. Our mission is to make glaze the least worrying part of firing. We work by three principles: Patience, Candour and Thrift.";
    expect(await missions(body)).toEqual(["make mugs that outlive their owners"]);
    expect(await valueSetNames(page(body))).toEqual([]);
  });

  it("leaves a charity's values in its bold “About” sign-off", async () => {
    expect(
      await valueSetNames(
        page(
          "---\n\n**About Larkspur Reading Trust.** Larkspur's mission is that every child reads for fun. We value wonder, grit and laughter. Registered charity 123456.",
        ),
      ),
    ).toEqual([]);
  });

  it("keeps the company's own “our” in a paragraph that opens on its name", async () => {
    expect(
      await statementTexts(
        `${frontFor("Tamsin Pottery")}\n# About us\n\nTamsin Pottery is a two-person studio in Fowey. Our mission is to make mugs that outlive their owners.\n`,
        "mission",
        true,
      ),
    ).toEqual(["make mugs that outlive their owners"]);
  });

  it("keeps the company's values under “About Tamsin Pottery”", async () => {
    expect(
      await valueSetNames(
        `${frontFor("Tamsin Pottery")}\n# Meet the maker\n\n## About Tamsin Pottery\n\nTamsin Pottery is a two-person studio. We value patience, honesty and warmth.\n`,
      ),
    ).toEqual([["patience", "honesty", "warmth"]]);
  });
});

describe("a customer's testimonial praising the company", () => {
  it("speaks for the customer: its “our mission” is theirs (“Tidemark understood from day one that our mission is …”)", async () => {
    const m = await model(
      `${frontFor("Tidemark Logistics")}# Mission & vision\n\nOur mission is to get freight where it needs to be, on time.\n\n> "Tidemark understood from day one that our mission is keeping hospital shelves stocked. They have missed two deliveries in three years."\n\nHead of Supply Chain, Humber Coast NHS Procurement\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get freight where it needs to be, on time",
    ]);
  });

  it("still reads a leader's foreword set off as a quote, opening on the company (“> Marrowby has come through …”)", async () => {
    const m = await model(
      `${frontFor("Marrowby Council")}# Council plan\n\n> Marrowby has come through a hard few years. Put simply, our vision is for Marrowby to be a fairer, greener borough.\n`,
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "Marrowby to be a fairer, greener borough",
    ]);
  });

  it("still reads the company's own quoted line (“> Our mission is …” with no name first)", async () => {
    const m = await model(
      `${frontFor("Tidemark Logistics")}# Mission & vision\n\n> Our mission is to get freight where it needs to be, on time.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get freight where it needs to be, on time",
    ]);
  });
});
