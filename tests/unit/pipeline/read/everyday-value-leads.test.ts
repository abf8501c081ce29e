/**
 * Values announced in everyday words, as ordinary pages introduce them (the ea- batch): "four
 * things we try to hold on to, whoever is on shift:" over bold-named bullets.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames } from "../../../helpers/pipeline.js";

describe("a counted lead-in with what the company tries to hold on to", () => {
  const page =
    "# Acme\n\n## How we run the shop\n\nThere are three things we try to hold on to, whoever is on shift:\n\n- **Be kind** – everyone gets a smile.\n- **Be quick** – nobody waits long.\n- **Be fair** – one price for all.\n";

  it("reads the bullets as the values", async () => {
    expect(await valueSetNames(page)).toEqual([["Be kind", "Be quick", "Be fair"]]);
  });

  it("counts them", async () => {
    const m = await model(page);
    expect(m.valueSets[0]?.declaredCount).toBe(3);
  });
});

describe("a set named by a counted initial (“our Four Ps”)", () => {
  const page =
    "# Acme Rowing\n\n## The Four Ps\n\nEvery rower agrees to our Four Ps when they join:\n\n1. **Punctuality** – be on the bank on time.\n2. **Patience** – with the novices.\n3. **Pride** – in the club's boats.\n4. **Pace** – steady, never reckless.\n";

  it("reads the named items as the values, counted", async () => {
    expect(await valueSetNames(page)).toEqual([["Punctuality", "Patience", "Pride", "Pace"]]);
    expect((await model(page)).valueSets[0]?.declaredCount).toBe(4);
  });

  it("leaves “our three Rs” before a list of steps that are not named", async () => {
    expect(
      await valueSetNames(
        "# Acme\n\n## Recycling\n\nWe follow the three Rs at home:\n\n1. Reduce what you buy.\n2. Reuse what you can.\n3. Recycle the rest.\n",
      ),
    ).toEqual([]);
  });
});

describe("beliefs given as parallel “in …” phrases", () => {
  it("reads “We believe in candour, in paying on time, and in mending before buying.”", async () => {
    expect(
      await valueSetNames(
        "# Acme\n\n## What we believe\n\nWe believe in candour, in paying on time, and in mending before buying.\n",
      ),
    ).toEqual([["candour", "paying on time", "mending before buying"]]);
  });

  it("leaves “We believe in Barford and its people.” (no parallel “in”)", async () => {
    expect(await valueSetNames("# Acme\n\nWe believe in Barford and its people.\n")).toEqual([]);
  });
});

describe("a count of the things that have kept the company going", () => {
  it("counts the bold-led paragraphs after “the same three things have kept us going:”", async () => {
    const page =
      "# Acme\n\n## How we work\n\nAsk any of us and you'll hear that the same three things have kept us going:\n\n" +
      "**Thrift.** We waste nothing.\n\n**Care.** We check every seam twice.\n\n**Cheer.** We sing while we sew.\n";
    const m = await model(page);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([3]);
  });
});

describe("the things that have kept the company going, listed inline", () => {
  it("reads and counts “the same three things have kept us going: thrift, care and cheer”", async () => {
    const m = await model(
      "# Acme\n\n## How we work\n\nAsk any of us and you'll hear that the same three things have kept us going: thrift, care and cheer.\n",
    );
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["thrift", "care", "cheer"], 3],
    ]);
  });
});
