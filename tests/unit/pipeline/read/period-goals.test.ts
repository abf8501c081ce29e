/**
 * A mission set for a period ("Our mission for the coming year is to …") is a target, not the
 * company's mission: it is noted as uncertain. A vision's horizon ("Our vision for 2030 is …") is not.
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

  it("still takes a vision with its horizon year", async () => {
    expect(
      await texts(
        "# News\n\nOur vision for 2030 is a county where every bus runs on time.\n",
        "vision",
      ),
    ).toEqual(["a county where every bus runs on time"]);
  });
});
