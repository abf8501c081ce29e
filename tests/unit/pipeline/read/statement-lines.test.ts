/**
 * Lines that state a statement in forms the du-/dv- batches showed: a short label and a colon
 * before a vision ("Ellerby in 2040: a town …"), a heading "What we're here for" over a line in
 * the present ("Ellerby Credit Union helps …"), a purpose worded as a gerund ("is bringing …").
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a labelled line under its heading", () => {
  it("reads the words after “Ellerby in 2040:” as the vision, the year being its horizon", async () => {
    expect(
      await texts(
        "# Plan\n\n## Our vision\n\nEllerby in 2040: a market town where every child can walk safely to school.\n",
        "vision",
      ),
    ).toEqual(["a market town where every child can walk safely to school"]);
  });

  it("reads the words after a label under a mission heading", async () => {
    expect(
      await texts(
        "# Plan\n\n## Our mission\n\nIn one sentence: to keep the town's buses running every hour of the day.\n",
      ),
    ).toEqual(["keep the town's buses running every hour of the day"]);
  });
});

describe("a heading that names the purpose in other words", () => {
  it("reads the line under “What we're here for” as the mission", async () => {
    expect(
      await texts(
        "# Ellerby Credit Union\n\n## What we're here for\n\n> Ellerby Credit Union helps families in the dale\n> to borrow fairly and save a little every week.\n",
      ),
    ).toEqual([
      "Ellerby Credit Union helps families in the dale to borrow fairly and save a little every week",
    ]);
  });
});

describe("a gerund after “is”", () => {
  it("reads “Our mission is bringing …”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is bringing live music back to every village hall in the dale.\n",
      ),
    ).toEqual(["bringing live music back to every village hall in the dale"]);
  });

  it("leaves “Our mission is changing …”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is changing as the village grows and new families arrive.\n",
      ),
    ).toEqual([]);
  });
});

describe("a bold “to …” after a first-person colon", () => {
  it("reads “… the idea we still work to: **to …**” as the mission", async () => {
    expect(
      await texts(
        "# About\n\nWe opened with a single idea, and it is still the one we work to: **to get every bike in the village back on the road within a day.** That is why the workshop opens at seven.\n",
      ),
    ).toEqual(["get every bike in the village back on the road within a day"]);
  });

  it("leaves a bold target after “Our goal this year:”", async () => {
    expect(
      await texts(
        "# About\n\nOur goal this year: **to repair four thousand bikes.** We are halfway there.\n",
      ),
    ).toEqual([]);
  });
});
