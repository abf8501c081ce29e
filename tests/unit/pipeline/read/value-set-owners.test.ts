/** Value lists that belong to someone else (a listicle's entries) or are steps, not values. */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

const LISTICLE = [
  "# Five Charity Values Examples",
  "",
  "We collected values from small charities we admire.",
  "",
  "## The examples",
  "",
  "### 1. Moorside Food Share",
  "",
  "Moorside's values are short: dignity, thrift and welcome.",
  "",
  "### 2. Ashbrook Carers (a respite service)",
  "",
  "The service lists three values:",
  "",
  "- Rest",
  "- Respect",
  "- Routine",
  "",
  "### 3. Tallow Lane Library",
  "",
  "Tallow Lane, a volunteer library, keeps two values: quiet and curiosity.",
  "",
  "### 4. Fenwick Rowing Club",
  "",
  "Fenwick says it values effort, timing and tea.",
  "",
  "## About us",
  "",
  "Oarlock writes software for charities. We live by three values of our own: candour, care and craft.",
  "",
].join("\n");

describe("value lists that are not the company's", () => {
  it("drops the sets of the organisations a listicle's numbered entries are about", async () => {
    expect(await sets(LISTICLE)).toEqual([["candour", "care", "craft"]]);
  });

  it("drops them when the entries are the page's numbered sections", async () => {
    const body = LISTICLE.replace(/### /g, "## ").replace("## The examples\n\n", "");
    expect(await sets(body)).toEqual([["candour", "care", "craft"]]);
  });

  it("drops them when the entries' headings are not numbered", async () => {
    const body = LISTICLE.replace(/### \d\. /g, "### ");
    expect(await sets(body)).toEqual([["candour", "care", "craft"]]);
  });

  it("keeps the company's own entry in a run of numbered sections that compares it with others", async () => {
    const body = [
      "Clients keep asking us for a mission like Acme's, so we start with Acme.",
      "",
      "## 1. Acme Gloves: the one to copy",
      "",
      "Acme's mission is to make gloves that last a decade. Its values — thrift, candour and care — show in the repair shop.",
      "",
      "## 2. Brindle Mutual: too vague",
      "",
      "Brindle's mission is to empower everyone.",
      "",
      "## 3. Quarrymen Boots: a slogan",
      "",
      "Quarrymen's mission is a slogan, and its values are loyalty and hustle.",
      "",
      "## 4. Fenwick Rowing: nobody reads it",
      "",
      "Fenwick says its mission is buried in a handbook.",
      "",
    ].join("\n");
    expect(await sets(body)).toEqual([["thrift", "candour", "care"]]);
    // (A name the page meets only in its own entry is one example among the others.)
    const alone = body.split("\n").slice(2).join("\n");
    expect(await sets(alone)).toEqual([]);
  });

  it("keeps unnumbered value headings described by an apposition", async () => {
    const body =
      "## Our values\n\n### Curiosity\n\nCuriosity, the urge to ask why, comes first.\n\n### Thrift\n\nThrift, a habit from the war years, stays.\n\n### Candour\n\nCandour, the plain word, wins.\n";
    expect(await sets(body)).toEqual([["Curiosity", "Thrift", "Candour"]]);
  });

  it("keeps numbered value headings that no text treats as organisations", async () => {
    const body =
      "## Our principles\n\n### 1. Patience\n\nPatience means waiting for the right wood.\n\n### 2. Thrift\n\nThrift, for us, is wasting nothing.\n\n### 3. Candour\n\nCandour is saying what we see.\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift", "Candour"]]);
  });

  it("reads the imperative steps of a how-to section as steps, not values", async () => {
    const body =
      "## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## How to hire for values\n\n1. Ask every candidate for a story about each value, and write it down\n2. Score the stories before you compare notes with the panel\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("reads no set from a checklist of tips under a section naming the values", async () => {
    const body =
      "## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## The values at interview\n\nEach panel scores two values.\n\n**Interview checklist**\n\n- Bring one story for each value, and time it.\n- Rehearse the thrift story with a friend.\n- Look up the shop's reviews before you go.\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("reads no set from “A few tips:” over imperatives in a values section", async () => {
    const body =
      "## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## The values day to day\n\nA few tips from our staff:\n\n- Ask before you buy a new tool.\n- Say when a job went wrong.\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("reads short headings under 'How we behave' as values", async () => {
    const body =
      "## How we behave\n\n### Candour\n\nWe say what we see.\n\n### Thrift\n\nWe waste nothing.\n\n### Care for the lane\n\nWe sweep it every morning.\n";
    expect(await sets(body)).toEqual([["Candour", "Thrift", "Care for the lane"]]);
  });

  it("does not read numbered steps under 'How we work' as values", async () => {
    const body =
      "## How we work\n\n### 1. Survey\n\nWe visit the site.\n\n### 2. Quote\n\nA fixed price.\n\n### 3. Build\n\nTen weeks on average.\n";
    expect(await sets(body)).toEqual([]);
  });
});

/** Acme's own set, so each case checks that only the other organisation's list is dropped. */
const OWN =
  "Acme makes gloves in Leeds, and Acme's staff own a third of it.\n\n## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n";

describe("value lists whose lead-in or heading gives them to another organisation", () => {
  it("drops a list named by another organisation's possessive", async () => {
    const body = `${OWN}## Elsewhere\n\nFor contrast, Brindle Mutual's values – loyalty, prudence and service – sound like any bank's.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops a list under a heading that names another organisation's values", async () => {
    const body = `${OWN}## Quarrymen's Mission and Values\n\nIts values are stitched into every glove:\n\n- **Hustle** – go early.\n- **Heart** – mean it.\n- **Home** – come back.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops a list whose lead-in gives it with 'its' to another organisation it names", async () => {
    const body = `${OWN}## Side by side\n\nQuarrymen's mission is "to get everyone outdoors", and its values are stitched into every glove:\n\n- **Hustle** – go early.\n- **Heart** – mean it.\n- **Home** – come back.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops a list another organisation is the subject of ('Brindle Mutual lists …')", async () => {
    const body = `${OWN}## How others do it\n\nThe regional co-operative Brindle Mutual lists four values: loyalty, prudence, thrift and service.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops a rival's bold list that 'the company' or 'it' gives, after sentences pointing back to the rival", async () => {
    const company = `${OWN}## How Cobalt Line frames itself\n\nCobalt Line is the challenger. Its mission is "to make the weekly shop quick." The company lists four values: **Speed**, **Precision**, **Scale** and **Curiosity**.\n`;
    expect(await sets(company)).toEqual([["Thrift", "Candour"]]);
    const it = `${OWN}## The rival\n\nDunlin's mission is "to put coffee in every office." Its vision is to be the default, and it names three values: **Efficiency**, **Consistency** and **Reach**.\n`;
    expect(await sets(it)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops the principles a writer's own firm holds ('At Name we …') on a page about a client", async () => {
    const body = `${OWN}## About the studio\n\nAt Fenwright we hold ourselves to three principles: rigour, play and patience.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("drops a list set out by another body", async () => {
    const body = `${OWN}## National values\n\nLike every college, we teach the civic values set out by the Office for Learning:\n\n- fairness\n- free speech\n- the common good\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("keeps a list set out by another body that the company says it follows as its own", async () => {
    const body = `${OWN}## How we work\n\nAs a co-operative, Acme follows the three principles set out by the Co-operative Alliance:\n\n1. Open membership\n2. Member control\n3. Concern for community\n`;
    expect(await sets(body)).toEqual([
      ["Thrift", "Candour"],
      ["Open membership", "Member control", "Concern for community"],
    ]);
    const we = body.replace("Acme follows", "we follow");
    expect(await sets(we)).toEqual([
      ["Thrift", "Candour"],
      ["Open membership", "Member control", "Concern for community"],
    ]);
  });

  it("keeps a list a heading gives to the company or its people by a common noun", async () => {
    const company =
      "## The Company's Values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n";
    expect(await sets(company)).toEqual([["Thrift", "Candour"]]);
    const founder =
      "## Our Founder's principles\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n";
    expect(await sets(founder)).toEqual([["Thrift", "Candour"]]);
  });

  it("keeps a list the company's own possessive or 'At' names", async () => {
    const body =
      "## Who we are\n\nAcme's values – thrift, candour and care – hang in the hall.\n\nAt Acme we hold ourselves to three principles: rigour, play and patience.\n\nThe company lists two beliefs: honesty and kindness.\n";
    expect(await sets(body)).toEqual([
      ["thrift", "candour", "care"],
      ["rigour", "play", "patience"],
      ["honesty", "kindness"],
    ]);
  });
});

describe("a merged organisation's former values", () => {
  it("reads no set from 'Other Name Society had its own set of values — …'", async () => {
    const body =
      "---\ntitle: Acme Co-operative news\n---\n\nAcme Co-operative published its new principles this week.\n\n## Before the merger\n\nHarlow Farm Shop Society had its own set of values before the merger — frugality, warmth and service — which its members hope to keep.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("another organisation named before ', which has' or between commas", () => {
  it("reads no set from '…the Fell Walking Association, which has its own values: …'", async () => {
    const body =
      "---\ntitle: Acme Rescue, an essay\n---\n\nAcme Rescue is a volunteer team.\n\n## The national body\n\nAcme is a member of the Fell Walking Association, which has its own values: care, rigour and courage. They belong to the association.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set from 'One of the banks we looked at, Ferrow Bank, publishes values of …'", async () => {
    const body =
      "---\ntitle: Acme Credit Union compared\n---\n\nAcme Credit Union is small.\n\n## Values\n\nOne of the banks we looked at, Ferrow Bank, publishes values of drive, growth and excellence. They read well.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a parent named by one word, “also” giving it a set", () => {
  it("reads no set from 'Brenmark also publishes four group values (*Long-term*, …)'", async () => {
    const body =
      "Acme makes payroll software.\n\nBrenmark also publishes four group values (*Long-term*, *Lean*, *Local*, *Loyal*), which it does not impose on the companies it owns. Acme has its own, below.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads the company's own: 'Acme also publishes three values (…)'", async () => {
    const body =
      "Acme makes payroll software.\n\nAcme also publishes three values (*Plain*, *Fair*, *Quick*), printed on every payslip.\n";
    expect(await sets(body)).toEqual([["Plain", "Fair", "Quick"]]);
  });
});

describe("a set's own title is no owner", () => {
  it("keeps the list a page 'headed Our Beliefs, which sets out three beliefs' gives", async () => {
    const body =
      "## Beliefs\n\nIts website has a page headed Our Beliefs, which sets out three beliefs:\n\n- **Plain dealing**\n- **Fair pay**\n- **Good tea**\n";
    expect(await sets(body)).toEqual([["Plain dealing", "Fair pay", "Good tea"]]);
  });
});

describe("another firm's values after “whose”", () => {
  const page = (sentence: string) =>
    `---\ntitle: Acme Bakery reviewed\ncompany: Acme Bakery\n---\n\nAcme Bakery bakes bread.\n\n## Values\n\nAcme Bakery publishes no values. ${sentence}\n`;

  it("reads no set from “Set that beside Dunmore Mills, the big chain, whose values are …”", async () => {
    expect(
      await sets(
        page(
          "Set that beside Dunmore Mills, the big chain, whose values are Quality, Pride and Service.",
        ),
      ),
    ).toEqual([]);
  });

  it("reads no set from “… beside Dunmore Mills, whose principles are …”", async () => {
    expect(
      await sets(page("Set that beside Dunmore Mills, whose principles are grit and flour.")),
    ).toEqual([]);
  });

  it("keeps the company's own set told as “Acme Bakery, whose values are …”", async () => {
    expect(
      await sets(
        page(
          "Its founder, Jo Hale, wrote them down for Acme Bakery, whose values are thrift, warmth and dough.",
        ),
      ),
    ).toEqual([["thrift", "warmth", "dough"]]);
  });
});

describe("another firm's set, given to it in an aside or a relative clause", () => {
  const page = (sentence: string) =>
    `---\ntitle: Acme Knitwear\ncompany: Acme Knitwear\n---\n\n# Our story\n\nAcme Knitwear has four values: warmth, thrift, patience and craft.\n\n## Our yarn\n\n${sentence}\n`;

  it.each([
    "At Corvel, where I work, we have three engineering principles: ship it, own it, fix it.",
    "Our wool is spun at Kettlewick Mill in West Yorkshire, a family mill that has run on three principles since 1880: spin it slowly, waste nothing, and pay the shearers first.",
    "The yarn comes from Harrow Mills, which has run on three principles since 1902: spin it slowly, waste nothing, and pay the shearers first.",
  ])("reads only the company's set beside “%s”", async (sentence) => {
    expect(await sets(page(sentence))).toEqual([["warmth", "thrift", "patience", "craft"]]);
  });

  it("keeps the company's own set told of itself in a relative clause", async () => {
    expect(
      await sets(
        "---\ntitle: Acme Knitwear\ncompany: Acme Knitwear\n---\n\n# Our story\n\nWe are Acme Knitwear, a family firm that has run on three principles since 1880: spin it slowly, waste nothing, and pay the shearers first.\n",
      ),
    ).toEqual([["spin it slowly", "waste nothing", "pay the shearers first"]]);
  });
});

describe("values the writer would put in their place", () => {
  it("reads the company's set, not 'here are three values I would swap in: …'", async () => {
    const body =
      "# Acme Games wants you to 'play more'\n\nAcme Games has three values: Fun, Speed and Reach.\n\nI have a better idea. Here are three values I would swap in: Rest, Fairness and a Bedtime.\n";
    expect(await sets(body)).toEqual([["Fun", "Speed", "Reach"]]);
  });

  it("reads no set from a consultancy's 'we'd suggest cutting to three …:' over its list", async () => {
    const body =
      "# Acme Games\n\nAcme Games has three values: Fun, Speed and Reach.\n\nFor the values, we'd suggest cutting to two and writing them as promises:\n\n1. **We'll tell you straight.** (covers Speed)\n2. **Everyone's welcome.** (covers Reach)\n";
    expect(await sets(body)).toEqual([["Fun", "Speed", "Reach"]]);
  });

  it("reads the company's set, not 'My own suggested values are …'", async () => {
    const body =
      "# Acme Games\n\nAcme Games has three values: Fun, Speed and Reach.\n\nMy own suggested values are patience, candour and thrift.\n";
    expect(await sets(body)).toEqual([["Fun", "Speed", "Reach"]]);
  });

  it("reads no set from the list after 'the values I would pick instead:'", async () => {
    const body =
      "# Acme Games\n\nAcme Games has three values: Fun, Speed and Reach.\n\nFor what it's worth, here are the values I would pick instead:\n\n- Rest\n- Fairness\n- Quiet\n";
    expect(await sets(body)).toEqual([["Fun", "Speed", "Reach"]]);
  });
});

describe("'They' after a person's remark on the company", () => {
  it("is the company: 'Dev admits it's more hope than plan.' then 'They also wrote three values:'", async () => {
    const m = await model(
      "## Vision and values\n\nAcme's vision is a high street where making things by hand is normal again. Dev admits it's \"more hope than plan\", and that's fine.\n\nThey also wrote three values, which now appear in every branch:\n\n- **Try before you buy** – every pen can be tested.\n- **Know your stock** – staff use what they sell.\n- **Make it last** – refills and repairs.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Try before you buy", "Know your stock", "Make it last"]],
    ]);
  });
});

describe("values counted and given as sayings, beside a generic list", () => {
  it("reads the company's four and not the list it is contrasted with", async () => {
    const m = await model(
      "## The values\n\nAcme's four values are clarity over cleverness, writing as a team sport, default to open, and kindness in review.\n\nContrast that with the values pages I audit most weeks: Integrity, Innovation, Excellence, Customer Focus.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [
        4,
        [
          "clarity over cleverness",
          "writing as a team sport",
          "default to open",
          "kindness in review",
        ],
      ],
    ]);
  });
});

describe("'It reads:' after a sentence about a person", () => {
  it("is the card speaking: the list is the company's", async () => {
    const m = await model(
      "## A card above the bench\n\nPinned above the bench is a card listing the firm's three values. Ruth's father, Peter, wrote it out in 1998. It reads:\n\n- **Thrift** — waste nothing.\n- **Patience** — a rushed splice is weak.\n- **Straight dealing** — say what it will do.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Thrift", "Patience", "Straight dealing"]],
    ]);
  });
});

describe("rope's strands", () => {
  it("are no pillars: 'where strands are laid out and twisted together'", async () => {
    const m = await model(
      "The rope walk — a covered alley where strands are laid out and twisted together — runs 220 metres.\n",
    );
    expect(m.valueSets).toEqual([]);
    expect(m.pillars).toBeNull();
  });
});

describe("a rival that says its own statements", () => {
  it("'Forkful says its mission is …. Its vision is …, and its values are a, b and c.' are the rival's", async () => {
    const body = `${OWN}## The rival\n\nForkful says its mission is "to make cooking effortless." Its vision is "a world where nobody panics at dinner," and its values are Speed, Choice and Delight.\n`;
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });
});

describe("a set a named rival has, in a comparison", () => {
  const page = (rival: string) =>
    `---\ntitle: Hearthstone vs Copperleaf\ncompany: Hearthstone Insurance\n---\n\n# Hearthstone vs Copperleaf\n\n## Values\n\nHearthstone lists four values:\n\n- **Fairness** — the same price for loyal customers.\n- **Speed** — decisions within ten days.\n- **Plain English** — policies a teenager could follow.\n- **Accountability** — we say so when we get it wrong.\n\n${rival} has six values: mutuality, prudence, kindness, local knowledge, long memory and fair play. They're lovely to read.\n`;

  const names = async (body: string) =>
    (await model(body, true)).valueSets.map((set) => set.values.map((v) => v.name));

  it("leaves “Copperleaf has six values: …” to Copperleaf", async () => {
    expect(await names(page("Copperleaf"))).toEqual([
      ["Fairness", "Speed", "Plain English", "Accountability"],
    ]);
  });

  it("still reads “Hearthstone has six values: …” as the company's", async () => {
    expect((await names(page("Hearthstone"))).length).toBe(2);
  });
});

describe("a set the company has scrapped", () => {
  it("leaves “has also scrapped the five brand values — a, b, … —”, and reads the new ones with their own count", async () => {
    const m = await model(
      "# News\n\nThe company has also scrapped the five brand values — Fresh, Fun, Family, Flavour and Farm — that had been used in its marketing since 2016. In their place are three new values, which Acme says will go into every objective: **safety before speed**, **plain labelling** and **listening to customers**.\n",
    );
    expect(m.valueSets.map((set) => [set.declaredCount, set.values.map((v) => v.name)])).toEqual([
      [3, ["safety before speed", "plain labelling", "listening to customers"]],
    ]);
  });
});

describe("a rival's or a parent's values, told by the sentence's subject", () => {
  const front = (company: string) => `---\ntitle: Compared\ncompany: ${company}\n---\n\n`;
  const sets = async (body: string) =>
    (await model(body, true)).valueSets.map((s) => s.values.map((v) => v.name));

  it("gives a table to the rival the lead-in's “its values” points to", async () => {
    const body = `${front("Gorsebrook Coffee")}# Compared\n\n## Gorsebrook's values\n\n- **Grower first** – the farm gets paid first.\n- **Good company** – the best part of a morning.\n\n## The rivals\n\nKindlecup is a different animal: 140 sites and a loyalty app. Its mission is to "make coffee convenient," and its values are published as\n\n| Value | What it means |\n| --- | --- |\n| Speed | Under three minutes |\n| Warmth | A proper hello |\n`;
    expect(await sets(body)).toEqual([["Grower first", "Good company"]]);
  });

  it("gives a list after a colon to the rival the lead-in's “its values” points to", async () => {
    const body = `${front("Gorsebrook Coffee")}# Compared\n\n## Gorsebrook's values\n\n- **Grower first** – the farm gets paid first.\n- **Good company** – the best part of a morning.\n\n## The rivals\n\nKindlecup is a different animal. Its values are short:\n\n- Speed\n- Warmth\n`;
    expect(await sets(body)).toEqual([["Grower first", "Good company"]]);
  });

  it("gives the parent's values to the parent: “The group values …: Aldergate says it is guided by …”", async () => {
    const body = (who: string) =>
      `${front("Simmerway")}# Simmerway and its parent\n\n## What the owners say they stand for\n\nThe group values are set out in prose in the annual report: ${who} says it is guided by integrity, appetite, ownership and respect.\n`;
    expect(await sets(body("Aldergate"))).toEqual([]);
    expect(await sets(body("Simmerway"))).toEqual([
      ["integrity", "appetite", "ownership", "respect"],
    ]);
  });

  it("reads a name with a possessive inside it (“Northmoor Students' Union”) as the subject “its” points to", async () => {
    const body = `${front("University of Northmoor")}# Strategy\n\n## The Students' Union\n\nNorthmoor Students' Union is a separate charity and sets its own direction. Its values (Voice, Belonging and Fun) sit comfortably alongside ours.\n`;
    expect(await sets(body)).toEqual([]);
  });

  it("reads past “It's a lovely line …” to the rival “It also publishes …” speaks of", async () => {
    const body = `${front("Marrow Peak")}# Marrow Peak and rivals\n\n## The rivals\n\n**Alder & Stone** says its mission is "to get more people outside". It's a lovely line and the company does good work. It also publishes a tidy list of four values – Adventure, Inclusion, Sustainability and Fun – printed in every fleece.\n`;
    expect(await sets(body)).toEqual([]);
  });
});
