/**
 * Values announced in everyday words, as ordinary pages introduce them: "four things we try to hold
 * on to, whoever is on shift:" over bold-named bullets, a count announced in an earlier sentence of
 * the lead-in paragraph or by a verb of giving it elsewhere, values named in a plain sentence, and
 * lines that only look like lists of names (a shared colon, a kicker line under the title).
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

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

describe("the things a company holds dear or has refused to trade away", () => {
  const paragraphs =
    "\n\n**Scripture shapes us.** We open the Bible together.\n\n**Prayer comes first.** Before plans, we pray.\n\n**Generosity is normal.** We give our time gladly.\n";
  const names = ["Scripture shapes us", "Prayer comes first", "Generosity is normal"];

  it.each([
    "## Three Things We Hold Dear",
    "## What we cherish",
    "There are three things we hold dear:",
    "There are three things we've refused to trade away, even when it would've been easier:",
    "Here are the three things we have refused to compromise on:",
    "There are three things we won't trade away, however big the order:",
  ])("reads the bold-led paragraphs after “%s”", async (lead) => {
    expect(await valueSetNames(`# Acme\n\n${lead}${paragraphs}`)).toEqual([names]);
  });

  it("leaves the things customers hold dear", async () => {
    expect(
      await valueSetNames(`# Acme\n\nThere are three things our customers hold dear:${paragraphs}`),
    ).toEqual([]);
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

describe("a count in an earlier sentence of the lead-in", () => {
  const run = (count: string, headings: string[]) =>
    [
      "## How we work",
      "",
      `The studio is built on ${count} principles. We agreed them at our first away day in a cold barn.`,
      "",
      ...headings.flatMap((h, i) => [`### ${i + 1}. ${h}`, "", "A line about it.", ""]),
    ].join("\n");

  it("announces the numbered headings that follow when their number agrees", async () => {
    expect(await sets(run("three", ["Draw first", "Share early", "Rest well"]))).toEqual([
      [3, ["Draw first", "Share early", "Rest well"]],
    ]);
  });

  it("does not when the headings that follow are more than it counts", async () => {
    expect(await sets(run("two", ["Draw first", "Share early", "Rest well"]))).toEqual([]);
  });
});

describe("values named in an everyday lead-in sentence", () => {
  it.each([
    [
      "What the mill stands for is short. What we stand for is simple: dry feet, fair prices and mended boots.",
      null,
      ["dry feet", "fair prices", "mended boots"],
    ],
    [
      "The crew agreed three habits that we work by: we check twice, we tidy as we go, and we say when we are tired.",
      3,
      ["we check twice", "we tidy as we go", "we say when we are tired"],
    ],
    [
      "The owner sees the culture as resting on four ideas: patience, thrift, good tools and long lunches.",
      4,
      ["patience", "thrift", "good tools", "long lunches"],
    ],
    [
      "The ferry’s ethos is built on two promises: we leave on time and we never leave anyone on the pier.",
      2,
      ["we leave on time", "we never leave anyone on the pier"],
    ],
    [
      "We have two rules, and every volunteer hears them twice: leave the path cleaner than you found it, and never walk alone.",
      2,
      ["leave the path cleaner than you found it", "never walk alone"],
    ],
    [
      "If you ask what we believe in, we give you two ideas: thrift with materials and candour with buyers.",
      2,
      ["thrift with materials", "candour with buyers"],
    ],
  ])("reads “%s”", async (sentence, count, names) => {
    expect(await sets(`# About the firm\n\n## Who we are\n\n${sentence}\n`)).toEqual([
      [count, names],
    ]);
  });

  it("does not read a list of people or places after the same verbs", async () => {
    const body =
      "## Our team\n\nThree people that we rely on: Ada, the night porter, and the bookkeeper.\n\nWe work in two places: Leeds and York.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("qualities named after a verb of caring about, in flowing prose", () => {
  it("reads bare nouns after “we care about” as the values", async () => {
    const body =
      "# About Acme\n\nOur ropes are twisted by hand. We care about grip, thrift and candour, and we let those words decide when cost pulls the other way.\n";
    expect(await sets(body)).toEqual([[null, ["grip", "thrift", "candour"]]]);
  });

  it("leaves people, places and things with a determiner or a name alone", async () => {
    const body =
      "# About Acme\n\nWe care about our growers, our staff and the river. We stand for Leeds, York and Hull.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a list of qualities the next sentence calls values", () => {
  it("reads the bare nouns ending the sentence before “These values …”", async () => {
    const body =
      "# About Acme\n\nWe are a crew devoted to patience, thrift, courtesy and craft. These values came out of a members' meeting in 2019.\n";
    expect(await sets(body)).toEqual([[null, ["patience", "thrift", "courtesy", "craft"]]]);
  });

  it("takes the count when the sentence after gives one (“Those four principles …”)", async () => {
    const body =
      "## About the ferry\n\nOur crews work with calm, candour, warmth and punctuality. Those four principles are printed on every ticket.\n";
    expect(await sets(body)).toEqual([[4, ["calm", "candour", "warmth", "punctuality"]]]);
  });

  it("leaves a list the next sentence does not call values", async () => {
    const body =
      "# About Acme\n\nWe are a crew devoted to patience, thrift, courtesy and craft. The crew meets on Tuesdays.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("leaves people, places and things the next sentence happens to follow with values", async () => {
    const body =
      "# About Acme\n\nWe deliver to Leeds, York, the coast and our own shop. These values are printed on the van.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("values as an icon, a bold name and a line", () => {
  it("names each value by its bold word, not the icon's alt text", async () => {
    const body = [
      "## What we value",
      "",
      "![Symbol: a lantern](/i/lantern.svg)",
      "**Clarity**",
      "We say what we mean.",
      "",
      "![Picture: an oak](/i/oak.svg) **Patience** We grow slowly.",
      "",
      "![Symbol: a bridge](/i/bridge.svg)",
      "**Kinship**",
      "We look after our neighbours.",
      "",
    ].join("\n");
    expect(await sets(body)).toEqual([[null, ["Clarity", "Patience", "Kinship"]]]);
  });
});

describe("a set's count given elsewhere by a verb of giving it", () => {
  it("counts the only set from “… lists four values …” in a takeaway", async () => {
    const body = [
      "# A look at Corvell Rope",
      "",
      "## In brief",
      "",
      "- Corvell lists four values on its about page.",
      "- It has no vision statement.",
      "",
      "## Values",
      "",
      "| Value | Meaning |",
      "| --- | --- |",
      "| Grip | Rope that holds. |",
      "| Thrift | No waste. |",
      "| Candour | Honest specs. |",
      "| Patience | Slow twisting. |",
      "",
    ].join("\n");
    expect(await sets(body)).toEqual([[4, ["Grip", "Thrift", "Candour", "Patience"]]]);
  });
});

describe("a set's count as the subject that opens a sentence", () => {
  it("counts the only set from “Four guiding principles shape …” in a takeaway", async () => {
    const body = [
      "# A look at Tolworth Mills",
      "",
      "## Key takeaways",
      "",
      "- Tolworth has no vision statement.",
      "- Four guiding principles shape every order the mill takes.",
      "",
      "## Principles",
      "",
      "1. Grip: rope that holds.",
      "2. Thrift: no waste.",
      "3. Candour: honest specs.",
      "4. Patience: slow twisting.",
      "",
    ].join("\n");
    expect(await sets(body)).toEqual([[4, ["Grip", "Thrift", "Candour", "Patience"]]]);
  });

  it("takes no count from a takeaway that only labels a point (“Three values, with …”)", async () => {
    const body =
      "# Tolworth Mills\n\n## Key takeaways\n\n- Three values, with grip first.\n\n## Values\n\nWe value grip, thrift and candour.\n";
    expect(await sets(body)).toEqual([[null, ["grip", "thrift", "candour"]]]);
  });

  it("takes no count from a takeaway when the page says the set has no number", async () => {
    const body =
      "# Tolworth Mills\n\n## Key takeaways\n\n- Three guiding values shape the mill.\n\n## Values\n\nTolworth doesn’t give its values a number, but lists them:\n\n- **Grip**: rope that holds.\n- **Thrift**: no waste.\n- **Candour**: honest specs.\n";
    expect(await sets(body)).toEqual([[null, ["Grip", "Thrift", "Candour"]]]);
  });
});

describe("a set joined with the statements in one subject", () => {
  it("gives no values from the shared colon", async () => {
    const body =
      "# Profile\n\n## Verdict\n\nThe mission, the four values and the warranty all say one thing: quiet boats and long seasons.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads “the mission, the values: …” lists that follow the set word", async () => {
    const body =
      "# Profile\n\n## Who they are\n\nBeside its mission, its values are: thrift, care and speed.\n";
    expect(await sets(body)).toEqual([[null, ["thrift", "care", "speed"]]]);
  });
});

describe("a kicker line under the title", () => {
  it("is furniture, not a line of values", async () => {
    const body =
      "# What does the Brinley Harbour Trust stand for?\n\n*Coastal Charities Decoded · Notes for volunteers*\n\nThe trust looks after four harbours.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("leaves a line of names under a values heading alone", async () => {
    expect(await sets("# About\n\n## Our values\n\n*Thrift · Candour · Care*\n")).toEqual([
      [null, ["Thrift", "Candour", "Care"]],
    ]);
  });
});

describe("a list in a run-on sentence that a count gives back", () => {
  it("reads the list before “, and those four things …” under a values heading", async () => {
    const body =
      "# Acme Yarns\n\n## What do they stand for?\n\nThe sisters wrote down what mattered and they ended up with honesty, patience, kindness to sheep and fair prices, and those four things are pinned on the studio wall.\n";
    expect(await sets(body)).toEqual([
      [4, ["honesty", "patience", "kindness to sheep", "fair prices"]],
    ]);
  });

  it("leaves a list the count does not give back", async () => {
    const body =
      "# Acme Yarns\n\n## What do they stand for?\n\nThey sell wool, needles and patterns, and those four shops are busy.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a prose list followed by a clause of its own", () => {
  it("ends the list at “, and it has …”", async () => {
    const body =
      '# Acme\n\nThe reports describe its core values as thrift, patience and candour, and it has used the slogan "Built to last" since 1990.\n';
    expect(await sets(body)).toEqual([[null, ["thrift", "patience", "candour"]]]);
  });

  it("ends the list at “, and you can …” (the reader as the new clause's subject)", async () => {
    const body =
      "# Acme\n\nThe firm lists its values as thrift, patience and candour, and you can see each of them in the workshop.\n";
    expect(await sets(body)).toEqual([[null, ["thrift", "patience", "candour"]]]);
  });

  it("reads “lists the company's values as …” and “lists Acme's values as …” (the owner named)", async () => {
    for (const owner of ["the company's", "Acme's"])
      expect(
        await sets(
          `# Acme\n\nThe same page lists ${owner} values as thrift, respect for the maker and candour. The first fits the shop well.\n`,
        ),
      ).toEqual([[null, ["thrift", "respect for the maker", "candour"]]]);
  });

  it("ends the list at “, and staff say …” (people saying so as the new clause's subject)", async () => {
    const body =
      "# Acme\n\nThe firm lists its values as thrift, patience and candour, and staff say the second is taken literally.\n";
    expect(await sets(body)).toEqual([[null, ["thrift", "patience", "candour"]]]);
  });

  it("ends the list at “, and all three …” (the count said back as the subject)", async () => {
    const body =
      "# Acme\n\nThe firm lists its values as thrift, patience and candour, and all three show up on the invoice.\n";
    expect(await sets(body)).toEqual([[null, ["thrift", "patience", "candour"]]]);
  });

  it("ends the list at “, and the same list appears, …” (the list itself as the subject)", async () => {
    const body =
      "# Acme\n\nIts stated values are thrift, patience and access for all, and the same list appears, word for word, on every invoice.\n";
    expect(await sets(body)).toEqual([[null, ["thrift", "patience", "access for all"]]]);
  });
});

describe("a former list of values", () => {
  it("is no set: “The old list of five values — a, b, … — has been dropped.”", async () => {
    const body =
      "# Acme\n\n## Values\n\nThe old list of five values — honesty, service, pride, care and thrift — has been dropped. The new values are:\n\n1. **Plain words** — say it simply.\n2. **Fair shares** — split it evenly.\n";
    expect((await sets(body)).map(([, names]) => names)).toEqual([["Plain words", "Fair shares"]]);
  });

  it("is no set: “In 2019 we had five values: a, b, … These were retired in 2023.”", async () => {
    const body =
      "# Acme\n\n## Values\n\nOur values are candour, thrift and care.\n\n> In 2019 (at 30 people) we had five values: Hustle, Ownership, Transparency, Speed and Fun. These were retired in May 2023.\n";
    expect(await sets(body)).toEqual([[null, ["candour", "thrift", "care"]]]);
  });

  it("reads the new ones: “retired its old values, a, b and c, in favour of three new ones: …”", async () => {
    const body =
      "# Acme renames itself\n\nThe firm has retired its old values, Thrift, Pride and Duty, in favour of three new ones: Warm, Plain and Quick. Staff heard the news on Friday.\n";
    expect(await sets(body)).toEqual([[3, ["Warm", "Plain", "Quick"]]]);
  });

  it("reads the new ones after “replaced its former principles with new ones: …”", async () => {
    const body =
      "# Acme renames itself\n\nAcme has replaced its former principles with new ones: candour, thrift and care.\n";
    expect(await sets(body)).toEqual([[null, ["candour", "thrift", "care"]]]);
  });
});

describe("counted behaviours in a sentence", () => {
  it("reads 'three new \"behaviours\" for staff: Be open, Be brave, Be there.' as the set", async () => {
    const body =
      '# A column\n\nThere are also three new "behaviours" for the society\'s 1,100 staff: Be open, Be brave, Be there. They are painted on the stairwells.\n';
    expect(await sets(body)).toEqual([[3, ["Be open", "Be brave", "Be there"]]]);
  });
});

describe("counted sayings in an interview's answer", () => {
  const answer = (list: string) =>
    `# Interview\n\n**You've mentioned values on your website. Are they real or decoration?**\n\nThere are three, and they're painted on the side of the bin: ${list}.\n`;

  it("reads a saying after the first that opens on its own subject", async () => {
    expect(
      await sets(
        answer(
          "flour on everyone's hands, the early shift is everybody's shift, and nobody eats alone",
        ),
      ),
    ).toEqual([
      [
        3,
        ["flour on everyone's hands", "the early shift is everybody's shift", "nobody eats alone"],
      ],
    ]);
  });

  it("still leaves a first part that is a clause of the text: “the wood comes from …”", async () => {
    expect(
      await sets(
        answer(
          "the wood comes from Highland forests, the glue is hide glue, and nothing is plastic",
        ),
      ),
    ).toEqual([]);
  });
});

describe("“Three things guide everything we do here: …”", () => {
  it("reads the names after the colon, counted", async () => {
    const m = await model(
      "## Our story\n\nThree things guide everything we do here: patience, place and people.\n",
    );
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["patience", "place", "people"], 3],
    ]);
  });
});
