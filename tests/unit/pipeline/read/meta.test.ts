/** The company guessed for a page without front matter, when the title's first words are not it. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("company guessed from the title and the body", () => {
  it.each([
    [
      "# Six years at Granary Lane: what I learned\n\nI left Granary Lane Foods in March.\n",
      "Granary Lane Foods",
    ],
    [
      "# Head Baker (full time) — Marram Bakehouse, Whitstable\n\nMarram Bakehouse is a bakery on Harbour Street.\n",
      "Marram Bakehouse",
    ],
    [
      "# About Bramblewood Nurseries\n\nBramblewood is a nursery near Ludlow.\n",
      "Bramblewood Nurseries",
    ],
    [
      "# Board Policy 1.105: Mission and Values\n\n**Revised:** May 2009\n\nTollgate State University is a public university.\n",
      "Tollgate State University",
    ],
  ])("takes the name the body uses (%#)", async (text, company) => {
    expect((await model(text, true)).meta.company).toBe(company);
  });

  it("leaves out the legal form (“Ltd”) of the name", async () => {
    const m = await model(
      "# Our story\n\nIronleaf's mission is to make payroll simple. Ironleaf Software Ltd was founded in 2012.\n",
      true,
    );
    expect(m.meta.company).toBe("Ironleaf Software");
  });
});
