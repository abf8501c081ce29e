/**
 * `###` value headings and the headings beside them that speak about the set ("### How we hire for
 * these values"), and bullets whose bold lead is one letter of an acronym ("**C**ustomers first").
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("a run of value headings", () => {
  const run =
    "## Our 3 values\n\n### 1. Own the outcome\n\nSee it through.\n\n### 2. Say it early\n\nRaise problems.\n\n" +
    "### 3. Keep it boring\n\nProven tools.\n\n";

  it("ends at a heading about the values (“How we hire for these values”)", async () => {
    const body = `${run}### How we hire for these values\n\nOne conversation each.\n\n### When two values pull in different directions\n\nAsk the customer.\n`;
    expect(await sets(body)).toEqual([["Own the outcome", "Say it early", "Keep it boring"]]);
  });

  it("ends at an unnumbered heading after numbered ones, so the count agrees", async () => {
    const m = await model(`${run}### A note on hiring\n\nWe ask about each value.\n`);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Own the outcome", "Say it early", "Keep it boring"],
    ]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });

  it("drops a section number of two levels (“### 4.2 Thrift” under “## 4. Our values”)", async () => {
    const body =
      "## 4. Our values\n\nWe hold three values.\n\n### 4.1 Craft\n\nTraining.\n\n### 4.2 Thrift\n\nNo waste.\n\n" +
      "### 4.3. Plain speaking\n\nOpen books.\n";
    expect(await sets(body)).toEqual([["Craft", "Thrift", "Plain speaking"]]);
  });

  it("still reads unnumbered value headings as a run", async () => {
    const body =
      "## Our values\n\n### Craft\n\nTraining.\n\n### Thrift\n\nNo waste.\n\n### Candour\n\nOpen books.\n";
    expect(await sets(body)).toEqual([["Craft", "Thrift", "Candour"]]);
  });
});

describe("acronym bullets", () => {
  it("names each value by its whole lead words, not the bold letter's rest", async () => {
    const body =
      "## Our values: we CARE\n\nOur four values spell CARE.\n\n- **C**ustomers first – services built around users.\n" +
      "- **A**ccountable – we publish what we spend.\n- **R**espectful – we treat people well.\n- **E**fficient – every pound counts.\n";
    expect(await sets(body)).toEqual([
      ["Customers first", "Accountable", "Respectful", "Efficient"],
    ]);
  });
});

describe("a line of names after a counted announcement", () => {
  it("takes the count of “four values:” for the line below, and flags five listed", async () => {
    const m = await model(
      "## Our values\n\nWe work by four values:\n\nCare · Craft · Community · Courage · Curiosity\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[4, 5]]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("a run of value headings ends at a heading of another level", () => {
  it("stops the `####` values at the listicle's next `###` item", async () => {
    const body =
      "---\ntitle: Acme Tools, what to know\n---\n\nHere are four things worth knowing.\n\n### 1. It has a mission\n\nAcme makes tools for tenants.\n\n### 2. Three values, taken seriously\n\nAcme publishes three values in its handbook.\n\n#### Fix it once\n\nRoot causes first.\n\n#### Ship small\n\nLittle and often.\n\n#### Say it kindly\n\nHard truths, gently.\n\n### 3. The perks are fine\n\nA learning budget.\n\n### 4. It has won prizes\n\nTwo, last year.\n";
    expect(await sets(body)).toEqual([["Fix it once", "Ship small", "Say it kindly"]]);
  });
});

describe("ways of working written as the company's own sentences", () => {
  it("reads “We …” headings under “The way we work” as the values", async () => {
    const body =
      "# Join Acme\n\n## The way we work\n\n### We answer every letter\n\nNo form replies, ever.\n\n### We mend before we replace\n\nA broken oven gets an engineer first.\n\n### We finish what we start\n\nNo half-built shelves.\n\n## Pay\n\nFair wages.\n";
    expect(await sets(body)).toEqual([
      ["We answer every letter", "We mend before we replace", "We finish what we start"],
    ]);
  });

  it("leaves long headings that are not the company's sentences alone", async () => {
    const body =
      "# Join Acme\n\n## The way we work\n\n### How a typical week at the bakery runs\n\nEarly starts.\n\n### What happens when an oven breaks down\n\nWe call Ben.\n\n### Where new bakers spend their first month\n\nAt the Leeds shop.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("value headings at the page's section level", () => {
  const page = (lead: string, extra = "") =>
    `---\ntitle: Our values | Acme\ncompany: Acme\n---\n\n# Our values\n\nAcme makes garden tools. ${lead}\n\n` +
    "## Tools that last\n\n🔧 *Icon: a spanner*\n\nWe sell spares for every tool we have made.\n\nA rake from 1990 can still be mended.\n\n" +
    "## Fair prices\n\nOne price list for every shop.\n\n## Kind service\n\nWe answer the phone in three rings.\n" +
    extra;

  it("reads the `##` headings after “The three values below …” as the set, with its count", async () => {
    const m = await model(page("The three values below are how we run the firm."));
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Tools that last", "Fair prices", "Kind service"]],
    ]);
  });

  it("takes only as many headings as the lead-in counts", async () => {
    expect(
      await sets(page("The three values below guide us.", "\n## Visit a shop\n\nWe have nine.\n")),
    ).toEqual([["Tools that last", "Fair prices", "Kind service"]]);
  });

  it("reads no set when the headings run short of the count", async () => {
    expect(await sets(page("The five values below guide us."))).toEqual([]);
  });

  it("reads no set from the sections after a count that looks back (“these two values”)", async () => {
    const body =
      "# Acme\n\n## Our values\n\nAcme has two values:\n\n- **Thrift** – no waste.\n- **Care** – for every customer.\n\nStaff cite these two values often.\n\n## Strengths\n\nA loyal list.\n\n## Weaknesses\n\nSlow shipping.\n";
    expect(await sets(body)).toEqual([["Thrift", "Care"]]);
  });

  it("reads no set from the page's parts after a count that points nowhere", async () => {
    const body =
      "# About Acme\n\nAcme makes garden tools and has three values it rarely talks about.\n\n## Our story\n\nFounded in a shed.\n\n## Our shops\n\nNine of them.\n\n## Careers\n\nWe are hiring.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("value headings right under a page titled for the values", () => {
  const page = (level: string) =>
    `# Our values\n\nKestrel Pottery has thrown stoneware in Leek since 1972.\n\nOur purpose is to make mugs that outlive their owners.\n\nThe whole workshop chose these three values.\n\n${level} Clay before glaze\n\nWe get the body right first.\n\n${level} Own it\n\nA fault is yours until someone fixes it.\n\n${level} Teach the next one\n\nEvery thrower trains an apprentice.\n`;

  it("reads `###` headings under a `#` values title (no `##`) as the set, with its count", async () => {
    const m = await model(page("###"));
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Clay before glaze", "Own it", "Teach the next one"]],
    ]);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make mugs that outlive their owners",
    ]);
  });

  it("reads `##` headings under it as the set too: the page's parts are its values", async () => {
    const m = await model(page("##"));
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Clay before glaze", "Own it", "Teach the next one"]],
    ]);
  });

  it("keeps the parts of a page whose title does not name values", async () => {
    const body = page("###").replace("# Our values", "# Kestrel Pottery");
    expect(await sets(body)).toEqual([]);
  });
});

describe("a count the values section's lead-in gives without the set word", () => {
  it("counts the `###` values after “Four things, in no particular order.”", async () => {
    const m = await model(
      "# About Acme\n\n## What we care about\n\nFour things, in no particular order.\n\n### Slow dough\n\nWe wait.\n\n### Fair wages\n\nWe pay.\n\n### Nothing wasted\n\nWe keep.\n\n### An open door\n\nWe welcome.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Slow dough", "Fair wages", "Nothing wasted", "An open door"]],
    ]);
  });
});

describe("a bold line of short sentences, each taken up by a heading after it", () => {
  it("reads the headings that repeat the bold line's parts as the set", async () => {
    const body =
      "## The words on the door\n\nOur founder painted them on the shop door in 2009: **Stay curious. Stay fair. Stay late.** They are how we decide.\n\n#### Stay curious\n\nWe try the odd idea first.\n\n#### Stay fair\n\nWe pay on time.\n\n#### Stay late\n\nWe finish the order.\n\n## Jobs\n\n- Knitter\n- Driver\n";
    expect(await sets(body)).toEqual([["Stay curious", "Stay fair", "Stay late"]]);
  });

  it("reads headings that repeat a plain line of sentences, a remark between them", async () => {
    const body =
      "## Where we landed\n\nKeep it small. Tell the bad news first. Finish what you start. Tidy up after yourself.\n\nThat is all of it: four sentences you can act on.\n\n" +
      "### Keep it small\n\nLittle changes.\n\n### Tell the bad news first\n\nOn day two.\n\n### Finish what you start\n\nSee it out.\n\n### Tidy up after yourself\n\nFix the test.\n\n## Jobs\n\n- Knitter\n";
    expect(await sets(body)).toEqual([
      [
        "Keep it small",
        "Tell the bad news first",
        "Finish what you start",
        "Tidy up after yourself",
      ],
    ]);
  });

  it("reads no set from headings that repeat a bold line of bare verbs: a process", async () => {
    const body =
      "## How a commission runs\n\nThree steps, always: **Sketch. Knit. Deliver.**\n\n### Sketch\n\nWe draw it with you.\n\n### Knit\n\nTwo weeks on the machine.\n\n### Deliver\n\nBy hand, in a box.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a pull quote between value headings", () => {
  it("keeps the run going past a colleague's words in a blockquote", async () => {
    const body =
      "# Jobs\n\n## Our 4 values\n\n### Ship small\n\nLittle changes, often.\n\n### Ask early\n\nQuestions are cheap.\n\n" +
      "> “I asked on day two and nobody minded.”\n> — Sam, designer\n\n### Fix forward\n\nMend it, then learn.\n\n### Rest well\n\nNobody works weekends.\n\n" +
      "## Life here\n\n### Perks\n\nLunch on Fridays.\n";
    expect(await sets(body)).toEqual([["Ship small", "Ask early", "Fix forward", "Rest well"]]);
    expect(diagnostics(await model(body), "count-mismatch")).toEqual([]);
  });
});

describe("a pull quote after title lines restored as headings", () => {
  it("ends the run there: the title after it may open another part", async () => {
    const body =
      "# About Acme\n\nWe make paper.\n\n**Our mission**\n\nTo make paper from what others throw away.\n\n" +
      "**What we believe**\n\n**Waste nothing**\n\nOffcuts become pulp.\n\n**Pay fairly**\n\nEveryone earns a living wage.\n\n" +
      "**Stay small**\n\nOne mill is enough.\n\n> “I started this because paper kept going to landfill.” — Ruth, founder\n\n" +
      "**Visit the mill**\n\nWorkshops run every first Saturday.\n";
    const names = (await sets(body)).flat();
    expect(names).toContain("Stay small");
    expect(names).not.toContain("Visit the mill");
  });
});

describe("value headings over “We …” bullets", () => {
  it("takes the headings as the values and the bullets as what each looks like, no lead-in needed", async () => {
    const m = await model(
      "## Our values\n\nOur three values came from borrowers and staff.\n\n" +
        "### Welcoming\n\n- We greet everyone who comes in\n- We never ask why someone wants a book\n\n" +
        "### Curious\n\n- We try the new thing first\n- We ask borrowers what to stock\n\n" +
        "### Careful\n\n- We repair before we replace\n- We count the pennies\n\n" +
        "## Opening times\n\n- Monday to Friday, nine till six\n- Saturday, ten till one\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Welcoming", "Curious", "Careful"],
    ]);
    expect(m.valueSets[0]?.values[0]?.description).toBe(
      "We greet everyone who comes in. We never ask why someone wants a book.",
    );
    expect(m.valueSets[0]?.declaredCount).toBe(3);
  });
});

describe("a sub-heading naming the set over deeper value headings", () => {
  it("reads “### Our values” over “#### Kindness”, “#### Respect” inside a broader part", async () => {
    const m = await model(
      "## Who we are\n\nAcme runs six care homes.\n\n### Our mission\n\nTo give every resident a home, not a ward.\n\n" +
        "### Our three values\n\n#### Kindness\n\nWe treat every resident as family.\n\n" +
        "#### Respect\n\nWe knock, we ask, and we listen.\n\n#### Openness\n\nWe tell families what is happening.\n\n" +
        "## Visiting\n\nVisitors are welcome from ten till eight.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Kindness", "Respect", "Openness"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(3);
    expect(m.valueSets[0]?.values[1]?.description).toBe("We knock, we ask, and we listen.");
  });
});

describe("an article's parts under a title about values", () => {
  const article =
    "# Harrow Mills trades thrift for care in its values\n\nHarrow Mills has replaced its values after two years of talks.\n\n### Out with the old\n\nSince 2011 the values had been Thrift, Speed and Scale.\n\n### In with the new\n\nThe new framework, agreed with 400 staff, sets out three new values:\n\n- **Care** – for the cloth and for each other.\n- **Candour** – bad news travels fast.\n- **Craft** – we finish what we start.\n\n### What the union said\n\nThe union welcomed the change.\n";

  it("are no values when one of them holds a set announced with its count (no front matter)", async () => {
    const m = await model(article, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Care", "Candour", "Craft"]],
    ]);
  });
});

describe("headings after “Five habits we hold each other to”", () => {
  const page = (lead: string, headings: string[]) =>
    `# Join us\n\n## Life at Acme\n\nMonthly meet-ups in three cities.\n\n${lead}\n\n${headings.map((h) => `#### ${h}\n\nWe mean it, every day.\n`).join("\n")}\n## Open roles\n\nSee below.\n`;

  it("are the company's own set when the count and the run agree", async () => {
    for (const lead of [
      "Three habits we hold each other to, in code review and everywhere else.",
      "Three ideas we hire for and work by.",
      "Three things guide every piece we make, from a footstool to a table.",
      "Three principles shape how we work.",
    ])
      expect(
        await sets(page(lead, ["Write it down", "Small and shippable", "Assume good intent"])),
        lead,
      ).toEqual([["Write it down", "Small and shippable", "Assume good intent"]]);
  });

  it("are no set when the count and the run disagree, or the things are not the company's ways", async () => {
    expect(
      await sets(
        page("Three habits we hold each other to.", ["Write it down", "Assume good intent"]),
      ),
    ).toEqual([]);
    expect(
      await sets(
        page("Three things we learned on the way.", ["Hire slowly", "Ship small", "Rest well"]),
      ),
    ).toEqual([]);
    expect(
      await sets(page("Three things shape the market this year.", ["Rates", "Rents", "Rules"])),
    ).toEqual([]);
  });
});

describe("value headings, each with the same labelled advice bullets", () => {
  it("reads the headings as the set; '- **In the interview:** …' under each labels a part, names no value", async () => {
    const body =
      "## Why the values matter\n\nThe careers site lists three values. Each one below says how to show it.\n\n" +
      "### Plain Speaking\n\n**What it means:** Words a customer would use.\n\n- **In the interview:** Explain a product out loud.\n- **Red flag:** Acronyms.\n\n" +
      "### Patience\n\n**What it means:** Time for anxious customers.\n\n- **In the interview:** Tell of a frustrated customer.\n- **Tip:** Show the steps.\n\n" +
      "### Ownership\n\n**What it means:** Your problem until solved.\n\n- **In the interview:** An example you followed through.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Plain Speaking", "Patience", "Ownership"]],
    ]);
  });
});

describe("value headings, each with the same italic-labelled examples", () => {
  it("reads the headings as the set; '- *Looks like:* …' under each is an example", async () => {
    const body =
      '## Values\n\nWe have three values.\n\n### Write it down\n\nDecisions get a record.\n\n- *Looks like:* a summary after every call.\n- *Doesn\'t look like:* "I think Sam said so?"\n\n' +
      "### Default to public\n\nChannels, not DMs.\n\n- *Looks like:* a question in #eng.\n\n### Leave it better\n\nTidy as you go.\n\n- *Looks like:* a fixed typo.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Write it down", "Default to public", "Leave it better"]],
    ]);
  });
});

describe("a values section's later parts under sub-headings of their own", () => {
  it("reads the value headings once; headings under '### What this looks like …' or '### Years in Lochaber' are other parts", async () => {
    const body =
      "## Our six values\n\nThese are the values we hire for.\n\n#### Kindness\n\nTo the animal on the table.\n\n#### Candour\n\nWe say what we think.\n\n#### Curiosity\n\nPaid CPD days.\n\n" +
      "### What this looks like on a busy Saturday\n\n##### At the front desk\n\nWe tell you how late.\n\n##### After hours\n\nOur own vets cover nights.\n\n" +
      "### Years in Lochaber\n\n#### Dr Morag Ferrier\n\nFounder & Clinical Director\n\n#### Euan Grant MRCVS\n\nClinical Director\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [6, ["Kindness", "Candour", "Curiosity"]],
    ]);
  });
});

describe("a counted heading of a generic noun over the sections that follow it", () => {
  it("reads “## Six behaviours” over six sibling sections (a slide deck's)", async () => {
    const deck =
      "# Culture\n\n## Six behaviours\n\nWe hire on these.\n\n---\n\n" +
      [
        "Ship small",
        "Go to the floor",
        "Write it down",
        "Disagree, then commit",
        "Own the outcome",
        "Leave it better",
      ]
        .map((name) => `## ${name}\n\nOne short line about it.\n\n---\n\n`)
        .join("") +
      "## Join us\n\nWe are hiring in Leeds.\n";
    const m = await model(deck);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [
        6,
        [
          "Ship small",
          "Go to the floor",
          "Write it down",
          "Disagree, then commit",
          "Own the outcome",
          "Leave it better",
        ],
      ],
    ]);
  });

  it("reads “## Four things we roast by” over four numbered sibling sections", async () => {
    const page =
      "# Our Values\n\n## Four things we roast by\n\nThey're painted above the roaster.\n\n01\n\n" +
      "## Pay Farmers First\n\nWe agree the price first.\n\n02\n\n## Roast for Flavour, Not Fashion\n\nEach coffee to where it tastes best.\n\n03\n\n" +
      "## Waste Nothing\n\nChaff goes to a farm.\n\n04\n\n## Brew Hospitality\n\nEvery visitor gets a cup.\n\n## Visit the roastery\n\nOpen Saturdays.\n";
    expect(await sets(page)).toEqual([
      ["Pay Farmers First", "Roast for Flavour, Not Fashion", "Waste Nothing", "Brew Hospitality"],
    ]);
  });

  it("does not read “## Three things to know before you visit” over three sections", async () => {
    const page =
      "# Visiting\n\n## Three things to know before you visit\n\nA short guide.\n\n## Parking\n\nUse the town car park.\n\n## Opening hours\n\nNine to five.\n\n## Tickets\n\nBook online.\n";
    expect(await sets(page)).toEqual([]);
  });
});

describe("a house's code under its own name", () => {
  it("reads the promises under “The Rovers Way” as the set the lead-in counts", async () => {
    const body =
      "## Why we exist\n\nWe exist to get every child in Marsh End playing.\n\n## The Rovers Way\n\n" +
      "Joining the club means signing up to four promises.\n\n- We respect referees. Every decision.\n" +
      "- Everyone gets game time. No bench all season.\n- We play fair. No diving.\n- We thank our volunteers.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [
        [
          "We respect referees",
          "Everyone gets game time",
          "We play fair",
          "We thank our volunteers",
        ],
        4,
      ],
    ]);
  });
});

describe("a counted sub-heading, a paragraph, then its value headings", () => {
  it("reads '#### Plain speaking' … under '### Four values instead of eleven' and its intro", async () => {
    const body =
      "## The work\n\nWe ran twelve workshops.\n\n### Four values instead of eleven\n\nEach value comes with a behaviour staff can be recognised for.\n\n" +
      "#### Plain speaking\n\nSay what it costs.\n\n#### Patience\n\nA mortgage is thirty years.\n\n#### Belonging\n\nLocal branches.\n\n#### Prudence\n\nNo surprises.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["Plain speaking", "Patience", "Belonging", "Prudence"], 4],
    ]);
  });
});

describe("a title heading of the cards' own level, right above them", () => {
  // Site builders set a grid's title at the level of its cards: "### Six principles we build by"
  // then "### Plain English", "### Ship Small", … (not by the pillars count before it).
  const cards = `# About\n\n## What drives us\n\n### Our vision\n\nWe see a world where every invoice is paid on time.\n\nGetting there rests on three pillars:\n\n- **Instant invoicing:** out of the door in a minute.\n- **Guaranteed payment:** we pay on the due date.\n- **Fair credit:** advances priced on the invoice.\n\n### Six principles we build by\n\n### Plain English\n\nNo jargon.\n\n### Money Moves Fast\n\nNever held back.\n\n### Ship Small\n\nSmall releases.\n\n### Say the Hard Thing\n\nDisagree early.\n\n### Customers First\n\nWe build what they ask.\n\n### Leave Room for Life\n\nNo late nights.\n`;

  it("counts the cards by the title (“### Six principles we build by”)", async () => {
    const m = await model(cards);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[6, 6]]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });
});

describe("a document's numbered clauses", () => {
  it("are no values, nor the lists under those after the one titling the values", async () => {
    const body =
      "# Supplier Code\n\n## Section 1: Introduction and Our Values\n\n### 1.1 A message from our director\n\nThank you.\n\n### 1.2 Who we are\n\nWe sell furniture.\n\n### 1.3 Our values\n\nThree values guide how we work:\n\n1. **Fairness** — we pay on time.\n2. **Craft** — we respect skill.\n3. **Care** — for the planet.\n\n### 1.4 Scope and application\n\nThis code applies to all suppliers.\n\n### 1.5 Raising concerns\n\nWrite to us.\n\n### 1.6 Requirements at a glance\n\nIn summary, suppliers must:\n\n1. Pay at least the legal minimum wage.\n2. Keep working hours within legal limits.\n3. Refuse all bribery.\n";
    const m = await model(body, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Fairness", "Craft", "Care"]],
    ]);
  });
});

describe("a count of time or of questions in a values heading", () => {
  it("does not count the set by “five minutes” (“# “Values aren't posters”: five minutes with …”)", async () => {
    const m = await model(
      "# “Values aren't posters”: five minutes with Acme's people director\n\nWe asked about the values. There are four of them:\n\n- **Safe** — no shortcuts.\n- **Straight talk** — say what you see.\n- **Own the load** — see it through.\n- **Look out** — for each other.\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });

  it("does not count the set by “Five minutes on values” or “three weeks on values”", async () => {
    const m = await model(
      "# Five minutes on values\n\nIntro text here.\n\n- **Safe** — no shortcuts.\n- **Straight talk** — say what you see.\n- **Own the load** — see it through.\n- **Look out** — for each other.\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([null]);
    const asked = await model(
      "# Acme\n\n## Our values\n\nWe spent three weeks on values last spring. Our values are safety, straight talk, ownership and care.\n",
    );
    expect(asked.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[null, 4]]);
  });

  it("still counts “## Four things we hold to” and “## Values: our five commitments”", async () => {
    for (const heading of ["Four things we hold to", "Values: our five commitments"]) {
      const m = await model(
        `# Acme\n\nIntro text here.\n\n## ${heading}\n\n- **Safe** — no shortcuts.\n- **Straight talk** — say what you see.\n- **Own the load** — see it through.\n- **Look out** — for each other.\n`,
      );
      expect(m.valueSets.map((s) => s.declaredCount)).toEqual([heading.startsWith("Four") ? 4 : 5]);
    }
  });
});

describe("sub-headings after the list a values section has given", () => {
  const page = (after: string) =>
    `# About\n\n## What I stand for\n\n- **Always seasonal.** If it isn't flowering this month, I won't sell it.\n- **Grown nearby.** Most of what I use comes from my own field.\n- **Nothing to landfill.** No floral foam, no plastic wrap.\n\n${after}`;

  it("name other parts of the page (“### Weddings”, “### Subscriptions”), no second set", async () => {
    const m = await model(
      page(
        "### Weddings\n\nWe walk the field together and plan your day.\n\n### Subscriptions\n\nFortnightly jars of whatever the field is doing.\n",
      ),
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Always seasonal", "Grown nearby", "Nothing to landfill"],
    ]);
  });

  it("still take up the set's own names, one part each", async () => {
    const m = await model(
      page(
        "### Always seasonal\n\nNo peonies in October.\n\n### Grown nearby\n\nThree growers within twenty miles.\n\n### Nothing to landfill\n\nStems go back to the compost heap.\n",
      ),
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Always seasonal", "Grown nearby", "Nothing to landfill"],
    ]);
  });
});
