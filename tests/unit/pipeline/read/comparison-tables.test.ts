/**
 * A table that sets other organisations side by side, a column each ("| | Rivet | Cobble |"): its
 * Mission and Values rows are theirs, not the company's — unless one column is headed by the
 * company's own name, and then that column is the one to read.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const page = (columns: string, mission: string, values: string) =>
  `# How Acme compares\n\nAcme mends bikes. The obvious rivals are Rivet and Cobble Cycles.\n\n| | ${columns} |\n| --- | --- | --- |\n| Mission | ${mission} |\n| Values | ${values} |\n`;

describe("a table comparing other organisations", () => {
  it("gives the company no statement and no values", async () => {
    const m = await model(
      page(
        "Rivet | Cobble Cycles",
        '"To make riding fun for every kid." | "To sell a bike to every town."',
        "Grit, speed, style | Not published",
      ),
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([]);
    expect(m.valueSets).toEqual([]);
  });

  it("reads the column headed by the company's own name", async () => {
    const m = await model(
      page(
        "Acme | Rivet",
        '"To get every broken bike back on the road." | "To make riding fun for every kid."',
        "Thrift, care, grit | Speed, style, noise",
      ),
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get every broken bike back on the road",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Thrift", "care", "grit"],
    ]);
  });
});

describe("a table setting the old and new versions side by side", () => {
  it("reads the values of the latest column only (“| | 2009 | 2022 |”, “| | Old | New |”)", async () => {
    for (const columns of ["2009 | 2022", "Old | New"]) {
      const m = await model(
        `# Acme's new mission\n\nAcme changed its mission and values in 2022.\n\n| | ${columns} |\n| --- | --- | --- |\n| Mission | “To sell the cheapest bikes” | “To keep every rider rolling” |\n| Values | Price, Volume, Vigilance | Speed, Fairness, Plain English |\n`,
      );
      expect(
        m.valueSets.map((s) => s.values.map((v) => v.name)),
        columns,
      ).toEqual([["Speed", "Fairness", "Plain English"]]);
    }
  });
});

describe("versions side by side under years with a note (“| | 2016 (superseded) | 2024 (current) |”)", () => {
  it("reads the current column's statements only", async () => {
    const m = await model(
      "---\ntitle: Case\ncompany: Orrin Freight\n---\n\n# Case\n\nOrrin Freight rewrote its statements in 2024.\n\n## Exhibit 1\n\n| | 2016 (superseded) | 2024 (current) |\n| --- | --- | --- |\n| Mission | To move goods faster and cheaper than anyone. | To move goods across Europe with less carbon every year. |\n| Vision | To be Europe's number one forwarder. | A freight network in which every shipment counts its carbon. |\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "move goods across Europe with less carbon every year",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A freight network in which every shipment counts its carbon",
    ]);
  });
});

describe("a case study's fact box", () => {
  it("reads no values from “| **Client** | … |”, “| **Sector** | … |” rows under a title about values", async () => {
    const m = await model(
      "# Case study: how Acme rebuilt its values\n\n| | |\n| --- | --- |\n| **Client** | Acme Dairies Ltd |\n| **Sector** | Dairy processing |\n| **People** | 340 staff |\n| **Engagement** | Nine months |\n| **Scope** | Purpose, vision and values |\n\n## What we did\n\nWe listened.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a table of other organisations, a row each (“| Insurer | Type | Stated values |”)", () => {
  it("names no values by the organisations in its first column", async () => {
    const m = await model(
      "# Acme values compared\n\n## How other insurers word their values\n\n| Insurer | Type | Stated values |\n| --- | --- | --- |\n| Harbourline Insurance | Listed | Integrity, Excellence |\n| Greystack Assurance | Listed | Trust, Agility |\n| Norland Mutual | Mutual | Care, Courage |\n",
    );
    expect(m.valueSets.flatMap((s) => s.values.map((v) => v.name))).toEqual([]);
  });
});

describe("a tracker of commitments (“| Commitment (2023 report) | What happened | Next |”)", () => {
  it("is no set: its rows are promises and how they went", async () => {
    const m = await model(
      "# Impact report\n\n## Our values\n\nWe hold to three values: thrift, craft and fair dealing.\n\n## What we said, what we did\n\n| Commitment (2023 report) | What happened | Next |\n| --- | --- | --- |\n| Publish full supplier list | Done, July 2024 | Add second-tier suppliers |\n| Add a worker-elected director | Election set for June 2025 | First board meeting |\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["thrift", "craft", "fair dealing"],
    ]);
  });
});
