/**
 * The company a page without front matter names in its text: a name with a plural possessive
 * inside it ("Hillside Growers' Market"), a title that is the name alone, a partner's "About …"
 * box, a person beside the business's registered name.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a name with a plural possessive inside it", () => {
  it("keeps the words after “Growers’” (the name opens the first sentence)", async () => {
    const page =
      "# Who we are\n\nHillside Growers' Market opened in a car park in 2009 with six stalls.\n\n" +
      "## Our mission\n\nOur mission is to put food from within thirty miles on every table in town.\n";
    expect(await company(page)).toBe("Hillside Growers' Market");
  });

  it("extends the short name the page uses to the full one its header gives", async () => {
    const page =
      "# Our purpose\n\nBrindley Parents' Network › About us\n\n" +
      "Brindley helps parents of disabled children find each other, and the help they are owed.\n\n" +
      "## Our mission\n\nOur mission is that no parent in the borough faces a tribunal alone.\n\n" +
      "Brindley Parents' Network, 4 Mill Row, Brindley\n";
    expect(await company(page)).toBe("Brindley Parents' Network");
  });
});
