/**
 * A Word file converted with its tracked changes (pandoc `--track-changes=all`) reads as the
 * document now stands: insertions in, deletions out, every place unchanged.
 */
import { describe, expect, it } from "vitest";
import { acceptTrackedChanges } from "../../../../src/pipeline/parse/tracked-changes.js";
import { model } from "../../../helpers/pipeline.js";

const handbook = [
  "## Our mission",
  "",
  'Our mission is [to do bookkeeping in Cornwall]{.deletion author="SK"}[to take the worry out of money for small businesses]{.insertion author="SK"}.',
  "",
  "## Our values",
  "",
  'We have [four]{.deletion author="SK"}[three]{.insertion author="SK"} values.',
  "",
  "1.  **Straight talking** -- we say what we mean.",
  "",
  '2.  [**Work hard, play hard** -- we put the hours in.]{.deletion author="SK"}',
  "",
  "3.  **Get it right** -- accuracy is the job.",
  "",
  "4.  **Keep learning** -- tax rules change every year.",
  "",
].join("\n");

describe("acceptTrackedChanges", () => {
  it("keeps the insertions, blanks the deletions and a list item deleted whole, same length", () => {
    const accepted = acceptTrackedChanges(handbook);
    expect(accepted.length).toBe(handbook.length);
    expect(accepted).not.toContain("Cornwall");
    expect(accepted).not.toContain("Work hard");
    expect(accepted).toMatch(/We have +three +values\./);
    expect(accepted.split("\n")[10]?.trim()).toBe("");
  });

  it("reads the mission and the values as the document now stands", async () => {
    const m = await model(handbook);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "take the worry out of money for small businesses",
    ]);
    expect(m.valueSets.map((set) => [set.declaredCount, set.values.map((v) => v.name)])).toEqual([
      [3, ["Straight talking", "Get it right", "Keep learning"]],
    ]);
  });

  it("leaves a page without tracked changes as written", () => {
    const page = "We have [three](#values) values, and {.note} this.\n";
    expect(acceptTrackedChanges(page)).toBe(page);
  });
});
