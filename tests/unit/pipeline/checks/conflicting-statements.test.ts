/** `conflicting-statements`: more than one distinct mission (or vision) statement. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("conflicting-statements", () => {
  const body = [
    "# A", // 6
    "",
    "Our mission is to inspire creativity and bring joy.", // 8
    "",
    "Our mission is to connect people worldwide every day.", // 10
    "",
    "The mission is to inspire creativity and bring joy.", // 12
    "",
    "We envision a world where every voice is heard.", // 14
    "",
    "Our vision is to be the most loved brand on earth.", // 16
  ].join("\n");

  it("lists every mission statement with its lines, placed at the first non-primary one", async () => {
    const found = diagnostics(await model(body), "conflicting-statements");
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ severity: "warning", line: 10, column: 16 });
    expect(found[0]?.message).toMatch(/^2 different mission statements/);
    expect(found[0]?.message).toContain("“inspire creativity and bring joy” (lines 8, 12)");
    expect(found[0]?.message).toContain("“connect people worldwide every day” (line 10)");
  });

  it("does the same for vision statements", async () => {
    const found = diagnostics(await model(body), "conflicting-statements");
    expect(found[1]).toMatchObject({ severity: "warning", line: 16, column: 15 });
    expect(found[1]?.message).toMatch(/^2 different vision statements/);
    expect(found[1]?.message).toContain("(line 14)");
    expect(found[1]?.message).toContain("“be the most loved brand on earth” (line 16)");
  });

  it("stays quiet with one statement, however often it is repeated", async () => {
    const m = await model(
      "# A\n\nOur mission is to inspire creativity and bring joy.\n\nIts mission: “Inspire creativity and bring joy.”\n",
    );
    expect(m.mission.statements).toHaveLength(1);
    expect(m.mission.primary?.occurrences).toHaveLength(2);
    expect(diagnostics(m, "conflicting-statements")).toEqual([]);
  });
});
