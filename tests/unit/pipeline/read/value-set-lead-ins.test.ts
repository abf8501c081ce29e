/** Value sets led in by what the company holds to without the word "values". */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("counted lead-ins by what matters to the company", () => {
  it("reads '**Name.**' paragraphs after 'What matters to us comes down to three things:'", async () => {
    const body =
      "# Acme Joinery\n\n## What matters to us\n\nWhat matters to us comes down to three things:\n\n**Thrift.** We waste no timber and reuse every offcut.\n\n**Warmth.** Customers get a cup of tea and a straight answer.\n\n**Care.** Every joint is checked twice.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Warmth", "Care"], count: 3 }]);
  });

  it("reads a semicolon list after 'three things we won't compromise on:'", async () => {
    const body =
      "# Acme Yard\n\n## Our standards\n\nThe yard has agreed three things we won't compromise on: honest prices; fair hours; and a safe yard. These apply on every site.\n";
    expect(await sets(body)).toEqual([
      { names: ["honest prices", "fair hours", "a safe yard"], count: 3 },
    ]);
  });

  // Other ways of saying it: what the company won't budge on, what it holds itself to.
  it.each([
    "There are three things we won't budge on: honest prices, fair hours, and a safe yard.",
    "We have three things we hold ourselves to: honest prices, fair hours, and a safe yard.",
  ])("reads the list after “%s”", async (sentence) => {
    const body = `# Acme Yard\n\n## Our story\n\nWe opened in 1998. ${sentence} Everyone here is paid the real Living Wage.\n`;
    expect(await sets(body)).toEqual([
      { names: ["honest prices", "fair hours", "a safe yard"], count: 3 },
    ]);
  });
});

describe("values named, then counted by another noun before the colon", () => {
  it("reads numbered full sentences after 'Our values … They are four habits …:' by their head clauses", async () => {
    const body =
      "# Acme Ferries\n\n## How we sail\n\nOur values are not framed in the wheelhouse. They are four habits, and every deckhand learns them in the first week:\n\n1. Passengers come before timetables. A late boat beats a rough crossing.\n2. Logs are kept by hand. Every crossing is written up before the crew goes home.\n3. Nobody moors alone. A second person checks every line.\n4. Mondays are for maintenance. No charters sail before noon.\n\n## Fares\n\n- Adult return £14\n- Child return £7\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Passengers come before timetables",
          "Logs are kept by hand",
          "Nobody moors alone",
          "Mondays are for maintenance",
        ],
        count: 4,
      },
    ]);
  });
});

describe("what the company holds itself to", () => {
  it("reads the names after 'we hold ourselves to' up to the colon", async () => {
    const body =
      "# Acme Allotments\n\n## How we garden together\n\nThere is no rulebook. Each spring we remind ourselves that we hold ourselves to patience, sharing and tidiness: patience with seedlings, sharing of tools, and tidiness at the gate.\n";
    expect(await sets(body)).toEqual([{ names: ["patience", "sharing", "tidiness"], count: null }]);
  });

  it("reads no set from a single standard held to", async () => {
    const body =
      "# Acme Allotments\n\n## Standards\n\nWe hold ourselves to the council's rules on bonfires.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a bare count after the set is named", () => {
  it("takes 'We keep all five:' as the count of the principles the paragraph names", async () => {
    const body =
      "# Acme Credit Union\n\n## The credit union principles\n\nLike every credit union, we signed up to the principles of the national association. We keep all five:\n\n1. Open membership\n2. One member, one vote\n3. Fair interest\n4. Saving before lending\n5. Care for the town\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Open membership",
          "One member, one vote",
          "Fair interest",
          "Saving before lending",
          "Care for the town",
        ],
        count: 5,
      },
    ]);
  });

  it("takes “We call our values the Six Loaves.” as the count of the bold-led list after it", async () => {
    const body =
      "## 1.3 The Six Loaves\n\nWe call our values the Six Loaves. Every partner learns them in week one.\n\n1. **Bake it by hand.** People shape.\n2. **Early is on time.** The first tray is out by 6.30.\n3. **Know the regulars.** Names and orders.\n";
    expect(await sets(body)).toEqual([
      { names: ["Bake it by hand", "Early is on time", "Know the regulars"], count: 6 },
    ]);
  });

  it("takes “So we cut to three:” as the count of the values the paragraph names", async () => {
    const body =
      "# Thread\n\n**7/** Values got the same treatment. We had five. Nobody could name them. So we cut to three:\n\n1. **Show the numbers**: to customers and investors.\n2. **Shops first**: shopkeepers win.\n3. **Boring is a feature**: dull and reliable first.\n";
    expect(await sets(body)).toEqual([
      { names: ["Show the numbers", "Shops first", "Boring is a feature"], count: 3 },
    ]);
  });

  it("takes “The four that survived:” as the count of the values the paragraph names", async () => {
    const body =
      "# Post\n\nNine values is a poster, not a culture.\n\nBut the values had to earn their place. The four that survived:\n\n🔹 Own the outcome — follow it into production\n🔹 Write it down — decisions and reasons\n🔹 Leave it better — every codebase you touch\n🔹 Say the hard thing kindly — especially upwards\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Own the outcome", "Write it down", "Leave it better", "Say the hard thing kindly"],
        count: 4,
      },
    ]);
  });
});

describe("a code as the set", () => {
  it("reads 'Name: …' paragraphs after a lead-in ending 'Our code:'", async () => {
    const body =
      "# Acme Robots\n\n## Our code\n\nEvery team signs up to the same short code. Our code:\n\nShip small: nothing waits for a big release.\n\nAsk early: questions are cheaper than rework.\n\nOwn the outcome: the team that builds it runs it.\n";
    expect(await sets(body)).toEqual([
      { names: ["Ship small", "Ask early", "Own the outcome"], count: null },
    ]);
  });
});

describe("bold names in a flowing sentence", () => {
  it("reads the bold phrases after 'cares about' as the set", async () => {
    const body =
      "# Acme Haulage review\n\n## Culture\n\nThe handbook has one paragraph saying the firm cares about **candour**, **thrift** and **care for the customer**, and that those three things come before price.\n";
    expect(await sets(body)).toEqual([
      { names: ["candour", "thrift", "care for the customer"], count: 3 },
    ]);
  });
});

describe("bold names listed in a sentence under a values heading", () => {
  it("reads the bold words the sentence lists, whatever verb leads to them", async () => {
    const body =
      "# Acme Ferries\n\n## Our values\n\nOn deck or in the ticket office, we want every crew member to be **calm**, **punctual**, **kind** and **frank**.\n";
    expect(await sets(body)).toEqual([
      { names: ["calm", "punctual", "kind", "frank"], count: null },
    ]);
  });

  it("leaves the same sentence under a heading that names no values", async () => {
    const body =
      "# Acme Ferries\n\n## Life on board\n\nOn deck or in the ticket office, we want every crew member to be **calm**, **punctual**, **kind** and **frank**.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("leaves bold words that the sentence does not list together", async () => {
    const body =
      "# Acme Ferries\n\n## Our values\n\nWe are **proud** of our crews, **open** on Sundays and **closed** in January.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("bold names one to a sentence after a counted set", () => {
  it("reads the bold word of each sentence after 'Two values shape our work.' as the set", async () => {
    const body =
      "# Acme Press\n\n## How we work\n\nTwo values shape our work. We look for **patience** in every proofreader, since errors hide. We also prize **thrift**, and reuse every offcut of paper.\n";
    expect(await sets(body)).toEqual([{ names: ["patience", "thrift"], count: 2 }]);
  });

  it("reads none when the bold words are fewer than the count", async () => {
    const body =
      "# Acme Press\n\n## How we work\n\nThree values shape our work. We look for **patience** in every proofreader. We also prize **thrift** above all.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads none when two bold words share a sentence with other words between", async () => {
    const body =
      "# Acme Press\n\n## How we work\n\nTwo values shape our work. Read the **style guide** before you open the **proofs** for a new book.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a set given in two parts", () => {
  it("joins 'The first two …: a and b.' and 'The other two …: c and d.' into the counted set", async () => {
    const body =
      "# Acme Trust\n\n## Our values\n\nOur work rests on four values, in two parts.\n\nThe first two are about the work: care for the river, and patience with the data.\n\nThe other two are about people: openness with members, and a welcome for volunteers.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "care for the river",
          "patience with the data",
          "openness with members",
          "a welcome for volunteers",
        ],
        count: 4,
      },
    ]);
  });
});

describe("the company's behaviours, under a heading that names them", () => {
  it("reads bold 'We …' sentences as the set, counted by a bare “There are four.”", async () => {
    const body =
      "# About Acme\n\n## Our behaviours\n\nLast spring the bakers rewrote the old values as behaviours. There are four.\n\n**We answer every letter.** No form replies.\n\n**We mend before we replace, whatever the catalogue says.** An engineer comes first.\n\n**We finish what we start.** No half-built shelves.\n\n**We say when we are tired.** Nobody works a double shift.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "We answer every letter",
          "We mend before we replace, whatever the catalogue says",
          "We finish what we start",
          "We say when we are tired",
        ],
        count: 4,
      },
    ]);
  });

  it("reads a table of behaviours, counted by “three behaviours” in the lead-in", async () => {
    const body =
      "# About Acme\n\n## Our behaviours\n\nThe crew chose three behaviours at the spring meeting.\n\n| Behaviour | In practice |\n| --- | --- |\n| Look twice | Check every knot. |\n| Tidy as you go | No rope on the deck. |\n| Ask early | Nobody guesses. |\n";
    expect(await sets(body)).toEqual([
      { names: ["Look twice", "Tidy as you go", "Ask early"], count: 3 },
    ]);
  });

  it("leaves the behaviours managers are rated on alone", async () => {
    const body =
      "# About Acme\n\n## Manager behaviours\n\nEach manager is rated on three behaviours.\n\n| Behaviour | Evidence |\n| --- | --- |\n| Holds weekly one-to-ones | Diary |\n| Shares the budget | Minutes |\n| Answers complaints within ten days | Log |\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a sentence giving the set its name right above the list", () => {
  it("leads in to the bold-named list under a numbered sub-heading", async () => {
    const body =
      "# Manual\n\n## Section 1: The Way\n\n### 1.4 The Four Loaves\n\nOur values are known across the network as the Four Loaves. They are printed on every badge.\n\n- **Fresh** – bread baked daily.\n- **Fast** – five minutes to the counter.\n- **Friendly** – a greeting for everyone.\n- **Fair** – honest prices.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([["Fresh", "Fast", "Friendly", "Fair"]]);
  });

  // "Our values are written as N promises": the values are the list, counted by its own noun.
  const pledges = (lead: string) =>
    `# Tillerby Launderette Handbook\n\n## 2.1 Our 4 Pledges\n\n${lead} Every new hire signs them on day one.\n\n` +
    "1. **We fold while you wait.** No bag leaves crumpled.\n2. **We never shrink a jumper.** Wool goes on cold, always.\n3. **We name the real price.** No extras at the till.\n\n## Opening hours\n\nSeven till nine, every day.\n";

  it("leads in to the list after 'Our values are written as four pledges', with its count", async () => {
    expect(
      await sets(
        pledges("Our values are written as four pledges, because a pledge is easy to check."),
      ),
    ).toEqual([
      {
        names: ["We fold while you wait", "We never shrink a jumper", "We name the real price"],
        count: 4,
      },
    ]);
  });

  it("reads 'are expressed as' the same way", async () => {
    expect(await sets(pledges("Our core values are expressed as four short pledges."))).toEqual([
      {
        names: ["We fold while you wait", "We never shrink a jumper", "We name the real price"],
        count: 4,
      },
    ]);
  });

  it("reads no set when the sentence only says where the values are written", async () => {
    expect(await sets(pledges("Our values are written on the wall by the dryers."))).toEqual([]);
  });
});

describe("a set announced ahead in the singular: 'each principle below'", () => {
  it("reads numbered bold principles with sub-lists, counted in the paragraph before", async () => {
    const body =
      "This page of the Acme Bakeries handbook covers behaviour. Every shop works to the same three principles, from Bath to Bude.\n\nEach principle below comes with examples. \"Do\" shows what we want; \"Don't\" shows what undoes it.\n\n1. **Bake it fresh** – Nothing sits overnight.\n   - Do: baking in small batches.\n   - Don't: reheating yesterday's loaves.\n\n2. **Greet everyone** – A hello before a sale.\n   - Do: looking up from the till.\n   - Don't: serving in silence.\n\n3. **Waste nothing** – Leftovers go to the food bank.\n   - Do: logging what is left.\n   - Don't: binning bread.\n";
    expect(await sets(body)).toEqual([
      { names: ["Bake it fresh", "Greet everyone", "Waste nothing"], count: 3 },
    ]);
  });

  it("leaves the count unset when no sentence before counts the set", async () => {
    const body =
      "This page of the Acme Bakeries handbook covers behaviour.\n\nEach value below comes with an example.\n\n- **Thrift** – Nothing wasted.\n- **Warmth** – A hello before a sale.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Warmth"], count: null }]);
  });
});

describe("a source listing the set a sentence before counted", () => {
  it("reads 'Its brochure lists four: …' after 'Acme says it has five values', counted five", async () => {
    const body =
      "# Acme Mutual's values\n\nAcme Mutual says it has five values. Its brochure lists four: Thrift, Candour, Care and Patience. Nobody could tell me the fifth.\n";
    expect(await sets(body)).toEqual([
      { names: ["Thrift", "Candour", "Care", "Patience"], count: 5 },
    ]);
    expect(diagnostics(await model(body), "count-mismatch")).toHaveLength(1);
  });

  it("reads 'The poster names three: …' after the values are named without a count", async () => {
    const body =
      "# Acme Mutual's values\n\nAcme Mutual is proud of its values. The poster in reception names three: Thrift, Candour and Care.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Care"], count: 3 }]);
  });

  it("reads no set from a source listing figures with no set named before", async () => {
    const body =
      "# Acme Mutual\n\nAcme Mutual had a good year. Its report lists three: branches, members and loans.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a speaker naming the list below as the values", () => {
  it("reads the rules after “‘They're our values, really,’ he says.”, counted by the heading", async () => {
    const body =
      '### The three workshop rules\n\nJonah talks through the rules on the workshop door. "They\'re our values, really," he says. "We just didn\'t want to call them that."\n\n' +
      "1. **Measure twice.** Quotes too.\n2. **No veneer lies.** Solid oak is solid oak.\n3. **Leave the bench clean.** For the next person.\n";
    expect(await sets(body)).toEqual([
      { names: ["Measure twice", "No veneer lies", "Leave the bench clean"], count: 3 },
    ]);
  });
});

describe("another kind of list named right before the colon", () => {
  it("reads no values from “Alongside the pillars sit the financial targets: …”", async () => {
    const body =
      "## The plan\n\nThe vision rests on three pillars: care, reach and trust.\n\nAlongside the pillars sit the financial targets: 430 practices by FY28, an EBITDA margin of 19%, and net debt below 2x EBITDA.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a counted list the next sentence calls the values", () => {
  it("reads “three things decide it: a, b, and c. Call them our values if you like;”", async () => {
    const m = await model(
      "# Our story\n\nWhen we have to make a hard call, three things decide it: flavour before speed, the farmer's price before our margin, and the neighbourhood before the next new shop. Call them our values if you like; in the bakehouse we just call them the three things.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [
        3,
        [
          "flavour before speed",
          "the farmer's price before our margin",
          "the neighbourhood before the next new shop",
        ],
      ],
    ]);
  });
});

describe("a table the sentence before calls the values", () => {
  it("reads “… runs on four trail rules … They are the closest thing it has to company values.” over the table, with its count", async () => {
    const m = await model(
      "# Story\n\n## The trail rules\n\nThe company runs on four trail rules, chalked on a board in every shop. They are the closest thing Acme has to company values.\n\n| Trail rule | What it means |\n| --- | --- |\n| Leave no trace | We take back old kit. |\n| Fix before you replace | Free repairs. |\n| Carry your share | Nobody leaves a mate. |\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Leave no trace", "Fix before you replace", "Carry your share"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("the things the company hires on", () => {
  it("reads “We hire on three things: candour, patience and tidiness.”", async () => {
    const m = await model(
      "# About\n\nWe are 48 people now. We hire on three things: candour, patience and tidiness.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["candour", "patience", "tidiness"]],
    ]);
  });
});

describe("a set named by its count and shared initial, then its names", () => {
  it("reads “what everyone calls “the four Ps” — pride, punctuality, plain speaking and people”", async () => {
    const m = await model(
      '# Profile\n\nOn the shop floor, the culture is summed up in what everyone calls "the four Ps" — pride, punctuality, plain speaking and people. They were written down in 2019.\n',
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["pride", "punctuality", "plain speaking", "people"]],
    ]);
  });

  it("reads none when the names do not share the letter", async () => {
    const m = await model(
      "# Profile\n\nThe firm talks about the three Rs — pride, speed and cost — in every meeting.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a set the lead-in tells of in the company's early days", () => {
  it("reads no set from the names written “when we started”, and reads the new list", async () => {
    const body =
      "When we started Loomwell in 2019 there were three of us in a spare room. In our second week we wrote five values on a whiteboard:\n\nHustle. Excellence. Ownership. Fun. Customer First.\n\nWe threw them out last month. Here are our new values:\n\n1. **Payday is sacred** — we never miss one.\n2. **Clear beats clever** — plain words win.\n";
    expect(await sets(body)).toEqual([
      { names: ["Payday is sacred", "Clear beats clever"], count: null },
    ]);
  });

  it("reads no set from a list a lead-in gives to the company's first days", async () => {
    const body =
      "When we started Loomwell in 2019 there were three of us. In our second week we wrote three values on a whiteboard:\n\n- Hustle\n- Excellence\n- Fun\n\nWe threw them out last month.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set a founder and a partner wrote “When Mira and I started Brisklane …”", async () => {
    const body =
      "When Mira and I started Brisklane in a spare room in 2018, we wrote seven values on a whiteboard:\n\n1. Hustle\n2. Think big\n3. Have fun\n\nThey were fine.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads the set the early days gave when the lead-in says it still holds", async () => {
    const body =
      "When we started Loomwell in 2019 we wrote four values on a whiteboard, and we still live by them:\n\nCare. Craft. Candour. Thrift.\n";
    expect(await sets(body)).toEqual([{ names: ["Care", "Craft", "Candour", "Thrift"], count: 4 }]);
  });
});

describe("what holds the company together, and its non-negotiables", () => {
  it("reads the list after “Four things hold us together, and …:”", async () => {
    const body =
      "# Who we are\n\nFour things hold us together, and you'll find them in every rehearsal room we run: generosity with the people who trust us, rigour in the craft, a stubborn refusal to patronise, and joy.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "generosity with the people who trust us",
          "rigour in the craft",
          "a stubborn refusal to patronise",
          "joy",
        ],
        count: 4,
      },
    ]);
  });

  it("reads “## Our non-negotiables” counted by “There are seven of them.” as the values", async () => {
    const body =
      "## Our non-negotiables\n\nThere are three of them. They are not posters.\n\n1. We tell clients the truth, even when it costs us.\n2. Nobody works alone on a crisis.\n3. Weekends belong to you.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "We tell clients the truth",
          "Nobody works alone on a crisis",
          "Weekends belong to you",
        ],
        count: 3,
      },
    ]);
  });
});

describe("full-sentence values after a lead-in whose subject is the set", () => {
  it("reads the sentences after “The values are on the careers page, written as sentences rather than single words:”", async () => {
    const body =
      "The values are on the careers page, written as sentences rather than single words:\n\n- We put members before growth.\n- We say it plainly, even when the news is bad.\n- We lend as if it were our own money.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([
      ["We put members before growth", "We say it plainly", "We lend as if it were our own money"],
    ]);
  });

  it("still reads no sentences after a lead-in that only mentions the values far from its colon", async () => {
    const body =
      "Our values matter to us, and so does your application, so before you apply please check:\n\n- You have the right to work in the UK.\n- You can start within three months.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a count in the section's lead-in before its colon sentence", () => {
  it("counts the list under “## What we stand for” by “there are four things that …”, so five disagree", async () => {
    const body =
      "## What we stand for\n\nGareth reckons there are four things that separate a good plumber from a bad one. We've written them down so you can hold us to them:\n\n- Turn up – if we say 8am, we mean 8am.\n- Quote straight – a written price first.\n- Clean up – dust sheets down.\n- Own it – we come back.\n- Keep learning – courses every year.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Turn up", "Quote straight", "Clean up", "Own it", "Keep learning"],
        count: 4,
      },
    ]);
  });
});

describe("what the company will never compromise on, in a heading", () => {
  it("reads the cards under “## Four things we'll never compromise on” as the values", async () => {
    const body =
      "## Four things we'll never compromise on\n\n- ### Barrier-first formulas\n\n  Gentle pH.\n\n- ### Radical ingredient honesty\n\n  Every ingredient published.\n\n- ### Refill, don't replace\n\n  Pouches.\n\n- ### Never tested on animals\n\n  Certified.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Barrier-first formulas",
          "Radical ingredient honesty",
          "Refill, don't replace",
          "Never tested on animals",
        ],
        count: 4,
      },
    ]);
  });
});

describe("the set word as a modifier of another noun before a dash", () => {
  // A hiring step named for the values ("Values conversation") is no set: what follows describes
  // the step.
  it("reads no set from “**Values conversation** — an hour with a manager, talking through …”", async () => {
    const body =
      "# Careers\n\n## Our hiring process\n\n1. **Apply** — a CV and a few lines.\n2. **Values conversation** — an hour with a manager from another team, talking through real situations you've faced.\n3. **Offer** — within a week.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads “Our values today: a, b and c”", async () => {
    expect(await sets("# About\n\nOur values today: thrift, warmth and care.\n")).toEqual([
      { names: ["thrift", "warmth", "care"], count: null },
    ]);
  });
});
