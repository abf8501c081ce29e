/**
 * Pandoc's grid tables, as a .docx converted with pandoc gives its tables: one paragraph of rules
 * and rows in Markdown, read as the table it draws.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const grid = [
  "+-----------------+------------------------------+",
  "| Value           | What it means                |",
  "+=================+==============================+",
  "| **Fair**        | We treat people according to |",
  "|                 | their needs.                 |",
  "+-----------------+------------------------------+",
  "| **Member\\-led** | Members decide.              |",
  "+-----------------+------------------------------+",
].join("\n");

describe("a pandoc grid table", () => {
  it("gives its first column as the values under a values heading", async () => {
    const m = await model(`## Values\n\nOur two values:\n\n${grid}\n`);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [2, ["Fair", "Member-led"]],
    ]);
    expect(m.valueSets[0]?.values[0]?.description).toBe(
      "We treat people according to their needs.",
    );
  });

  it("shows as a table in the brief's text elsewhere", async () => {
    const m = await model(
      `## Document control\n\n${[
        "+---------+---------+",
        "| Owner   | Board   |",
        "+---------+---------+",
        "| Review  | 2027    |",
        "+---------+---------+",
      ].join("\n")}\n`,
    );
    const html = m.sections
      .flatMap((s) => s.blocks)
      .map((b) => ("html" in b ? b.html : ""))
      .join("");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>2027</td>");
    expect(html).not.toContain("+---");
  });

  it("leaves a paragraph that only starts like one", async () => {
    const m = await model("## Notes\n\n+---+\nnot a table at all\n+---+\n");
    const text = m.sections
      .flatMap((s) => s.blocks)
      .map((b) => ("text" in b ? b.text : ""))
      .join("");
    expect(text).toContain("not a table at all");
  });
});

describe("a grid table of one cell: a Word text box", () => {
  it("reads its lines as Markdown in its place — a takeaways box's bullets are the takeaways", async () => {
    const body = [
      "# Interview",
      "",
      "We talked about repairs.",
      "",
      "+--------------------------------------------------------+",
      "| **Key takeaways**                                      |",
      "|                                                        |",
      "| -   The mission is to make kit that gets repaired      |",
      "|     instead of replaced.                               |",
      "|                                                        |",
      "| -   Repairs are free for life.                         |",
      "+--------------------------------------------------------+",
      "",
    ].join("\n");
    const m = await model(body);
    expect(m.takeaways).toEqual([
      "The mission is to make kit that gets repaired instead of replaced.",
      "Repairs are free for life.",
    ]);
  });
});
