/**
 * A page imported from the web has no soft line breaks: a numbered value's name runs into its
 * description ("Patience A rope is laid slowly."). Where every item of a list opens with a name in
 * sentence case and a capitalised clause after it, the capital is the seam.
 */
import type { List } from "mdast";
import { describe, expect, it } from "vitest";
import { listItems } from "../../../../src/pipeline/read/list-items.js";
import { model, parse } from "../../../helpers/pipeline.js";

const list = (markdown: string) => parse(markdown).tree.children[0] as List;

describe("value names run into their descriptions", () => {
  it("splits each item at the capital that opens its description", () => {
    const items = listItems(
      list(
        "1. Patience A rope is laid slowly, and it holds.\n" +
          "2. Mend what breaks We patch sails before we buy new ones.\n" +
          "3. Fair shares Every hand on the boat is paid the same.\n",
      ),
      true,
    );
    expect(items?.map((i) => [i.name, i.description])).toEqual([
      ["Patience", "A rope is laid slowly, and it holds."],
      ["Mend what breaks", "We patch sails before we buy new ones."],
      ["Fair shares", "Every hand on the boat is paid the same."],
    ]);
  });

  it("leaves a list of sentences that name a place mid-sentence", () => {
    const items = listItems(
      list(
        "1. We buy our rope from Tarley Mills every spring.\n" +
          "2. We sail out of Penhallow in all weathers.\n",
      ),
      true,
    );
    expect(items?.map((i) => i.name)).toEqual([
      "We buy our rope from Tarley Mills every spring",
      "We sail out of Penhallow in all weathers",
    ]);
  });
});

describe("emoji-led value lines run into one line", () => {
  it("reads each emoji and bold name as the start of a value", async () => {
    const m = await model(
      "## What we stand for\n\nThree values guide the crew:\n\n" +
        "⚓ **Steadiness** – we keep calm when the wind turns 🧭 **Bearings** – we say where we are, always 🪢 **Trust** – every knot is checked twice\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Steadiness", "Bearings", "Trust"],
    ]);
  });
});
