/**
 * Weak candidates are noted as uncertain, not kept: a mission set for a period ("Our mission for
 * the coming year is to …") is a target, though a vision's horizon ("Our vision for 2030 is …") is
 * not; a purpose owned by "the council's" may be the company's or another organisation's.
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a mission for a period", () => {
  it("notes “Our mission for the coming year is to …” instead of keeping it", async () => {
    const m = await model(
      "# News\n\nOur mission for the coming year is to open two more branches in the county.\n",
    );
    expect(m.mission.statements).toEqual([]);
    expect(diagnostics(m, "uncertain-statement")).toHaveLength(1);
  });

  it("does not keep a mission for a season or a month (“Our mission for this winter is …: keep …”, “Our mission this December, …: 600 black buns”)", async () => {
    for (const text of [
      "Our mission for this winter is more modest than anything above: keep the Seaweed & Oat bar in stock past Christmas.",
      "Our mission this December, should we choose to accept it: six hundred black buns before Hogmanay.",
      "Our mission this quarter is to clear the backlog of repairs on the east estates.",
    ])
      expect(await texts(`# News\n\nWe make soap in Whitby.\n\n${text}\n`)).toEqual([]);
  });

  it("does not keep a mission a period owns (“This month's mission is simple: get …”, “Today's mission: …”)", async () => {
    for (const text of [
      "This month's mission is simple: get enough stock through the kiln before the Christmas markets.",
      "This week’s mission: clear the backlog of repairs on the east estates.",
      "Today's mission is to find a plumber who answers the phone.",
    ])
      expect(await texts(`# News\n\nWe make soap in Whitby.\n\n${text}\n`)).toEqual([]);
  });

  it("keeps a vision a period owns nothing of (“This year's report restates our vision: …”)", async () => {
    expect(
      await texts(
        "# News\n\nThis year's report restates our vision: a county where every bus runs on time.\n",
        "vision",
      ),
    ).toEqual(["a county where every bus runs on time"]);
  });

  it("keeps a mission that only mentions a season (“Our mission is to get families outdoors every winter”)", async () => {
    expect(
      await texts("# News\n\nOur mission is to get families outdoors every winter.\n"),
    ).toEqual(["get families outdoors every winter"]);
  });

  it("still takes a vision with its horizon year", async () => {
    expect(
      await texts(
        "# News\n\nOur vision for 2030 is a county where every bus runs on time.\n",
        "vision",
      ),
    ).toEqual(["a county where every bus runs on time"]);
  });
});

describe("a purpose owned by the organisation's kind", () => {
  it("notes “The council's purpose is …” as uncertain instead of dropping it unread", async () => {
    const m = await model(
      "# About\n\nThe council's purpose is caring for the old orchards of the parish and the people who pick them.\n",
    );
    expect(m.mission.statements).toEqual([]);
    expect(diagnostics(m, "uncertain-statement").map((d) => d.message)).toEqual([
      expect.stringContaining("caring for the old orchards of the parish"),
    ]);
  });
});
