/**
 * A Word file converted by pandoc keeps its spans as `[text]{…}`: tracked changes
 * (`--track-changes=all`) read as the document now stands — insertions in, deletions and comments
 * out — and a span of formatting (`{.underline}`, `{.smallcaps}`) as its text; every place unchanged.
 */
import { describe, expect, it } from "vitest";
import { readPandocSpans } from "../../../../src/pipeline/parse/pandoc-spans.js";
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

describe("readPandocSpans", () => {
  it("keeps a formatted span's text and blanks a comment, same length", () => {
    const line =
      'We want to be [the service people would choose]{.underline}, [run]{.smallcaps} [Check this]{.comment-start id="0" author="SK"}well[]{.comment-end id="0"}.\n';
    const read = readPandocSpans(line);
    expect(read.length).toBe(line.length);
    expect(read.replace(/ +/g, " ")).toBe(
      "We want to be the service people would choose , run well .\n",
    );
  });

  it("reads a vision whose words the converter underlined", async () => {
    const m = await model(
      "## Our vision\n\nBy 2030, we want to be [the health service people would choose for their own families]{.underline}.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "be the health service people would choose for their own families",
    ]);
  });

  it("keeps the insertions, blanks the deletions and a list item deleted whole, same length", () => {
    const accepted = readPandocSpans(handbook);
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
    expect(readPandocSpans(page)).toBe(page);
  });
});

describe("a Word heading's anchor at the line's start", () => {
  it("blanks “[]{#_Toc… .anchor}” without indenting the line into a code block", async () => {
    const read = readPandocSpans("Intro.\n\n[]{#_Toc151022871 .anchor}**Our Mission**\n\nText.\n");
    expect(read.split("\n")[2]).toBe(`**Our Mission**${" ".repeat(26)}`);
    const m = await model(
      "Intro.\n\n[]{#_Toc151022871 .anchor}**2. Our Mission**\n\nTo offer fair savings and loans to everyone in the Vale.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "offer fair savings and loans to everyone in the Vale",
    ]);
  });
});

describe("a Word heading's number and words bold apart", () => {
  it("reads “**2.** **Our Mission**” as the title over the mission", async () => {
    const m = await model(
      "Intro.\n\n[]{#_Toc1 .anchor}**2.** **Our Mission**\n\nTo offer fair savings and loans to everyone in the Vale.\n\n[]{#_Toc2 .anchor}**3.** **Our Vision**\n\nA valley where no household needs a doorstep lender.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "offer fair savings and loans to everyone in the Vale",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A valley where no household needs a doorstep lender",
    ]);
  });
});
