/**
 * How far a statement reaches: a means clause (", using …") is part of the mission, a comment
 * (", guiding …") is not; a vision line that is a noun phrase may hold relative clauses ("in every
 * town we serve, for everyone who needs it") and a closing time phrase; a statement set off by
 * commas ends at the comma before the verb, not at the commas of a list inside it.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a participle after the statement", () => {
  it("keeps “, using …” (how the company does it)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to bake bread that tastes of the valley, using flour milled within ten miles of the oven.\n",
      ),
    ).toEqual([
      "bake bread that tastes of the valley, using flour milled within ten miles of the oven",
    ]);
  });

  it("still ends at “, guiding …” (a comment on it)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to bake bread that tastes of the valley, guiding every choice we make.\n",
      ),
    ).toEqual(["bake bread that tastes of the valley"]);
  });
});

describe("a noun-phrase vision line", () => {
  it("takes a line whose only verbs are in relative clauses", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nSafe, warm homes, in every street we manage, for every tenant who wants one.\n",
        "vision",
      ),
    ).toEqual(["Safe, warm homes, in every street we manage, for every tenant who wants one"]);
  });

  it("leaves a line with a verb of its own", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nTenants come first in everything the board decides.\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("keeps a time phrase (“, a hundred years from now”) inside the vision", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nA working rope walk in Bridport, still teaching the trade, a hundred years from now.\n",
        "vision",
      ),
    ).toEqual([
      "A working rope walk in Bridport, still teaching the trade, a hundred years from now",
    ]);
  });
});

describe("a statement set off by commas that holds a list", () => {
  it("ends “Acme's mission, to …, … and …, is …” at the comma before the verb", async () => {
    expect(
      await texts(
        "# Acme\n\nAcme's mission, to bake bread that is cheap to buy, good to eat and honest about its flour, is short and clear.\n",
      ),
    ).toEqual(["bake bread that is cheap to buy, good to eat and honest about its flour"]);
  });
});

describe("a plural's apostrophe inside a single-quoted statement", () => {
  it("does not close the quotation: 'a town where every family has two weeks' food put by'", async () => {
    expect(
      await texts(
        "# About\n\nAcme's stated vision is 'a town where every family has two weeks' food put by.' Bold.\n",
        "vision",
      ),
    ).toEqual(["a town where every family has two weeks' food put by"]);
  });

  it("still closes before a second quotation: 'our growers' and 'our bakers'", async () => {
    expect(
      await texts(
        "# About\n\nAcme's mission is to serve 'our growers' and 'our bakers' in equal measure.\n",
      ),
    ).toEqual(["serve 'our growers' and 'our bakers' in equal measure"]);
  });
});

describe("a dash, then “and” with the statement's own shape again", () => {
  it.each([
    [
      "Our mission is to supply clean water to the Brenlow coast – and return it to nature cleaner than we found it.",
      "supply clean water to the Brenlow coast – and return it to nature cleaner than we found it",
    ],
    [
      "We're here to make sure nobody in Pellingham goes hungry – and nobody feels judged for asking for help.",
      "make sure nobody in Pellingham goes hungry – and nobody feels judged for asking for help",
    ],
    // A clause of the company's own after the dash comments on the statement.
    [
      "Our mission is to supply clean water to the Brenlow coast – and we do it without fuss.",
      "supply clean water to the Brenlow coast",
    ],
    [
      "Our mission is to supply clean water to the Brenlow coast — and it shows.",
      "supply clean water to the Brenlow coast",
    ],
  ])("%s", async (sentence, text) => {
    expect(await texts(`# About\n\n${sentence}\n`)).toEqual([text]);
  });
});

describe("a vision's clause after its end", () => {
  it.each([
    // A dash's clause of the company's own ends it, and its "would" is no hypothetical.
    [
      "Our vision is a Brenlow where no one needs a food bank — and we would gladly close our doors if that day comes.",
      "a Brenlow where no one needs a food bank",
    ],
    // So does a second relative "that" after the statement's own.
    [
      "Our vision goes further: an outdoors that everyone feels they belong in, and that's in better shape for the next generation.",
      "an outdoors that everyone feels they belong in, and that's in better shape for the next generation",
    ],
    // After ", and", a second "whose" goes on with the statement's own relative clause.
    [
      "Our vision is to be a college whose research changes how land, water and towns are managed, and whose graduates lead that change.",
      "be a college whose research changes how land, water and towns are managed, and whose graduates lead that change",
    ],
  ])("%s", async (sentence, text) => {
    expect(await texts(`# About\n\n${sentence}\n`, "vision")).toEqual([text]);
  });
});
