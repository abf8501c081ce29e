/**
 * A lead-in that names the values, then gives, uncounted, what the company keeps instead ("We
 * have no list of values. What we have is a handful of things people here say:"): the list after
 * its colon is the set, full-sentence items named by their head clauses.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a handful of things, after the values are named", () => {
  it("reads the sentences after “… a handful of things people here say:”", async () => {
    const body =
      "# About us\n\n**How we work**\n\nWe have never written a list of values. What we have is a handful of things people here say to each other:\n\n1. If a joint leaks, we fix it before lunch.\n2. Nobody works alone --- not on the roof, not anywhere.\n3. Quote the real price; it saves a call later.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["If a joint leaks", "Nobody works alone", "Quote the real price"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBeNull();
  });

  it("reads no set from “a few things to know” after the values", async () => {
    const body =
      "# Visiting\n\nOur values are on the wall by the door. A few things to know before you come:\n\n- Parking is at the back, behind the yard.\n- Dogs are welcome, on a lead.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a list the lead-in calls the values, under a heading that counts it", () => {
  it("reads '## Our four house rules' over 'Call them values if you like. Dad calls them the rules.'", async () => {
    const m = await model(
      "# About\n\n## Our four house rules\n\nCall them values if you like. Dad calls them the rules, and he's not wrong.\n\n- **Turn up when we say** – or text first.\n- **Price first** – before we start.\n- **Boots off** – or covers on.\n- **Own it** – we fix it free.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Turn up when we say", "Price first", "Boots off", "Own it"]],
    ]);
  });
});

describe("a few things the company says it lives by", () => {
  const list =
    "\n\n1. Makers come first, even when it costs us.\n2. Small teams own big problems.\n3. We write things down.\n";
  it("reads the list after “A few things we try to live by:”, with no values named before", async () => {
    const m = await model(
      `# Careers\n\nWe're about 210 people. A few things we try to live by:${list}`,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [null, ["Makers come first", "Small teams own big problems", "We write things down"]],
    ]);
  });

  it("reads none after a few things customers care about, or things we did", async () => {
    for (const lead of [
      "A few things our customers care about:",
      "A few things we tried last year:",
    ])
      expect(await sets(`# Careers\n\nWe're about 210 people. ${lead}${list}`)).toEqual([]);
  });
});

describe("a lead-in whose last sentence points back at the values its earlier one names", () => {
  it("reads the list after “… are the company's values. Staff wrote them in 2019:”", async () => {
    for (const last of [
      "Staff wrote them in 2019:",
      "Thorne says they were written by the staff council, not by her:",
    ]) {
      const body = `# Acme\n\n## What's on the wall\n\nAbove the kiln door, painted by hand, are the company's values. ${last}\n\n- We fire every tile as if it were going on our own roof.\n- Nobody walks past a problem.\n- We pay suppliers on time, every time.\n`;
      expect(await sets(body)).toEqual([
        [
          "We fire every tile as if it were going on our own roof",
          "Nobody walks past a problem",
          "We pay suppliers on time",
        ],
      ]);
    }
  });

  it("keeps the count its heading gives (“## There are four principles”)", async () => {
    const body =
      "# Acme\n\n## There are four principles, and people use them\n\nAcme calls them principles rather than values. They are:\n\n- **Ship to learn** — get it in front of a real customer early.\n- **Safety is the spec** — no trade-offs.\n- **Say the hard thing** — kindly, and soon.\n- **Leave it tidier** — every bay, every shift.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });

  it("reads no set after “the mission, vision and values do not change. For 2025 they are:”", async () => {
    const body =
      "# Acme\n\n## Objectives for 2025\n\nThe board sets objectives each year. These change annually; the mission, vision and values do not. For 2025 they are:\n\n1. Zero lost-time injuries across all depots.\n2. Twenty electric tractor units in service by December.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set when the last sentence points at something else (“Here is how to find it:”)", async () => {
    const body =
      "# Acme\n\n## Visiting\n\nOur values are painted by the kiln door. Here is how to find the kiln room:\n\n- Go through the yard gate.\n- Turn left at the clay store.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("“These principles …” opening the section's lead-in, right above the list", () => {
  it("points at the list below: full-sentence items named by their head clauses", async () => {
    const body =
      "# Quillmoss handbook\n\n## How we behave\n\nThese principles are not aspirations. They describe how the people who do well here already work.\n\n- We write things down, because nobody remembers a meeting.\n- Default to public channels, because private messages hide knowledge.\n- Ship small, then ship again tomorrow.\n";
    expect(await sets(body)).toEqual([
      ["We write things down", "Default to public channels", "Ship small"],
    ]);
  });

  it("reads no set when the paragraph is not the section's first (“these” points back)", async () => {
    const body =
      "# Quillmoss handbook\n\n## How we behave\n\nWe care about candour, craft and care.\n\nThese values are not aspirations. Here is how to book leave.\n\n- Ask your lead a week ahead.\n- Put it in the calendar.\n";
    expect(await sets(body)).toEqual([["candour", "craft", "care"]]);
  });
});

describe("a sub-heading naming the values, a lead-in that names them, then the named paragraphs", () => {
  it("reads the bold-named paragraphs after “The trustees reaffirmed our values …”", async () => {
    const body =
      "# Trustees' report\n\n## Strategic report\n\n### Our mission\n\nOur mission is to end the need for food banks.\n\n### Our values\n\nThe trustees reaffirmed our values when adopting the strategy. They are part of every induction.\n\n**Dignity.** Everyone is a guest, not a case.\n\n**Welcome.** A hot drink comes before the form.\n\n**Honesty.** We tell the truth about what we see.\n\n### Working with others\n\nWe work with councils.\n";
    expect(await sets(body)).toEqual([["Dignity", "Welcome", "Honesty"]]);
  });
});
