/** A company's name is read within one line: a masthead's next line is not part of it. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a name never runs on into the next line", () => {
  it("stops “Barford Tool Library” before the line below it", async () => {
    const page =
      "Barford Tool Library\nRegistered charity no. 123456\n\n# About the Library\n\n" +
      "Barford Tool Library lends drills and ladders. Everyone in Barford can join the Barford Tool Library for free.\n";
    expect(await company(page)).toBe("Barford Tool Library");
  });
});
