/**
 * A list of bold-named items under a heading on how the company works ("How we work together",
 * "What guides us") names its ways of working, as the same items in paragraphs do — but not a
 * list of unnamed sentences or numbered steps there.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a bold-named list under a ways-of-working heading", () => {
  it("under “How we work together” is the set", async () => {
    const body =
      "## How we work together\n\n1. **Fix it properly** – a chair should outlive its owner.\n2. **Ask the customer** – not the catalogue.\n3. **Speak up** – politely, and soon.\n";
    expect(await sets(body)).toEqual([["Fix it properly", "Ask the customer", "Speak up"]]);
  });

  it("under “What guides us” is the set", async () => {
    const body =
      "## What guides us\n\n- **Stewardship** – the land is borrowed.\n- **Thrift** – we waste no water.\n- **Candour** – we publish the failures too.\n";
    expect(await sets(body)).toEqual([["Stewardship", "Thrift", "Candour"]]);
  });

  it("under “How we work” is the set when its named items are longer rules, each described", async () => {
    const body =
      "## How we work\n\n1. **Start with whoever uses it** – we watch before we draw.\n2. **Cheaper, longer-lasting parts** – nothing that needs replacing yearly.\n3. **Deadlines are promises** – we say early what slips.\n";
    expect(await sets(body)).toEqual([
      ["Start with whoever uses it", "Cheaper, longer-lasting parts", "Deadlines are promises"],
    ]);
  });

  it("is no set when a long named item has no description, or names run to sentences", async () => {
    const body =
      "## How we work\n\n1. **Start with whoever uses it** – we watch before we draw.\n2. **Cheaper, longer-lasting parts**\n3. **Deadlines are promises** – we say early what slips.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("is no set when the numbered names are bare verbs: a process's steps", async () => {
    const body =
      "## How we work\n\n1. **Meet** — an hour on site to see the job.\n2. **Draw** — plans you can change before we start.\n3. **Fit** — two days, most kitchens.\n4. **Check in** — a visit after a month.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("is no set when the items are plain sentences", async () => {
    const body =
      "## How we work\n\n- We visit the site first.\n- We send a fixed quote.\n- We build in ten weeks.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a heading on what members expect of each other", () => {
  it("“What we expect of each other” over a counted lead-in and bold-led sentences is the set", async () => {
    const m = await model(
      "## What we expect of each other\n\nThe choir's code fits on a postcard. It comes down to three things:\n\n" +
        "- **Be on time.** The warm-up starts at seven, not ten past.\n" +
        "- **Learn your part.** Rehearsal is for singing together, not for reading.\n" +
        "- **Listen more than you sing.** Nobody is louder than the choir.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Be on time", "Learn your part", "Listen more than you sing"],
    ]);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([3]);
  });

  it("“What to expect” (a visitor's practical notes) is no set", async () => {
    const body =
      "## What to expect\n\nYour first rehearsal, in three things:\n\n" +
      "- **Arrive early.** The hall opens at half six.\n- **Bring water.** It gets warm.\n- **Sit with your section.** Ask at the door.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a lead-in whose colon ends a quotation", () => {
  it("introduces the list after it", async () => {
    const body =
      '## At heart\n\nThe handbook introduces the values with the words "Above all, we are:"\n\n- **Patient** – we wait for the tide.\n- **Careful** – we check every knot.\n- **Cheerful** – whatever the weather.\n';
    expect(await sets(body)).toEqual([["Patient", "Careful", "Cheerful"]]);
  });
});

describe("a count given among the statements", () => {
  it("“sets out a mission, a vision and three values” counts the one set of values", async () => {
    const m = await model(
      "Rowan Boats says little, but its handbook sets out a mission, a vision and three values.\n\n## Our values\n\n- **Patient** – we wait for the tide.\n- **Careful** – we check every knot.\n- **Cheerful** – whatever the weather.\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([3]);
  });
});

describe("the page's last line in italics, set apart by marks", () => {
  it("is furniture, not a second set", async () => {
    const body =
      "## What we believe in\n\n- **Slow work.** We take our time.\n- **Local wool.** From farms we know.\n\n*Visit the mill · Trade orders · Knitting classes*\n";
    expect(await sets(body)).toEqual([["Slow work", "Local wool"]]);
  });
});

describe("values the page calls pillars", () => {
  it("are a set of values, not the vision's pillars", async () => {
    const m = await model(
      "## Our vision\n\nBy 2031, every pupil in Hexby will swim.\n\n## Our learning pillars\n\nOur school values are known to pupils as our learning pillars. They hang in every classroom.\n\n- **Curiosity** – we ask why.\n- **Grit** – we keep going.\n- **Warmth** – we look after each other.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Curiosity", "Grit", "Warmth"],
    ]);
    expect(m.pillars).toBeNull();
  });
});

describe("a company's house rules", () => {
  it("reads emoji-led bold rules under “Our house rules”, counted by “There are five, and …”", async () => {
    const body =
      "## Our house rules 🏠\n\nThey hang over every till. There are five, and we hire by them.\n\n- 🍞 **Bake it like it is for your own table** — or bin it.\n- 🧂 **Taste it twice** — at the bench and at the counter.\n- ⏰ **Nobody waits for change** — the float is counted by seven.\n- 🤝 **The porter is a baker too** — everyone eats the same lunch.\n- 🗣️ **Say it** — in any language.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [
        [
          "Bake it like it is for your own table",
          "Taste it twice",
          "Nobody waits for change",
          "The porter is a baker too",
          "Say it",
        ],
        5,
      ],
    ]);
  });

  it("reads short bold rules under “Our golden rules” with no count", async () => {
    const body =
      "## Our golden rules\n\n- 🔥 **Hot food hot** — never lukewarm.\n- 🧽 **Clean as you go** — every station.\n- 🗣️ **Speak up** — say it early.\n";
    expect(await sets(body)).toEqual([["Hot food hot", "Clean as you go", "Speak up"]]);
  });
});

describe("a table of things under a ways-of-working heading", () => {
  it("reads no set from a table headed “Tool” (the rows are tools, not ways)", async () => {
    const body =
      "## How we work day to day\n\n**Where things live.**\n\n| Tool | What we use it for |\n| --- | --- |\n| Teams | Chat and calls. |\n| Jira | Engineering work. |\n| Confluence | Handbook and runbooks. |\n| Workday | Leave and reviews. |\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads the set from a table headed “Habit”", async () => {
    const body =
      "## How we work day to day\n\n| Habit | What it means |\n| --- | --- |\n| Ship small | Nothing waits for a big release. |\n| Ask early | Questions are cheaper than rework. |\n| Own it | The team that builds it runs it. |\n";
    expect(await sets(body)).toEqual([["Ship small", "Ask early", "Own it"]]);
  });
});

describe("“Name — description” bullets under “## What guides us”", () => {
  it("are the set: each name set apart by its dash", async () => {
    const body =
      "# Brambleholt\n\n## What guides us\n\n- Sanctuary first — the animals come before visitor numbers.\n- Kindness — to animals, volunteers and farmers.\n- Honesty — we say where the money goes.\n\n## Meet the residents\n\nMabel the pig.\n";
    expect(await sets(body)).toEqual([["Sanctuary first", "Kindness", "Honesty"]]);
  });
});

describe("a ways-of-working list after the page's named principles", () => {
  it("is the page's practicalities, no second set", async () => {
    const body =
      "## Our operating principles\n\n### 1. Clinics before code\n\nWe visit first.\n\n### 2. Write it down\n\nDocs over calls.\n\n### 3. Own the outcome\n\nFinish it.\n\n## How we work day to day\n\n- **Async first.** Most of us are remote.\n- **Core hours.** We overlap 11:00–15:00.\n- **Time off.** Take it.\n";
    expect(await sets(body)).toEqual([["Clinics before code", "Write it down", "Own the outcome"]]);
  });
  it("is still the set on a page that names none", async () => {
    const body =
      "## How we work\n\n- **Async first.** Most of us are remote.\n- **Write it down.** Docs over calls.\n- **Own the outcome.** Finish it.\n";
    expect(await sets(body)).toEqual([["Async first", "Write it down", "Own the outcome"]]);
  });
});
