/**
 * Pages whose titles below the `#` title are bold or plain lines (word-processor and CMS exports,
 * pages copied as text): which lines are titles, which titles are items of the part above, and
 * where a part ends, as a careful reader infers it.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const styles = [
  ["bold", (text: string) => `**${text}**`],
  ["plain", (text: string) => text],
] as const;

const valueNames = async (lines: string[]) =>
  (await model(lines.join("\n\n"), true)).valueSets.map((s) => s.values.map((v) => v.name));

describe.each(styles)("%s title lines", (_, title) => {
  it("an item named with “you”, “our” or “we” inside stays an item of the values", async () => {
    expect(
      await valueNames([
        "# Brackenridge Joinery",
        "Brackenridge Joinery's mission is to build stairs that creak for no one.",
        title("Our values"),
        title("Timber you can stand on"),
        "Every tread is oak, seasoned for two years.",
        title("Keep your word"),
        "A fitting date is a promise.",
        title("Sweep where we work"),
        "No dust is left behind on any landing.",
        title("Find us"),
        "Unit 4, Tannery Yard.",
      ]),
    ).toEqual([["Timber you can stand on", "Keep your word", "Sweep where we work"]]);
  });

  it("a line of names between separators is the names, not a title", async () => {
    expect(
      await valueNames([
        "# Ashgrove Library",
        "Ashgrove Library's mission is to lend every child a book they love.",
        title("What we value"),
        "Quiet · Welcome · Wonder",
        "We hold to these in every branch.",
        title("Opening times"),
        "Nine till eight on weekdays.",
      ]),
    ).toEqual([["Quiet", "Welcome", "Wonder"]]);
  });

  it("a line above the page's own title is the site's chrome, not a part", async () => {
    const m = await model(
      [
        "Harrowgate Water Board",
        "Menu: Home | Reservoirs | Contact",
        "You are here: About.",
        "# About the board",
        "Harrowgate Water Board's mission is to keep the taps of the dale running clean.",
        title("Our values"),
        "Care and thrift in every pipe we lay.",
      ].join("\n\n"),
      true,
    );
    expect(m.sections.map((s) => s.heading)).not.toContain("Harrowgate Water Board");
  });

  it("a picture between an item and its text does not make the item a part", async () => {
    expect(
      await valueNames([
        "# Corrow Tea",
        "Corrow Tea's mission is to sell tea picked by people paid fairly.",
        title("Our values"),
        "![A teapot](pot.png)",
        title("Steep slowly"),
        "Nothing good is rushed.",
        "![A cup](cup.png)",
        title("Pay the pickers"),
        "Every estate is visited each spring.",
      ]),
    ).toEqual([["Steep slowly", "Pay the pickers"]]);
  });
});
