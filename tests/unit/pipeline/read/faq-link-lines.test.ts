/**
 * A page imported from the web keeps a line of links as plain text ("Read next: Why sails tear? ·
 * Knots for beginners"): titles set apart by "·" are a row of links, not one question asked.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("a line of linked titles after an FAQ", () => {
  it("is no question, even when its last title ends in “?”", async () => {
    const body =
      "## FAQ\n\n**Who runs the club?**\nThe members do.\n\n---\n\n" +
      "**Read next:** Sailing clubs compared · Knots for beginners · Why do sails tear?\n\n" +
      "_This page may earn a commission from some links._\n";
    expect((await model(body)).faq.map((f) => f.question)).toEqual(["Who runs the club?"]);
  });
});
