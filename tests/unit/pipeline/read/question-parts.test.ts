/**
 * A deeper heading that asks another topic's question ("### Why work with us?") under a values
 * section opens a part whose list is that answer, not a set (question-parts.ts).
 */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

const page = (question: string, items: string[]) =>
  [
    "# Working at Fernbank",
    "",
    "## Our four values",
    "",
    "| Value | What it means |",
    "| --- | --- |",
    "| **Care** | We look after the plants and each other. |",
    "| **Craft** | We know our stuff. |",
    "| **Welcome** | A visit should feel like a treat. |",
    "| **Thrift** | As little waste as we can manage. |",
    "",
    `### ${question}`,
    "",
    ...items.map((item) => `- ${item}`),
    "",
  ].join("\n");

describe("a question heading under the values", () => {
  it("opens another topic's part: its list is no set", async () => {
    const perks = ["30% staff discount", "Free training", "Profit-share bonus"];
    expect(await sets(page("Why work with us?", perks))).toEqual([
      ["Care", "Craft", "Welcome", "Thrift"],
    ]);
  });

  it("unless it asks about the set itself", async () => {
    const more = ["Patience", "Curiosity", "Kindness"];
    expect(await sets(page("What else do we value?", more))).toContainEqual(more);
  });
});
