/** The company guessed from a page without front matter: headings, possessive names, imperatives. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("guessing the company from the text", () => {
  it("counts the headings' owners, so a rival named once in the body does not win", async () => {
    const page =
      "# Greyfield Foods vs Pennock's: Mission and Values Compared\n\n" +
      "Greyfield Foods and Pennock's are the two largest grocers in the region.\n\n" +
      "## Greyfield's mission\n\nGreyfield Foods states its mission as “to sell fresh food cheaply.”\n\n" +
      "## Greyfield's values\n\nGreyfield lists three values: freshness, fair prices and neighbourliness.\n\n" +
      "## Side by side\n\nPennock's mission is about range.\n";
    expect(await company(page)).toBe("Greyfield Foods");
  });

  it("drops an imperative that opens a heading (“Identify Sablewood Mutual's mission”)", async () => {
    const page =
      "# Case Study: Sablewood Mutual\n\n## Task 1: Identify Sablewood Mutual's mission\n\n" +
      "Sablewood Mutual is an insurer. Its mission is to pay every honest claim quickly.\n\n" +
      "## Task 2: Outline Sablewood Mutual's values\n\nIts values are thrift, candour and care.\n";
    expect(await company(page)).toBe("Sablewood Mutual");
  });

  it("takes the title's possessive name in full (“Rosalind's Bakery”)", async () => {
    const page =
      "# Rosalind's Bakery: Mission, Vision and Values\n\nRosalind's Bakery has four shops in Leeds.\n\n" +
      "## Mission\n\nRosalind's mission is to bake honest bread for Leeds.\n\n" +
      "## Vision\n\nRosalind's vision is a city where a real loaf is never far away.\n";
    expect(await company(page)).toBe("Rosalind's Bakery");
  });
});
