/**
 * Where an unquoted statement ends when its line has no full stop: a bullet ("- Mission: …")
 * ends with its item, not with the next bullet's words; and "whether or not …" qualifies the
 * statement rather than commenting on it.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a labelled bullet with no full stop", () => {
  it("ends at the end of its item", async () => {
    expect(
      await texts(
        "# Kickoff\n\n## Why we are here\n\n- Mission: put a warm meal on every table in the valley\n- Not charity. Not a shop.\n- Warm · local · daily\n",
      ),
    ).toEqual(["put a warm meal on every table in the valley"]);
  });

  it("ends a vision bullet before a fragment on the next bullet", async () => {
    expect(
      await texts(
        "# Kickoff\n\n## Where next\n\n- Vision: the bakery every village can walk to\n- 2031 = our deadline\n",
        "vision",
      ),
    ).toEqual(["the bakery every village can walk to"]);
  });
});

describe("“, whether or not …” after a statement", () => {
  it("keeps the qualifier in the statement", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is a valley where everyone can reach a doctor, whether or not they own a car.\n",
        "vision",
      ),
    ).toEqual(["a valley where everyone can reach a doctor, whether or not they own a car"]);
  });

  it("keeps an aside “, whether … or not,” inside the statement, which goes on after it", async () => {
    expect(
      await texts(
        "# Saltmarsh Pottery\n\nSaltmarsh exists to give anyone in Marrowby, whether they have touched clay before or not, a warm place to make things by hand. We opened in 2016.\n",
        "mission",
        true,
      ),
    ).toEqual([
      "give anyone in Marrowby, whether they have touched clay before or not, a warm place to make things by hand",
    ]);
  });

  it("still ends it before “, whether” that closes the sentence (“…, whether we like it or not.”)", async () => {
    expect(
      await texts(
        "# Saltmarsh Pottery\n\nOur mission is to keep the kilns firing, whether the town likes it or not.\n",
      ),
    ).toEqual(["keep the kilns firing"]);
  });
});
