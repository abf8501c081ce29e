/**
 * A PDF's small table pasted as text: names and meanings in columns of spaces, a long meaning
 * wrapped under its column. The parser reads the rows as a list of "Name: meaning" items, every
 * position still pointing into the source.
 */
import { describe, expect, it } from "vitest";
import { markColumnRows } from "../../../../src/pipeline/parse/column-rows.js";
import { valueSetNames } from "../../../helpers/pipeline.js";

const table = [
  "Our values",
  "CANDOUR       We say what we see, early.",
  "SHORE TEAM    Skippers and shore staff plan",
  "              one trip, not two.",
  "THRIFT        Fuel is a cost the sea pays too.",
  "",
].join("\n");

describe("markColumnRows", () => {
  it("turns aligned rows into list items of the same length, wrapped lines left under them", () => {
    const marked = markColumnRows(table);
    expect(marked).toBe(
      [
        "Our values",
        "- CANDOUR:    We say what we see, early.",
        "- SHORE TEAM: Skippers and shore staff plan",
        "              one trip, not two.",
        "- THRIFT:     Fuel is a cost the sea pays too.",
        "",
      ].join("\n"),
    );
    expect(marked.length).toBe(table.length);
  });

  it("reads the rows as the page's values", async () => {
    expect(await valueSetNames(table)).toEqual([["CANDOUR", "SHORE TEAM", "THRIFT"]]);
  });

  it("blanks a header row naming the columns, so the rows follow their lead-in", async () => {
    const headed = [
      "Appendix B Our values",
      "",
      "Our three values were agreed by members in 2020.",
      "",
      "  Value        In practice",
      "  Local        Suppliers from the parish wherever we can",
      "  Open         Accounts and minutes published online",
      "  Fair         One member, one vote",
      "",
    ].join("\n");
    const marked = markColumnRows(headed);
    expect(marked.split("\n")[4]).toBe(" ".repeat(26));
    expect(marked.length).toBe(headed.length);
    expect(await valueSetNames(headed)).toEqual([["Local", "Open", "Fair"]]);
  });

  it("leaves a lone row, unaligned rows, front matter and code as written", () => {
    const source = [
      "---",
      "title: A    B",
      "---",
      "Leakage down 9%     Customer satisfaction up",
      "Chair          Sir Geoffrey Halloran",
      "",
      "Safe        We go home well.",
      "Open     We share bad news.",
      "",
      "```",
      "Name      Meaning",
      "Candour   We say it.",
      "```",
      "",
    ].join("\n");
    expect(markColumnRows(source)).toBe(source);
  });
});
