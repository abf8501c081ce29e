/**
 * A title that names the company, then the kind of document ("… Staff Handbook"), and a public
 * body's name joined by "of the" ("Office of the … Ombudsman"): the name alone, in full.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a handbook's title", () => {
  it("leaves out “Employee” before “Handbook”", async () => {
    const page =
      "# Tollard & Sons Employee Handbook — Part 2\n\n" +
      "Tollard & Sons has repaired clocks in Leeds since 1931.\n\n" +
      "## Our mission\n\nOur mission is to keep every family clock in Yorkshire ticking.\n";
    expect(await company(page)).toBe("Tollard & Sons");
  });

  it("leaves out “Staff” before “Handbook”", async () => {
    const page =
      "# Brackley Vets Staff Handbook\n\n" +
      "Brackley Vets runs three surgeries in Northamptonshire.\n\n" +
      "## Our mission\n\nOur mission is to give every animal in the county a vet it can reach.\n";
    expect(await company(page)).toBe("Brackley Vets");
  });
});

describe("a name joined by “of the”", () => {
  it("is read in full from the title", async () => {
    const page =
      "# About us – Office of the Marsden Rail Ombudsman\n\n" +
      "The Office of the Marsden Rail Ombudsman (OMRO) is an independent body set up by statute.\n\n" +
      "## Our mission\n\nOur mission is to settle every passenger complaint fairly and fast.\n";
    expect(await company(page)).toBe("Office of the Marsden Rail Ombudsman");
  });
});

describe("a governing document's title", () => {
  it("reads the club after “Constitution of the …”, in full", async () => {
    const page =
      "# Constitution of the Harle Valley Amateur Swimming Club\n\n" +
      "## 1. Name\n\n1.1 The club shall be called the Harle Valley Amateur Swimming Club.\n\n" +
      "## 2. Purpose\n\n2.1 The purpose of the Club is to teach everyone in the valley to swim.\n";
    expect(await company(page)).toBe("Harle Valley Amateur Swimming Club");
  });

  it("leaves out “Project Charter” after the project's name", async () => {
    const page =
      "# Osprey Project Charter\n\n" +
      "Osprey is an open-source tide-table library maintained by volunteers.\n\n" +
      "## Mission\n\nOsprey exists to give every harbour accurate tide tables.\n";
    expect(await company(page)).toBe("Osprey");
  });
});

describe("a code, manual or notes named for the company", () => {
  it("leaves out “Supplier Code of Conduct” after the name", async () => {
    const page =
      "# Tollard Dairies Supplier Code of Conduct\n\n" +
      "Tollard Dairies buys milk from 300 farms in the Vale.\n\n" +
      "## Our mission\n\nOur mission is to pay every farmer a fair price for good milk.\n";
    expect(await company(page)).toBe("Tollard Dairies");
  });

  it("reads no name from a page's topic, “Our Philosophy”", async () => {
    const page =
      "# Our Philosophy\n\n[Home](/) › [About](/about) › Our Philosophy\n\n" +
      "Gull Rock Inn has stood above the harbour since 1902.\n\n" +
      "We're here to give every guest a quiet night and a proper breakfast.\n";
    expect(await company(page)).toBe("Gull Rock Inn");
  });
});

describe("an analysis or a review named for the company", () => {
  it("leaves out “SWOT Analysis” after the name", async () => {
    for (const kind of ["SWOT Analysis 2025 (+ Mission & Vision)", "PESTLE Analysis"]) {
      const page = `# Harnby Gyms ${kind}\n\n## About Harnby Gyms\n\nHarnby Gyms runs forty gyms.\n\n## Mission\n\nHarnby Gyms' mission is to make strength training welcoming.\n`;
      expect(await company(page), kind).toBe("Harnby Gyms");
    }
  });

  it("leaves out “Memo: Review of” before the name", async () => {
    const page =
      "# Memo: Review of Harnby Dental Group's draft mission and values\n\n**To:** the partners\n\n## Summary\n\nThe board of Harnby Dental Group adopted Draft B. Harnby Dental Group's mission is to give every patient calm care.\n";
    expect(await company(page)).toBe("Harnby Dental Group");
  });
});

describe("a part of a document, a meeting or a period", () => {
  it("is never the company: “the values at Appendix B” leaves the title's name", async () => {
    const page =
      "# Harle Moor Credit Union — Minutes of the Board\n\n" +
      "5.5 The Board considered the values at Appendix B and agreed them.\n\n" +
      "Our mission is to lend fairly to every member in the dale.\n";
    expect(await company(page)).toBe("Harle Moor Credit Union");
  });

  it("is never the company: “Fiscal Year 2024” in a letter's title", async () => {
    const page =
      "# Letter to Shareholders — Fiscal Year 2024\n\n" +
      "Dear shareholder,\n\nTarnwell Instruments plc had a steady year.\n\n" +
      "Tarnwell Instruments' mission is to make the gauges that keep ships' engines honest.\n";
    expect(await company(page)).toBe("Tarnwell Instruments");
  });
});

describe("a numbered issue or episode", () => {
  it("is about the name after its colon, not the publication before it, when the text names no owner", async () => {
    const page =
      "# The Harbour Bulletin — Issue 41: Tarnfield Rowers writes down what it believes\n\n" +
      "Hello, Bulletin readers. The Tarnfield Rowers AGM ran long this week.\n\n" +
      'The club\'s new vision is for "an estuary where every child can row".\n';
    expect(await company(page)).toBe("Tarnfield Rowers");
  });
});
