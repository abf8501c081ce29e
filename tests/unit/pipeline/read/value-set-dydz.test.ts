/** Classes of value-set misses from the dy- and dz- corpus batches, in invented text. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("bold-lead value paragraphs decorated with an emoji", () => {
  it("reads the bold names after an emoji, with the announced count", async () => {
    const body =
      "## Our crew values\n\nEvery deckhand learns our three crew values:\n\n" +
      "⚓ **Patience** — the tide sets the pace, not us.\n\n" +
      "🔥 **Nerve** — we sail when others wait.\n\n" +
      "🍃 **Thrift** — nothing on board is wasted.\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Nerve", "Thrift"], count: 3 }]);
  });

  it("reads a section on how the company works written as such paragraphs", async () => {
    const body =
      "## How we work\n\n🛠 **Fix the root.** We patch nothing twice.\n\n" +
      "📣 **Say it early.** Bad news travels first.\n\n" +
      "🧹 **Leave it tidy.** The next person starts clean.\n";
    expect(await sets(body)).toEqual([
      { names: ["Fix the root", "Say it early", "Leave it tidy"], count: null },
    ]);
  });

  it("does not read a how-we-work section of ordinary prose as values", async () => {
    const body =
      "## How we work\n\nWe work in teams of four. **Everyone** is remote: the office opens on Fridays.\n\n" +
      "Most projects last six weeks. **Clients** see a demo every Monday.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a set described before its colon", () => {
  it("reads 'Our values are simple: a, b and c' as the list after the colon", async () => {
    const body =
      "## Hello\n\nWe mend boots. Our values are few: sound leather, honest quotes and quick repairs.\n";
    expect(await sets(body)).toEqual([
      { names: ["sound leather", "honest quotes", "quick repairs"], count: null },
    ]);
  });
});

describe("a count in a values section's lead-in, by another noun", () => {
  it("takes the count of 'Four things we hold to, agreed …:' for the list below", async () => {
    const body =
      "## What we believe\n\nFour things we hold to, agreed by the whole crew at our first retreat:\n\n" +
      "- Slow is smooth, and smooth is fast.\n- Tidy benches make safe hands.\n" +
      "- Ask twice, cut once.\n- Nobody eats lunch at their desk.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Slow is smooth",
          "Tidy benches make safe hands",
          "Ask twice",
          "Nobody eats lunch at their desk",
        ],
        count: 4,
      },
    ]);
  });
});

describe("a counted lead-in paragraph over named paragraphs", () => {
  it("reads 'Three rules we live by:' as the lead-in, not as the first value", async () => {
    const body =
      "## Our culture\n\nThree rules we live by:\n\n**Own it.** Fix what you find.\n\n" +
      "**Aim small.** Ship every week.\n\n**Be kind.** To customers and to each other.\n";
    expect(await sets(body)).toEqual([{ names: ["Own it", "Aim small", "Be kind"], count: 3 }]);
  });
});

describe("page furniture under a values title", () => {
  it("reads no set from the kicker line's 'Based on … and …'", async () => {
    const body =
      "# Inside Brindle Mills: culture, values and pay\n\n" +
      "*Company profile · By our editors · Based on 30 staff surveys and a tour of the works*\n\n" +
      "Brindle Mills spins wool in the Borders.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("commitments that are pledges or targets, not values", () => {
  it("reads no set from full-sentence service pledges under a commitments heading", async () => {
    const body =
      "## Our delivery commitments\n\n1. We will answer every order query on the day it arrives.\n" +
      "2. We will refund a late delivery in full.\n3. You will always have one named contact.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads named commitments as the set", async () => {
    const body =
      "## Our commitments\n\n- **Pay on time**: every invoice within a fortnight.\n" +
      "- **Buy local**: flour from mills within fifty miles.\n";
    expect(await sets(body)).toEqual([{ names: ["Pay on time", "Buy local"], count: null }]);
  });

  it("reads no set from a list of targets under a heading dated 'for 2027'", async () => {
    const body =
      "## Our commitments for 2027\n\n- Plant 5,000 trees on our own land\n- Halve the waste from the bakery\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads the pillars of a strategy dated 'to 2030'", async () => {
    const m = await model(
      "## Our pillars to 2030\n\n- **Reach**: a branch in every town.\n- **Care**: a named adviser for everyone.\n",
    );
    expect(m.pillars?.values.map((v) => v.name)).toEqual(["Reach", "Care"]);
  });

  it("still reads values under a heading that names them, dated or not", async () => {
    const body =
      "## Our values to 2030\n\n- **Thrift**: we spend as if it were our own money.\n- **Candour**: we say what we see.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour"], count: null }]);
  });

  it("reads no set from a table of commitments and measures under 'by 2028'", async () => {
    const body =
      "## What we will achieve by 2028\n\n| Commitment | Measure |\n| --- | --- |\n" +
      "| Cleaner air | 30% fewer van miles |\n| Fair pay | The living wage for every role |\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("the components of a statement in general", () => {
  it("reads no pillars from a textbook's components of 'a vision statement'", async () => {
    const m = await model(
      "## Against the textbook\n\nThe standard model says a good vision statement should name four components: reach, ambition, horizon and audience.\n",
    );
    expect(m.pillars).toBeNull();
  });

  it("still reads the components of the company's own vision", async () => {
    const m = await model(
      "## Our vision\n\nOur vision has three components: reach, speed and care.\n",
    );
    expect(m.pillars?.values.map((v) => v.name)).toEqual(["reach", "speed", "care"]);
  });
});
