/**
 * Where an unquoted statement ends around what follows its words: ", measured by …" (a past
 * participle with its agent) judges the statement rather than continuing it; a short quotation
 * inside the clause ("where “can I help?” is the first thing said") is part of it.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a past participle and its agent after a comma", () => {
  it("ends the statement before “, judged by …”", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is to be the most loved bakery in the county, judged by what our regulars say rather than by awards.\n",
        "vision",
      ),
    ).toEqual(["be the most loved bakery in the county"]);
  });

  it("keeps a participle that is the statement's own (“made by hand”)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to sell bread made by hand in every village we serve.\n",
      ),
    ).toEqual(["sell bread made by hand in every village we serve"]);
  });
});

describe("a short quotation inside the clause", () => {
  it("keeps the words after it", async () => {
    expect(
      await texts(
        '# About\n\nWe picture a town where every shop is open late, and where "can I help?" is the first thing anyone hears, not the last.\n',
        "vision",
      ),
    ).toEqual([
      'a town where every shop is open late, and where "can I help?" is the first thing anyone hears, not the last',
    ]);
  });
});

describe("an aside in commas that is the statement", () => {
  it("reads “Our mission, to give …, is now the first slide …” as the “to …” wording, not what it is now", async () => {
    expect(
      await texts(
        "# About\n\nOur mission, to give every patient an unhurried conversation, is now the first slide in every board pack.\n",
      ),
    ).toEqual(["give every patient an unhurried conversation"]);
  });
});
