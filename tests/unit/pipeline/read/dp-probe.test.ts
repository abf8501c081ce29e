/**
 * Misses of the third blind probe batch (tests/corpus/dev/dp-*): a horizontal Purpose | Vision |
 * Values table, one-bullet slides, numbered bold value sentences announced "There are five:", an
 * author's "My own mission", a title "Name — topic" whose name the text never repeats.
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("a horizontal statements table", () => {
  const body =
    "# About Fenwick\n\n| Purpose | Vision | Values |\n| --- | --- | --- |\n" +
    "| To help Borders families save, borrow and plan with confidence. | A Borders economy where local money stays local. | Prudence, Fairness, Neighbourliness |\n";

  it("reads each column's cell as the statement its header names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help Borders families save, borrow and plan with confidence",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A Borders economy where local money stays local",
    ]);
  });

  it("reads the Values column's cell as the value set", async () => {
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Prudence", "Fairness", "Neighbourliness"],
    ]);
  });
});

describe("one-bullet slides", () => {
  it("reads the only bullet under “Slide 2: Our mission” as the mission", async () => {
    const m = await model(
      "# Strategy Day\n\n## Slide 2: Our mission\n\n- To move our customers' goods across the North Sea on time, every time\n\n" +
        "## Slide 3: Our vision\n\n- Europe's most reliable short-sea freight operator by 2030\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "move our customers' goods across the North Sea on time, every time",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "Europe's most reliable short-sea freight operator by 2030",
    ]);
  });

  it("takes the name a title opens with before a dash when the text never repeats it", async () => {
    const m = await model(
      "# Ardent Logistics — Strategy Day 2026 (slides)\n\n## Slide 1\n\n- Agenda\n- Presenter\n",
      true,
    );
    expect(m.meta.company).toBe("Ardent Logistics");
  });
});

describe("numbered bold value sentences", () => {
  it("names each by its bold sentence without the number, with the count of “There are five”", async () => {
    const m = await model(
      "## What I learned\n\nThey took their values seriously. There are three, painted on the wall:\n\n" +
        "**1. Safety is the first knot.** Nothing else matters.\n\n**2. Nobody is too slow.** Beginners set the pace.\n\n" +
        "**3. Weather wins.** We stay ashore when in doubt.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Safety is the first knot", "Nobody is too slow", "Weather wins"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });
});

describe("a person's mission", () => {
  it("does not take the author's “My own mission … is to …”", async () => {
    const m = await model(
      "# Notes\n\nAcme's mission is to get anyone who wants to sail out on the water.\n\nMy own mission, if I ever run a team, is to write values as short as Acme's.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get anyone who wants to sail out on the water",
    ]);
  });
});
