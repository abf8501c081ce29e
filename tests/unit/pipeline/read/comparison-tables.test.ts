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
