/**
 * A sentence that is nothing but the names of a set the sentence before counted, as people say
 * them in an interview: "We have three values, and they shape hiring. Thrift, Candour, and Care
 * for the tools."
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("the names alone, after the count", () => {
  it("lists the set, counted by the sentence before", async () => {
    expect(
      await sets(
        "**Q: What holds the team together?**\n\nA: We have three values, and honestly they decide who we hire. Thrift, Candour, and Care for the tools. The last one surprises people.\n",
      ),
    ).toEqual([[3, ["Thrift", "Candour", "Care for the tools"]]]);
  });

  it("is no set when the names do not match the count", async () => {
    expect(
      await sets(
        "A: We have three values, and honestly they decide who we hire. Thrift and Candour. The rest is detail.\n",
      ),
    ).toEqual([]);
  });

  it("is no set when the sentence is prose, not names", async () => {
    expect(
      await sets(
        "A: We have three values, and they decide who we hire. Sometimes, honestly, it takes a while.\n",
      ),
    ).toEqual([]);
  });

  it("lists the set when only the first name is capitalised, as speech is transcribed", async () => {
    expect(
      await sets(
        "**DANA:** Honestly, by hiring hard against our three values. Curiosity, thrift and straight talk. Curiosity because the crops change.\n",
      ),
    ).toEqual([[3, ["Curiosity", "thrift", "straight talk"]]]);
  });

  it("is no set when the lower-case words run on as a clause", async () => {
    expect(
      await sets(
        "A: We have three values. Honestly, that keeps us busy and sane. The rest is detail.\n",
      ),
    ).toEqual([]);
  });

  it("is no set when the line is a byline", async () => {
    expect(
      await sets(
        "# Clinic opens\n\nThe clinic named its three values this week.\n\nBy Staff reporter, 18 June 2026, Business.\n",
      ),
    ).toEqual([]);
  });
});
