/**
 * A title that names the company with initials the text spells out ("Dunmore AFC" beside "Dunmore
 * Athletic Football Club"): the title's form is the name the page goes by.
 */
import { describe, expect, it } from "vitest";
import { spellsOut } from "../../../../src/pipeline/read/spelt-out.js";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a title's initials the text spells out", () => {
  it("keeps the title's “Dunmore AFC” over the text's full name", async () => {
    const page =
      "# Dunmore AFC — About the Club\n\nDunmore Athletic Football Club was formed in 1899 by the mill workers. We now run four teams.\n";
    expect(await company(page)).toBe("Dunmore AFC");
  });

  it("checks the initials against the words after the shared name", () => {
    expect(spellsOut("Dunmore AFC", "Dunmore Athletic Football Club was formed")).toBe(true);
    expect(spellsOut("Dunmore AFC", "Dunmore Amateur Cricket Club was formed")).toBe(false);
    expect(spellsOut("Dunmore", "Dunmore Athletic")).toBe(false);
  });
});
