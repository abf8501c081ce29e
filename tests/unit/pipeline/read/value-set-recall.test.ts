/**
 * Value lists in prose shapes the reader must know: verbs, counted leads, lone lines, a list after
 * an open dash, numbered bold sentences, bold-lead paragraphs decorated with an emoji, commitments
 * that are named values rather than pledges or targets, and the components of the company's own
 * statement.
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("value lists in prose", () => {
  it("reads a set named with a qualifier before its colon ('values of its own:')", async () => {
    const body =
      "## About us\n\nAcme sells timber. It keeps four values of its own: thrift, candour, patience and craft.\n";
    expect(await sets(body)).toEqual([
      { names: ["thrift", "candour", "patience", "craft"], count: 4 },
    ]);
  });

  it("reads 'X values a, b and c' with the company as subject", async () => {
    const body =
      "## The airline\n\nSkerry Air says it values calm, candour and clean cabins. Its fleet is small.\n";
    expect(await sets(body)).toEqual([{ names: ["calm", "candour", "clean cabins"], count: null }]);
  });

  it("reads 'Acme values a, b and c' with the company's name as subject", async () => {
    const body = "## The firm\n\nAcme values calm, candour and clean desks.\n";
    expect(await sets(body)).toEqual([{ names: ["calm", "candour", "clean desks"], count: null }]);
  });

  it("does not read another name before 'values' as the verb", async () => {
    const body = "## Rivals\n\nBrindle values calm, candour and clean desks.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("does not read 'core values matter …' as the verb", async () => {
    const body = "## Notes\n\nCore values matter more than logos, slogans and fonts.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads 'There are four: a, b, c and d' after a sentence that names the values", async () => {
    const body =
      "## Culture\n\nThe bakery keeps its values few. There are four: warmth, thrift, patience and flour.\n";
    expect(await sets(body)).toEqual([
      { names: ["warmth", "thrift", "patience", "flour"], count: 4 },
    ]);
  });

  it("reads a counted lead ('Two things: …') in a values section", async () => {
    const body =
      "## What we stand for\n\nTwo things: care for the river we fish, and honest weights at the counter.\n";
    expect(await sets(body)).toEqual([
      { names: ["care for the river we fish", "honest weights at the counter"], count: 2 },
    ]);
  });

  it("ends a list at a dash that opens an aside", async () => {
    const body =
      "## Volunteering\n\nWe value punctuality, warmth and humour — and we ask volunteers to stay a year.\n";
    expect(await sets(body)).toEqual([{ names: ["punctuality", "warmth", "humour"], count: null }]);
  });

  it("reads a lone line of noun phrases under a values heading", async () => {
    const body =
      "## Our values\n\nQuiet rooms, honest bills and breakfasts that are worth getting up for.\n\n## Rooms\n\nTen rooms.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Quiet rooms", "honest bills", "breakfasts that are worth getting up for"],
        count: null,
      },
    ]);
  });

  it("does not read a lone sentence with a verb under a values heading as names", async () => {
    const body =
      "## Our values\n\nWe hire locally, pay fairly and publish our accounts every spring.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads “Integrity, Service, Stewardship and Respect guide everything …” in a values section", async () => {
    const m = await model(
      "## Core Values\n\nIntegrity, Service, Stewardship and Respect guide everything the city does.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Integrity", "Service", "Stewardship", "Respect"],
    ]);
  });
});

describe("values said as what the company is", () => {
  it("reads 'We are a, b and c.' under a values heading", async () => {
    const body = "## Our values\n\nWe're patient, frank and quietly ambitious.\n";
    expect(await sets(body)).toEqual([
      { names: ["patient", "frank", "quietly ambitious"], count: null },
    ]);
  });

  it("leaves a 'we are' sentence of long parts, or one outside a values section, alone", async () => {
    const long =
      "## Our values\n\nWe are a small team in a large building, a shop that opens late and a family firm.\n";
    expect(await sets(long)).toEqual([]);
    expect(await sets("## About us\n\nWe are open, fair and ambitious.\n")).toEqual([]);
  });
});

describe("value tables", () => {
  it("reads a table that a sentence announces as the values, whatever its header", async () => {
    const body =
      "## Working here\n\nWe hire for three values:\n\n| Name | In practice |\n| --- | --- |\n| Thrift | We reuse crates |\n| Candour | We say what we see |\n| Warmth | We learn names |\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Warmth"], count: 3 }]);
  });

  it("does not take a table for the set a paragraph only counts, with no colon leading into it", async () => {
    // A chair's letter counting the pillars, then the year's figures: the table is no set.
    const body =
      "## From the chair\n\nThis spring the board agreed four strategic pillars that will shape the next decade.\n\n| Measure | 2024 | 2025 |\n| --- | --- | --- |\n| Passengers | 1.2m | 1.4m |\n| Punctuality | 88% | 91% |\n| Staff | 410 | 432 |\n";
    const read = await model(body);
    expect(read.pillars).toBeNull();
    expect(read.valueSets).toEqual([]);
  });
});

describe("numbered bold value sentences", () => {
  it("names each by its bold sentence without the number, with the count of “There are five”", async () => {
    const m = await model(
      "## What I learned\n\nThey took their values seriously. There are three, painted on the wall:\n\n" +
        "**1. Safety is the first knot.** Nothing else matters.\n\n**2. Nobody is too slow.** Beginners set the pace.\n\n" +
        "**3. Weather wins.** We stay ashore when in doubt.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Safety is the first knot", "Nobody is too slow", "Weather wins"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });

  it("keeps a longer numbered bold lead in the run: “**2. Fast, but never at the cost of safety.**”", async () => {
    const m = await model(
      "## Our three principles\n\n" +
        "**1. Safety is the first knot.** Nothing else matters.\n\n**2. Fast, but never at the cost of safety.** We sail on time.\n\n" +
        "**3. Weather wins.** We stay ashore when in doubt.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Safety is the first knot", "Fast, but never at the cost of safety", "Weather wins"],
    ]);
  });
});

describe("a list after an open dash", () => {
  it("reads long items after “three principles — …” to the sentence end, with the count", async () => {
    const m = await model(
      "# About\n\nWe work to three principles — small teams, fixed prices, and software we would use ourselves.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["small teams", "fixed prices", "software we would use ourselves"]],
    ]);
  });
});

describe("a lower-case line of names under a values label", () => {
  it("reads “Curiosity, fairness, patience and craft.” as the set", async () => {
    const m = await model("# Press\n\nVALUES\n\nCuriosity, fairness, patience and craft.\n");
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Curiosity", "fairness", "patience", "craft"],
    ]);
  });

  it("does not read a line of clauses (“We hire locally, pay fairly and train everyone.”)", async () => {
    const m = await model("# Press\n\nVALUES\n\nWe hire locally, pay fairly and train everyone.\n");
    expect(m.valueSets).toEqual([]);
  });
});

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

  it("reads no set from targets under '2.7 Our 2030 commitments' (the year before the noun)", async () => {
    const body =
      "## 2.7 Our 2030 commitments\n\nMembers voted for three commitments to reach by 2030:\n\n1. Net zero emissions from our own shops.\n2. Every shop runs a free walk a month.\n3. 25,000 young people reached a year.\n";
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

describe("promises on a page with no values of its own", () => {
  it("reads bold-only items under “Our promise” as the set", async () => {
    const body =
      "## Our promise\n\n- **Wool from our own flock**\n- **No dyes, ever**\n" +
      "- **Nothing thrown away** – offcuts go to the school's art room\n";
    expect(await sets(body)).toEqual([
      { names: ["Wool from our own flock", "No dyes, ever", "Nothing thrown away"], count: null },
    ]);
  });

  it("reads them under a handbook's numbered heading that counts them (“## 3.1 Our 4 Promises”)", async () => {
    const body =
      "## 3.1 Our 4 Promises\n\nEvery driver learns them on the first run.\n\n1. **We never leave a card.** Parcels go to a person.\n" +
      "2. **We carry every parcel to the door, whatever floor it is.** Even up the stairs.\n3. **We ring ahead.** Nobody waits in all day.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["We never leave a card", "We carry every parcel to the door", "We ring ahead"],
        count: 4,
      },
    ]);
  });

  it("reads no set from full-sentence pledges under “Our promises to you”", async () => {
    const body =
      "## Our promises to you\n\n- We will reply to every email within a day.\n" +
      "- We will refund any jumper that shrinks.\n- You can always call the mill.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no second set from a promise list beside the values", async () => {
    const body =
      "## Our values\n\n- **Thrift**: we waste no wool.\n- **Care**: we mend what we sell.\n\n" +
      "## Our promise to customers\n\n- **Free repairs**\n- **Replies within a day**\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Care"], count: null }]);
  });

  it("reads 'Name – text' paragraphs under “What you can expect from us” as the set", async () => {
    const body =
      "## What you can expect from us\n\nHonesty – We'll tell you what you need and what can wait.\n\nGentleness – Nervous patients are our speciality.\n\nPrevention first – We'd rather see you for a hygiene visit than a root canal.\n\n## Our treatments\n\n- Check-ups\n- Fillings\n";
    expect(await sets(body)).toEqual([
      { names: ["Honesty", "Gentleness", "Prevention first"], count: null },
    ]);
  });

  it("reads no set from 'What to expect' at a first visit", async () => {
    const body =
      "## What to expect at your first visit\n\nParking – Use the car park behind the surgery.\n\nForms – Fill them in online first.\n\nTime – Allow an hour.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set from a one-sentence promise", async () => {
    const body =
      "## Our promise\n\nIf a jumper of ours wears through within five years, we will mend it free.\n";
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

describe("values told by what the company stands for", () => {
  it("reads 'Acme stands for a, b and c' with the count a later sentence gives back", async () => {
    const body =
      "## What we believe\n\nAcme stands for mending before buying, tools for every street, and honesty at the counter. Those three ideas are printed on our receipts.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["mending before buying", "tools for every street", "honesty at the counter"],
        count: 3,
      },
    ]);
  });

  it("reads 'We stand for a, b and c' in the company's voice", async () => {
    const body = "## About\n\nWe stand for patience, thrift and kindness to strangers.\n";
    expect(await sets(body)).toEqual([
      { names: ["patience", "thrift", "kindness to strangers"], count: null },
    ]);
  });

  it("reads no set from what a name's letters stand for", async () => {
    const body =
      "## About\n\nACME stands for Allied Carpenters, Masons and Engravers. We stand for what we said at the start.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a count the next sentence gives the list by pointing back (“describes them as four …”)", () => {
  it("counts the list", async () => {
    const body =
      '## Values\n\nAcme lists its values as **Thrift, Warmth, Patience and Craft**. The mill describes them as "four things a good blanket and a good employer share".\n';
    expect(await sets(body)).toEqual([
      { names: ["Thrift", "Warmth", "Patience", "Craft"], count: 4 },
    ]);
  });

  it("does not count what the next sentence says of something else", async () => {
    const body =
      "## Values\n\nAcme lists its values as **Thrift, Warmth, Patience and Craft**. Its founders describe the mill as four rooms and a water wheel.\n";
    expect(await sets(body)).toEqual([
      { names: ["Thrift", "Warmth", "Patience", "Craft"], count: null },
    ]);
  });
});

describe("a counted list set off by commas or brackets after its set word", () => {
  it("reads “Acme's four values, Thrift, Candour, Craft and Care, are not changing”", async () => {
    const body =
      "# Acme changes its mission\n\nAcme has a new mission. Acme's four values, Thrift, Candour, Craft and Care, are not changing, the company said.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Craft", "Care"], count: 4 }]);
  });

  it("reads “The three values (thrift, candour and care) stay as they are”", async () => {
    const body =
      "# Acme changes its mission\n\nAcme has a new mission. The three values (thrift, candour and care) stay as they are.\n";
    expect(await sets(body)).toEqual([{ names: ["thrift", "candour", "care"], count: 3 }]);
  });

  it("reads no set when the commas hold other than the count: “its three values, set in 2019, and its logo”", async () => {
    const body =
      "# Acme\n\nAcme kept its three values, set in 2019, and its logo, drawn in 1990, for the rebrand.\n";
    expect(await sets(body)).toEqual([]);
  });
});
