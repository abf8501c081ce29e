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

describe("a name that owns a statement the page sets against its own", () => {
  it("is not the company: “Halden’s own mission is …; ours is …”", async () => {
    const m = await model(
      "# About Us\n\n## About Brackenfold\n\nBrackenfold is a family plumbing firm in Horsforth, started in 2004 with a borrowed van.\n\n## What we're here for\n\nOur mission is to keep Leeds homes warm, safe and dry.\n\n## Why choose Brackenfold?\n\nWe fit more Halden boilers than anyone in Leeds. Halden’s own mission is to “put a hydrogen-ready boiler in every British home by 2035”; ours is a bit closer to home.\n",
      true,
    );
    expect(m.meta.company).toBe("Brackenfold");
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "keep Leeds homes warm, safe and dry",
    ]);
  });
});
