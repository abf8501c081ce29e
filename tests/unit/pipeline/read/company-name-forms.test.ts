/**
 * The company's name in full, as a page without front matter gives it: a site header linking home
 * ("[Pellham and District Hospitals NHS Foundation Trust](/)", a breadcrumb's first link to a
 * council), a "… Company" ending, and a title naming a document ("The Tidewell Manifesto", "The
 * Fenmoor Way").
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a site header linking home", () => {
  it("names the company in full, with “and” inside the name", async () => {
    const page =
      "[Pellham and District Hospitals NHS Foundation Trust](/)\n\n# Who We Are\n\n" +
      "Pellham and District Hospitals NHS Foundation Trust runs two hospitals.\n\n" +
      "## Our mission\n\nThe Trust's mission is to give every patient safe, kind care close to home.\n";
    expect(await company(page)).toBe("Pellham and District Hospitals NHS Foundation Trust");
  });

  it("names the council at the start of a breadcrumb", async () => {
    const page =
      "[Wexcombe Borough Council](/) › [Your council](/council) › [Plans](/council/plans)\n\n" +
      "# Council Plan 2026–2029\n\nWexcombe is a borough of 90,000 people. We have kept every library open.\n\n" +
      "## Our vision\n\nOur vision is a Wexcombe where every resident can reach a green space in ten minutes.\n";
    expect(await company(page)).toBe("Wexcombe Borough Council");
  });
});

describe("a name ending in “Company”", () => {
  it("keeps “Company” when the text gives the name with it", async () => {
    const page =
      "# Haddon Cheese: A New Look for an Old Dairy\n\n**Client:** Haddon Cheese Company  **Year:** 2024\n\n" +
      "Haddon Cheese has made cheese in Haddon since 1921. Haddon's mission is to make cheese worth the wait.\n";
    expect(await company(page)).toBe("Haddon Cheese Company");
  });
});

describe("a title naming a document", () => {
  it("leaves the document's kind (“Manifesto”) out of the name", async () => {
    const page =
      "# The Tidewell Manifesto\n\nWe started Tidewell to make invoices boring. Our mission is to make getting paid the easy part of freelancing.\n";
    expect(await company(page)).toBe("Tidewell");
  });

  it("leaves a handbook's “Way” out of the name", async () => {
    const page =
      "# The Fenmoor Way: how we work\n\nFenmoor Robotics builds farm robots. Our mission is to take the back-breaking work out of farming.\n";
    expect(await company(page)).toBe("Fenmoor Robotics");
  });
});

describe("a name whose words “and” joins, ending in its kind", () => {
  it("names “Tolby Archive and Records Service” in full from the title", async () => {
    const page =
      "# Tolby Archive and Records Service: Our Aims\n\nThe county runs one archive.\n\n" +
      "## Purpose\n\nThe purpose of the Tolby Archive and Records Service is to keep the county's records safe and open to all.\n";
    expect(await company(page)).toBe("Tolby Archive and Records Service");
  });

  it("stops at “and” before words that are not a kind (“Tolby Archive and Friends”)", async () => {
    const page =
      "# Tolby Archive: Our Aims\n\nTolby Archive and Friends Day is in May.\n\n" +
      "## Purpose\n\nThe purpose of Tolby Archive is to keep the county's records safe and open to all.\n";
    expect(await company(page)).toBe("Tolby Archive");
  });
});
