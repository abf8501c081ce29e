/**
 * Sentences that look like a company's statement and are not: a glossary defining the words, a
 * parent's or part-owner's mission named on the page, an account of what the writer did under a
 * mission heading, a list of values after "its mission is …, and its values are …:", a member's
 * quip after "put it bluntly:", a pull quote from a person, a remark on the mission the page has
 * stated ("The mission is a bit long"), a clause a conjunction joins on after "job —", a part in
 * someone else's aim ("to play its part") and a byline ("A message from the Principal").
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts } from "../../../helpers/pipeline.js";

const page = (company: string, body: string) =>
  `---\ntitle: About us\ncompany: ${company}\n---\n\n# About us\n\n${body}\n`;
const missions = (company: string, body: string) =>
  statementTexts(page(company, body), "mission", true);
const visions = (company: string, body: string) =>
  statementTexts(page(company, body), "vision", true);

describe("a glossary of the words", () => {
  it("reads no statement from bullets defining mission and vision", async () => {
    const body =
      "## Key terms\n\n- **Mission** – what a business does today, and for whom.\n- **Vision** – the future the business hopes to help create.\n- **Values** – how the work is done.";
    expect(await missions("Tollard Print", body)).toEqual([]);
    expect(await visions("Tollard Print", body)).toEqual([]);
  });

  it("still reads a world told by its clause (“A world where running a business means …”)", async () => {
    expect(
      await visions(
        "Brightspan",
        '## Our vision\n\n> "A world where running a business means running the business, not the paperwork."',
      ),
    ).toEqual(["A world where running a business means running the business, not the paperwork"]);
  });

  it("still reads a statement that speaks of a business without defining one", async () => {
    expect(
      await visions(
        "Tollard Print",
        "Our vision is a town where owning a shop means time on the business, not on its forms.",
      ),
    ).toEqual(["a town where owning a shop means time on the business, not on its forms"]);
  });

  it.each([
    "in a business owned and run by the riders who use it",
    "through a company run by its own bakers",
  ])("still reads a purpose that ends on a business someone runs (“%s”)", async (tail) => {
    expect(
      await missions(
        "Tollard Print",
        `## Our purpose\n\nOur purpose is to keep cheap, honest printing in Tollard, ${tail}.`,
      ),
    ).toEqual([`keep cheap, honest printing in Tollard, ${tail}`]);
  });
});

describe("another organisation's mission named on the page", () => {
  it("leaves the mission of a parent named with “of” (the University of …)", async () => {
    expect(
      await missions(
        "Tarrant Music Department",
        "We are part of the University of Tarrant, whose mission is 'to open learning to the whole county'.",
      ),
    ).toEqual([]);
  });

  it("leaves a part-owner's mission given as the sentence's subject's", async () => {
    expect(
      await missions(
        "Orlop Ferries",
        'The Skerry Harbour Trust, which owns a third of the company, has a different mission, "to keep the harbour villages lived in all year", and names one director.',
      ),
    ).toEqual([]);
  });
});

describe("an account of what the writer did", () => {
  it("is not the mission under a mission heading", async () => {
    expect(
      await missions(
        "Pollen Grocers",
        "## Mission against the evidence\n\nWe chose twelve towns at random from Pollen's branch list and timed the drive from each to the nearest shop.",
      ),
    ).toEqual([]);
  });
});

describe("a list after a lead-in that ends on values", () => {
  it("is not a mission, though the lead-in names the mission first", async () => {
    const m = await model(
      "## Brackley's mission and values\n\nBrackley's mission is \"to get every child in the valley swimming\", and its values hang in every changing room:\n\n- **Splash** – make some noise.\n- **Stick** – keep at it.\n- **Share** – help the next one in.",
    );
    expect(m.mission.statements.map((s) => s.text)).not.toContain(
      "Splash – make some noise; Stick – keep at it; Share – help the next one in",
    );
    expect(m.mission.statements).toHaveLength(1);
  });
});

describe("a quip after “put it bluntly:”", () => {
  it("is not a second wording", async () => {
    expect(
      await visions(
        "Corran Creamery",
        'Our vision is "to be the most trusted name in Argyll cheese by 2032".\n\nAt the members\' meeting one cheesemaker put it bluntly: "Trust doesn\'t fill the vat. Milk does."',
      ),
    ).toEqual(["be the most trusted name in Argyll cheese by 2032"]);
  });
});

describe("a pull quote from a person", () => {
  it("is not the mission when it only says “we are here to …”", async () => {
    expect(
      await missions(
        "Tenby Lane Solicitors",
        "Our purpose is to give plain legal advice to families in Pembrokeshire.\n\n> “We are not here to score points. We are here to settle things, ideally out of court.”\n> — Rhian Tenby, Senior Partner",
      ),
    ).toEqual(["give plain legal advice to families in Pembrokeshire"]);
  });

  it("is the mission when the one who signs it leads the company and says how they put it", async () => {
    expect(
      await missions(
        "Cinderwick Foundry",
        "## What we're for now\n\nI asked everyone in the yard what we were for. This is how we ended up putting it:\n\n> “We're here to keep iron casting a living trade in the Marches.”\n>\n> — Harriet Cinderwick, managing director",
      ),
    ).toEqual(["keep iron casting a living trade in the Marches"]);
  });
});

describe("a page's timeline", () => {
  it("reads a mission told under a period the timeline has closed as history", async () => {
    expect(
      await missions(
        "Marrowby Instruments",
        "## History\n\n### 1961–1989: Founding and growth\n\nThe company's early catalogues stated its mission as “to build the finest balances in Europe”.\n\n### 2016–present: Employee ownership\n\nMarrowby's mission is to make precise measurement affordable for every laboratory.\n",
      ),
    ).toEqual(["make precise measurement affordable for every laboratory"]);
  });

  it("leaves a plan's period alone (“## Our Strategy 2025–2030”)", async () => {
    expect(
      await missions(
        "Marrowby Instruments",
        "## Our Strategy 2025–2030\n\nMarrowby's mission is to make precise measurement affordable for every laboratory.\n",
      ),
    ).toEqual(["make precise measurement affordable for every laboratory"]);
  });
});

describe("the writer's verdict on the statement", () => {
  it("does not read “The vision is ambitious but measurable: count the turbines.” as a vision", async () => {
    expect(
      await visions(
        "Acme Wind",
        "Acme's vision is “a valley powered by its own wind”.\n\n## Takeaways\n\n- The vision is ambitious but measurable: count the turbines.",
      ),
    ).toEqual(["a valley powered by its own wind"]);
  });

  it("does not read “The vision is stirring but hard to measure” as a vision", async () => {
    expect(
      await statementTexts(
        "# Acme Tents: an analysis\n\nAcme's vision is “a Britain where every child sleeps under the stars once a year”.\n\n## Takeaways\n\n- The vision is stirring but hard to measure.\n",
        "vision",
      ),
    ).toEqual(["a Britain where every child sleeps under the stars once a year"]);
  });
});

describe("“The purpose of <the company> is to …”", () => {
  it("reads the purpose the page names the company as owning", async () => {
    expect(
      await statementTexts(
        "---\ntitle: T\ncompany: Harlow Toy Library\n---\n\n# About\n\n## Purpose\n\nThe purpose of the Harlow Toy Library is to lend every family in the town good toys, games and puzzles for free.\n",
        "mission",
        true,
      ),
    ).toEqual(["lend every family in the town good toys, games and puzzles for free"]);
  });

  it("reads it as a mission after a long name (“of the Harlow and District Toy and Game Lending Library”)", async () => {
    expect(
      await statementTexts(
        "---\ntitle: T\ncompany: Harlow and District Toy and Game Lending Library\n---\n\n# About\n\nThe purpose of the Harlow and District Toy and Game Lending Library is to lend every family in town good toys for free.\n",
        "mission",
        true,
      ),
    ).toEqual(["lend every family in town good toys for free"]);
  });

  it("leaves the purpose of something else", async () => {
    expect(
      await statementTexts(
        "---\ntitle: T\ncompany: Harlow Toy Library\n---\n\n# About\n\nThe purpose of the Lending Code is to set out how long a family may keep each toy.\n",
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("the company called by its name's last word (“the crew exists to …”)", () => {
  it("reads “the crew exists to …” for “Farley Lifeboat Crew”", async () => {
    expect(
      await statementTexts(
        "---\ntitle: T\ncompany: Farley Lifeboat Crew\n---\n\n# Essay\n\nThe log book says that the crew exists to save lives at sea, in any weather, free of charge. I asked about it.\n",
        "mission",
        true,
      ),
    ).toEqual(["save lives at sea, in any weather, free of charge"]);
  });

  it("leaves “the board exists to …” for the same company", async () => {
    expect(
      await statementTexts(
        "---\ntitle: T\ncompany: Farley Lifeboat Crew\n---\n\n# Essay\n\nThe board exists to check the accounts each spring.\n",
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a remark on the mission the page has stated (“The mission is a bit long”)", () => {
  const stated =
    "Pellworth Rope's mission is to make rope that sailors trust with their lives.\n\n";
  it("leaves a verdict in a noun phrase after the mission is given", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nThe mission is one of the plainest in the trade, and it suits a ropewalk.`,
      ),
    ).toEqual(["make rope that sailors trust with their lives"]);
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nThe mission is rather long, but every word of it is true.`,
      ),
    ).toEqual(["make rope that sailors trust with their lives"]);
  });

  it("leaves a comparison of the mission with the vision", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nThe mission is the everyday graft, the vision is the long horizon, and both fit.`,
      ),
    ).toEqual(["make rope that sailors trust with their lives"]);
  });

  it("leaves a verdict on the mission named by a hyphenated word (“the sailor-first mission is the one …”)", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nIf it ever has to choose, the sailor-first mission is the one its crews already repeat.`,
      ),
    ).toEqual(["make rope that sailors trust with their lives"]);
  });

  it("leaves what the mission is doing (“the mission is carrying too many ideas”)", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Key takeaways\n\n- The vision is strong; the mission is carrying too many ideas at once.\n- Keep it short.`,
      ),
    ).toEqual(["make rope that sailors trust with their lives"]);
  });

  it("still reads a gerund the company owns (“Pellworth's mission is making …”)", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nPellworth's mission is making rope for every harbour in Cornwall.`,
      ),
    ).toEqual([
      "make rope that sailors trust with their lives",
      "making rope for every harbour in Cornwall",
    ]);
  });

  it("still reads “The mission is to …” said again in other words", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        `${stated}## Verdict\n\nThe mission is to keep every sailor's rope from parting.`,
      ),
    ).toEqual([
      "make rope that sailors trust with their lives",
      "keep every sailor's rope from parting",
    ]);
  });
});

describe("a vision restated as a place after “the vision is”", () => {
  it("reads “The vision is a … where …” as a wording, not a remark", async () => {
    expect(
      await visions(
        "Pellworth Rope",
        "Pellworth's vision is a harbour where no line ever parts.\n\n## Verdict\n\nThe vision is a coast where every boat comes home on a Pellworth rope.",
      ),
    ).toEqual([
      "a harbour where no line ever parts",
      "a coast where every boat comes home on a Pellworth rope",
    ]);
  });
});

describe("a clause opened by a conjunction after “job —”", () => {
  it("reads no statement from “doing their job — though …”", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        "The words seem to be doing their job — though the second slogan is a loose thread.",
      ),
    ).toEqual([]);
  });

  it("reads no statement from “some version of the mission — so it is …”", async () => {
    expect(
      await missions(
        "Pellworth Rope",
        "Its vans and its invoices all carry some version of the mission — so it is a useful case for a study of slogans.",
      ),
    ).toEqual([]);
  });
});

describe("a share in someone else's aim", () => {
  it("reads no mission from “its job is to play its part” in a shared vision", async () => {
    expect(
      await missions(
        "Wendle Parish Council",
        "## Our vision\n\nOur vision is a parish where every lane is safe to walk. That vision belongs to everyone who lives here, and the council's job is to play its part and to keep the neighbours talking.",
      ),
    ).toEqual([]);
  });

  it("reads no mission from “our role is to do our bit”", async () => {
    expect(await missions("Acme", "Our role is to do our bit for the valley's rivers.")).toEqual(
      [],
    );
  });
});

describe("a byline over the page", () => {
  it("reads no statement from an italic “A message from the Principal” line", async () => {
    const body =
      "---\ntitle: Ethos\ncompany: Acme Academy\n---\n\n# Ethos, Mission and Aims\n\n*A message from the Principal, Dr K. Adeyemi*\n\n## Our mission\n\nOur mission is to help every pupil find work they are proud of.\n";
    expect(await statementTexts(body, "mission", true)).toEqual([
      "help every pupil find work they are proud of",
    ]);
  });
});

describe("a verdict on the mission after “is”", () => {
  it("reads no statement from “X's mission is the only one that mentions price”", async () => {
    expect(
      await statementTexts(
        "# Acme\n\nAmong the brands compared, Acme's mission is the only one that mentions price.\n",
      ),
    ).toEqual([]);
  });
});

describe("statements in the plural, as a genre", () => {
  it("reads no vision from “she considered vision statements “mostly decoration””", async () => {
    expect(
      await visions(
        "Pellworth Rope",
        'Pellworth publishes no vision. Its chief executive said she considered vision statements "mostly decoration" and let the mission stand alone.',
      ),
    ).toEqual([]);
  });
});

describe("a tagline in italics", () => {
  it("reads no mission from a line that opens on a past participle (“*Built to …*”)", async () => {
    const body =
      "# Our Purpose\n\nHarwick & Lowe is a joinery shop in Leeds.\n\n*Made to outlast the mortgage.*\n\n## Our Mission\n\nOur mission is to build stairs that a family never has to think about.";
    expect(await statementTexts(body, "mission", true)).toEqual([
      "build stairs that a family never has to think about",
    ]);
  });

  it("still reads an italic line opening on a participle when a clause of its own follows", async () => {
    expect(
      await statementTexts(
        "## Our mission\n\n*Grounded in the work of the founding nurses, we care for everyone who walks in.*",
        "mission",
        true,
      ),
    ).toEqual(["Grounded in the work of the founding nurses, we care for everyone who walks in"]);
  });

  it("still reads an italic line that is a verb's plain form (“*Feed …*”) under the heading", async () => {
    expect(
      await statementTexts(
        "## Our mission\n\n*Feed every child in the valley a hot lunch.*",
        "mission",
        true,
      ),
    ).toEqual(["Feed every child in the valley a hot lunch"]);
  });
});

describe("an everyday key under a values heading", () => {
  it("still reads “Our ambition is to be …” on a page titled for its values", async () => {
    const body =
      "# What we value at Penrose Law\n\nPenrose Law is a firm of twelve solicitors.\n\nOur ambition is to be the firm people recommend to their neighbours.\n\n## Straight answers\n\nWe say what a case will cost.";
    expect(await statementTexts(body, "vision", true)).toEqual([
      "be the firm people recommend to their neighbours",
    ]);
  });

  it("reads no mission from “Our job is to …” telling how a value is lived", async () => {
    const body =
      "## What we stand for\n\n### Keep it simple\n\nTax forms are a maze. Our job is to walk people through it, not to add more doors.\n\n### Be on time\n\nWe answer the same day.";
    expect(await statementTexts(body, "mission", true)).toEqual([]);
  });

  it("still reads “Our job is to …” under a mission heading", async () => {
    expect(
      await statementTexts(
        "## Why we exist\n\nOur job is to walk every family through its taxes without fear.",
        "mission",
        true,
      ),
    ).toEqual(["walk every family through its taxes without fear"]);
  });
});

describe("a lead-in to a list, first in a mission section", () => {
  it("reads no mission from “Using the usual checklist, we can pick out:”", async () => {
    const body =
      '## Mission statement\n\nTolland Dairy\'s mission is "to put fresh milk on every doorstep in the dale."\n\n### Mission statement components\n\nUsing the checklist most textbooks teach, we can pick out:\n\n- **Customers:** "every doorstep" means every household.\n- **Product:** fresh milk.';
    expect(await statementTexts(body, "mission", true)).toEqual([
      "put fresh milk on every doorstep in the dale",
    ]);
  });
});

describe("a kind's mission, owned by “a …'s”", () => {
  it("reads no mission from “That's a teaching hospital's mission: …”", async () => {
    const body =
      'Farrow Health\'s mission is "to care for every patient as family."\n\nIts rival has the mission "to heal and to teach." That\'s a teaching hospital\'s mission: research sits beside care.';
    expect(await statementTexts(body, "mission", true)).toEqual([
      "care for every patient as family",
    ]);
  });
});

describe("a critic's argument and the writer's reading", () => {
  it("reads no mission from “Its argument, boiled down: X's mission is to …”", async () => {
    expect(
      await missions(
        "Heronsgate News",
        "A viral post took aim at Heronsgate News. Its argument, boiled down: Heronsgate's mission is to farm outrage for ad money.",
      ),
    ).toEqual([]);
  });

  it("reads “My take: X's mission is …” as a view, but “take it home with you: our mission is …” as the mission", async () => {
    expect(
      await missions(
        "Heronsgate News",
        "My take, for what it is worth: Heronsgate's mission is to farm outrage for ad money.",
      ),
    ).toEqual([]);
    expect(
      await missions(
        "Greyfriars Hospice",
        "So, once more, so that you can take it home with you: our mission is to make sure that nobody dies alone.",
      ),
    ).toEqual(["make sure that nobody dies alone"]);
  });

  it("reads “X now states its purpose plainly: to “…”” as the mission", async () => {
    expect(
      await missions(
        "Tollcross Brewery",
        "Tollcross now states its purpose plainly: to “brew honest beer for people who stay for the second pint.”",
      ),
    ).toEqual(["brew honest beer for people who stay for the second pint"]);
  });

  it("reads “Our hope, and our mission, is to …”", async () => {
    expect(
      await missions(
        "Tollcross Brewery",
        "Our hope, and our mission, is to brew honest beer for people who stay.",
      ),
    ).toEqual(["brew honest beer for people who stay"]);
  });

  it("reads no mission from “X is saying that its job is to …”", async () => {
    expect(
      await missions(
        "Kettleby Haulage",
        "Kettleby Haulage's mission is to deliver on time without fuss.\n\nThe last phrase matters. Kettleby is saying that its job is to go unnoticed.",
      ),
    ).toEqual(["deliver on time without fuss"]);
  });
});

describe("a page's table of contents and a metaphor for the statement", () => {
  it("reads no statement from a contents list item “The vision: …” naming a heading", async () => {
    const body =
      "**On this page**\n\n- The mission today\n- The vision: a harbour with no diesel\n- Key takeaways\n\n## The mission today\n\nTolland Ferries' mission is to carry the islands' people and freight safely.\n\n## The vision: a harbour with no diesel\n\nTolland Ferries' vision is a harbour with no diesel engines in it by 2035.\n\n## Key takeaways\n\n- The mission is plain.";
    expect(await visions("Tolland Ferries", body)).toEqual([
      "a harbour with no diesel engines in it by 2035",
    ]);
  });

  it("reads the wording after “vision is for a …” as the vision", async () => {
    expect(
      await visions(
        "Tolland Ferries",
        "Tolland Ferries' vision is for a harbour with no diesel engines in it by 2035.",
      ),
    ).toEqual(["a harbour with no diesel engines in it by 2035"]);
  });

  it("reads no statement from “the vision is the destination”", async () => {
    const body =
      "## The vision\n\nTolland Ferries' vision is for a harbour with no diesel engines in it by 2035.\n\nThat is a bold target for a fleet still run on diesel. The vision is the destination; the plan is the road there.";
    expect(await visions("Tolland Ferries", body)).toEqual([
      "a harbour with no diesel engines in it by 2035",
    ]);
  });
});

describe("a line about the article itself (a series blurb, an editor's note)", () => {
  const raw = (line: string) =>
    `---\ntitle: T\ncompany: Acme Boots\n---\n\n# How Acme Boots' Mission Has Changed\n\n${line}\n\n## 2001: the first wording\n\nAcme Boots' mission was to make boots for farmers.\n`;

  it("reads no mission from “Part of our … series, in which we trace how …”", async () => {
    expect(
      await statementTexts(
        raw(
          "*Part of our “Words that last” series, in which we follow how one firm's stated purpose has drifted as its trade changed.*",
        ),
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("reads no mission from “In this piece we look at how …”", async () => {
    expect(
      await statementTexts(
        raw("*In this piece we look at how a small firm rewrites its purpose as it grows.*"),
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("still reads a mission set off in italics under the title", async () => {
    expect(
      await statementTexts(
        raw("*We make boots that outlast the farmer who wears them.*"),
        "mission",
        true,
      ),
    ).toEqual(["We make boots that outlast the farmer who wears them"]);
  });
});

describe("a heading that tells what the mission does", () => {
  it("reads no mission from the bullets under “How the mission helps Tollard”", async () => {
    const body =
      "Tollard Print's mission is to print honest books for small presses.\n\n## How the mission helps Tollard\n\n- Gives new staff a clear sense of direction\n- Helps managers turn down the wrong jobs\n";
    expect(await missions("Tollard Print", body)).toEqual(["print honest books for small presses"]);
  });

  it("still reads the bullets right under “## Our mission” as the mission", async () => {
    const body =
      "## Our mission\n\n- Print honest books for small presses\n- Keep every job in the valley\n";
    expect(await missions("Tollard Print", body)).toEqual([
      "Print honest books for small presses; Keep every job in the valley",
    ]);
  });
});

describe("a report's pointer to another page", () => {
  it("reads no vision from “*Continue to: Risks, page 16*” under “Looking ahead”", async () => {
    const body =
      "Our vision is to be the most trusted grocer in the north.\n\n### Looking ahead\n\nNext year brings more pressure on household budgets.\n\n*Continue to: Risks and risk management, page 16*\n";
    expect(await visions("Tollard Print", body)).toEqual([
      "be the most trusted grocer in the north",
    ]);
  });

  it("reads no vision from “*Turn to page 9 for our plans*” under “Looking ahead”", async () => {
    const body = "### Looking ahead\n\n*Turn to page 9 for our plans*\n";
    expect(await visions("Tollard Print", body)).toEqual([]);
  });
});

describe("the writer's aim for the piece", () => {
  it("“In this post our mission is simple: to …” is no mission of the company's", async () => {
    expect(
      await statementTexts(
        "# Acme: an analysis\n\nIn this post our mission is simple: to find out what makes Acme tick.\n\nAcme's mission is to get every broken bike back on the road.\n",
      ),
    ).toEqual(["get every broken bike back on the road"]);
  });

  it("“On this show our mission is pretty simple: …” is the show's, no mission of the company's", async () => {
    for (const opening of [
      "On this show our mission",
      "On the podcast, our mission",
      "In each episode our mission",
    ])
      expect(
        await statementTexts(
          `# Fix It Forward, episode 12\n\n${opening} is pretty simple: we talk to people who are actually fixing things.\n\nAcme's mission is to get every broken bike back on the road.\n`,
        ),
      ).toEqual(["get every broken bike back on the road"]);
  });

  it("“In this report, our mission …” in a company's own report still is", async () => {
    expect(
      await statementTexts(
        "# Annual report\n\nIn this report, our mission is to get every broken bike back on the road.\n",
      ),
    ).toEqual(["get every broken bike back on the road"]);
  });
});

describe("a reviewer's verdict and a mapping onto the mission", () => {
  const stated = "Kelso's mission is to put honest, cheap soup on every table.";

  it("reads no second mission from “Kelso's mission is one of the better ones we have read”", async () => {
    expect(
      await missions(
        "Kelso Soups",
        `${stated}\n\n## Verdict\n\nKelso's mission is one of the better ones we have read this year: it is short and it names a customer.`,
      ),
    ).toEqual(["put honest, cheap soup on every table"]);
  });

  it("reads no mission from “the values connect back to the mission: low prices to “cheap”, …”", async () => {
    expect(
      await missions(
        "Kelso Soups",
        `${stated}\n\n## Values\n\nSeveral values connect back to the mission: low prices to "cheap", clear labels to "honest".`,
      ),
    ).toEqual(["put honest, cheap soup on every table"]);
  });
});

describe("the statement given, then compared with the other after “is …:”", () => {
  it("reads no second vision from “The vision is the more fragile of the two statements: reaching …”", async () => {
    expect(
      await visions(
        "Kelso Soups",
        "Kelso's vision is to have a Kelso café within a short walk of every home in Fife.\n\n## Verdict\n\nThe vision is the more fragile of the two statements: reaching every home in Fife would mean tripling the estate.",
      ),
    ).toEqual(["have a Kelso café within a short walk of every home in Fife"]);
  });
});

describe("a verdict in -ing after “is”", () => {
  it("reads no mission from “Kelso's mission is interesting because it talks about the street”", async () => {
    expect(
      await missions(
        "Kelso Soups",
        "Kelso's mission is to put honest, cheap soup on every table.\n\n## Why it made our list\n\nKelso's mission is interesting because it talks about the street, not the house.",
      ),
    ).toEqual(["put honest, cheap soup on every table"]);
  });
});

describe("an illustration after “the mission:” and a definition by metaphor", () => {
  it("reads no mission from “linked to the mission: for example, opening stores …”", async () => {
    expect(
      await missions(
        "Kelso Soups",
        "Kelso's mission is to put honest, cheap soup on every table.\n\nThe targets are clearly linked to the mission: for example, opening new shops means more people can reach a Kelso.",
      ),
    ).toEqual(["put honest, cheap soup on every table"]);
  });

  it("reads no statement from “the vision is the destination, the mission is the vehicle” nor “A clear mission is the minimum.”", async () => {
    const body =
      "Kelso's mission is to put honest, cheap soup on every table.\n\nA common way to remember it: the vision is the destination, the mission is the vehicle, the values are the rules of the road.\n\nA clear mission is the minimum.";
    expect(await missions("Kelso Soups", body)).toEqual(["put honest, cheap soup on every table"]);
    expect(await visions("Kelso Soups", body)).toEqual([]);
  });
});

describe("“what we are here to do” as a clause naming a topic", () => {
  it("reads no mission from “This page sets out what we are here to do, what we are aiming for, …”", async () => {
    expect(
      await missions(
        "Tarn Fire Service",
        "This page sets out what we are here to do, what we are aiming for, and how we expect everyone to behave.\n\n## Our mission\n\nMaking Tarn safer by preventing emergencies and responding whenever the worst happens.",
      ),
    ).toEqual([
      "Making Tarn safer by preventing emergencies and responding whenever the worst happens",
    ]);
  });
});

describe("a sentence naming the values under a purpose title", () => {
  it("is no mission: '# Harbour's new purpose' over 'Harbour's values are …'", async () => {
    const body =
      "# Harbour Mutual's new purpose\n\nHarbour Mutual's values are plain words, fair claims and owning it.\n";
    expect(await statementTexts(body, "mission", true)).toEqual([]);
  });
  it("still reads the sentence under it that states the purpose", async () => {
    const body =
      "# Harbour Mutual's new purpose\n\nHarbour Mutual's purpose is to help people recover quickly when life goes wrong.\n";
    expect(await statementTexts(body, "mission", true)).toEqual([
      "help people recover quickly when life goes wrong",
    ]);
  });
});

describe("an inverted sentence: 'Painted above the door is their mission: “…”'", () => {
  it("is the company's mission: the opening verb names no one", async () => {
    expect(
      await missions(
        "Brightwater Pumps",
        "I spent a day at Brightwater Pumps.\n\nPainted above the goods-in door is their mission: “Keep water moving for the people who depend on it.”",
      ),
    ).toEqual(["Keep water moving for the people who depend on it"]);
  });
  it("still gives a named subject its own: 'Rivalco states their mission: “…”'", async () => {
    expect(
      await missions(
        "Brightwater Pumps",
        "Brightwater Pumps's mission is to keep water moving.\n\nRivalco states their mission: “Sell more pumps than anyone.”",
      ),
    ).toEqual(["keep water moving"]);
  });
});

describe("a reviewer's ranking and a set after the key word", () => {
  it("reads no mission from 'X's mission is the most specific in the set.'", async () => {
    expect(
      await missions(
        "Tidewater",
        "Tidewater's mission is to move goods across the North Sea reliably.\n\nTidewater's mission is the most specific in the set. It names a geography.",
      ),
    ).toEqual(["move goods across the North Sea reliably"]);
  });
  it("reads no vision from 'Four pillars support the vision: coverage, fair pricing and resilience.'", async () => {
    expect(
      await visions(
        "Kestrel",
        "Kestrel's vision is to be the most trusted network in Wales.\n\n- Four pillars support the vision: coverage, fair pricing, human support and resilience.",
      ),
    ).toEqual(["be the most trusted network in Wales"]);
  });
});

describe("a critic's essay on a new purpose", () => {
  it("reads no mission after 'at least … the sentence —'", async () => {
    expect(
      await missions(
        "Tidewell",
        "Tidewell's new purpose, in full, is to help people recover faster.\n\nThe new purpose at least puts a person at the centre of the sentence — someone who has had a bad week and needs it to end.",
      ),
    ).toEqual(["help people recover faster"]);
  });
  it("names the company from a headline's possessive, not 'Tidewell's New'", async () => {
    const m = await model(
      "# Tidewell's New Purpose Is Nice. That's the Problem.\n\nLast Tuesday, Tidewell Insurance unveiled a purpose.\n\nTidewell's new purpose, in full, is to help people recover faster.\n",
      true,
    );
    expect(m.meta.company).toBe("Tidewell Insurance");
  });
});

describe("the mission and the vision spoken of together", () => {
  it("reads no vision from 'The mission and the vision are describing the same scene' nor 'The vision is the picture of …'", async () => {
    expect(
      await visions(
        "Gallowgate",
        "Gallowgate's mission is to make games you can play with your gran.\n\nThe mission and the vision are describing the same scene from two distances. The mission is the rule for the team. The vision is the picture of what happens when the rule works.",
      ),
    ).toEqual([]);
  });
});

describe("a link to the next part", () => {
  it("'*Section C: Project Details →*' under a heading about the mission states nothing", async () => {
    const m = await model(
      "## How does this project relate to your mission?\n\nIt sits at the centre of our mission as described in B1.\n\n*Section C: Project Details →*\n",
    );
    expect(m.mission.statements).toEqual([]);
  });
});

describe("a wording the next sentence calls something else", () => {
  it("“we wanted to be “the best garden centre in the county”. That was a target, not a reason to exist” states no vision", async () => {
    const m = await model(
      '## Our mission (new wording)\n\nFor years we\'ve said we wanted to be "the best garden centre in the county". That was a target, not a reason to exist.\n\nFrom Monday our mission is to help every household grow something.\n',
    );
    expect([...m.mission.statements, ...m.vision.statements].map((s) => s.text)).toEqual([
      "help every household grow something",
    ]);
  });
});

describe("a checklist for any mission statement", () => {
  it("reads no mission from the bullets after “A strong mission statement usually:”", async () => {
    const m = await model(
      "# Mission statement examples\n\n## What makes a good mission statement?\n\nBefore the examples, a quick checklist. A strong mission statement usually:\n\n- says what the organisation does and for whom;\n- hints at why it matters;\n- is short enough to remember.\n\n## 1. Acme\n\nAcme's mission is to get more people outside more often.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["get more people outside more often"]);
  });
});

describe("a part's tagline over its framed statement, and a horizon opening a line", () => {
  const page =
    "# About\n\n## Our mission\n\n**Power from the valley, for the valley.**\n\nOur mission is to generate clean electricity in the valley and keep the profits local.\n\n## Where we're going\n\n### Our vision\n\nBy 2035, a valley that produces more clean energy than it uses, owned by the people who live here.\n\n### Our objectives for 2024–2027\n\n- **More generation** – install 2 MW of solar.\n- **Warmer homes** – fund 300 energy surveys.\n";

  it("reads the framed mission, not the bold line over it", async () => {
    const m = await model(page);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "generate clean electricity in the valley and keep the profits local",
    ]);
  });

  it("keeps “By 2035,” and the future after it as one vision", async () => {
    const m = await model(page);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "By 2035, a valley that produces more clean energy than it uses, owned by the people who live here",
    ]);
  });

  it("reads no pillars from “Name – description” objectives under their own sub-heading", async () => {
    expect((await model(page)).pillars).toBeNull();
  });
});

describe("a part's tagline over its statement after a label's colon", () => {
  it("reads “… sits our mission: to …” under an italic line, not the line", async () => {
    const m = await model(
      "# About\n\n### Our Mission\n\n_Moving what matters, on time._\n\nThat's the line painted on the back of every trailer. Behind it sits our mission: to give food producers a cold chain they never have to think about.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "give food producers a cold chain they never have to think about",
    ]);
  });
});

describe("a part's tagline over the company's own first-person frame", () => {
  it("reads “We exist to …” under a short line, not the line (a blockquote or a plain one)", async () => {
    for (const line of ["> Warm before the first tram.", "Buildings that earn their street."]) {
      const m = await model(
        `# About\n\n## Our mission\n\n${line}\n\nThat is the line on our vans. Behind it sits the reason we open each morning: we exist to bake honest bread for the street and pay our bakers properly.\n`,
      );
      expect(m.mission.statements.map((s) => s.text)).toEqual([
        "bake honest bread for the street and pay our bakers properly",
      ]);
    }
  });

  it("keeps the line a label over it names the mission (“Our mission:”)", async () => {
    const m = await model(
      "# Deck\n\n## Slide 2\n\nOur mission:\n\nMake bookkeeping invisible for small firms\n\nAs Priya puts it, we exist to give every owner their evenings back.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toContain(
      "Make bookkeeping invisible for small firms",
    );
  });

  it("reads “We envision …” under a short line as the vision", async () => {
    const m = await model(
      "# About\n\n## Our vision\n\nA town with a future.\n\nWe envision a town where every school leaver can find a trade within walking distance.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a town where every school leaver can find a trade within walking distance",
    ]);
  });
});

describe("words after the key that point elsewhere", () => {
  it("reads no mission from “… is something else, and …” or a vision from “is a joke with …”", async () => {
    expect(
      await missions(
        "Quillon Coffee",
        "It is a good line, but only a motto. Quillon's mission is something else, and it is more interesting than the motto suggests.",
      ),
    ).toEqual([]);
    expect(
      await visions("Quillon Coffee", "Quillon's vision is a joke with a real target behind it."),
    ).toEqual([]);
  });

  it("reads the places a mission is published in as places, and the wording after them", async () => {
    expect(
      await missions(
        "Ostley Coffee",
        "Ostley publishes its mission in three places: the “Our Story” page, the back of every bag, and on the wall of its cafés. The wording is the same in all three:\n\n> To roast coffee that tastes of where it grew.",
      ),
    ).toEqual(["roast coffee that tastes of where it grew"]);
  });
});

describe("words that point back instead of stating", () => {
  it.each([
    "Our job is to notice which, and to help.",
    "Our mission is to do exactly that.",
    "Our mission is to change this.",
    "Our purpose is to fix it, one street at a time.",
    "Our job is to make all of that invisible.",
    "Mission: as section 2.",
    "Mission: see above.",
  ])("reads no mission from a verb and a word pointing back (“%s”)", async (line) => {
    expect(
      await missions(
        "Hartwell School",
        `Every child learns at a different pace and in a different way. ${line}`,
      ),
    ).toEqual([]);
  });

  it("still reads a mission whose verb takes a real object after such a word", async () => {
    expect(
      await missions("Hartwell School", "Our mission is to make it easy for every child to read."),
    ).toEqual(["make it easy for every child to read"]);
    expect(
      await missions("Hartwell School", "Our mission is to do that well for every family."),
    ).toEqual(["do that well for every family"]);
  });
});

describe("the organisation's own name under a statement heading", () => {
  it("is no vision: “*Hollin Lane Primary School — “motto”*” over “Our vision is …”", async () => {
    const m = await model(
      '# Our Vision\n\n*Hollin Lane Primary School — "Every day a step further"*\n\nOur vision is for every child who leaves Hollin Lane to be curious, kind and ready for whatever comes next.\n',
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every child who leaves Hollin Lane to be curious, kind and ready for whatever comes next",
    ]);
  });

  it("is no vision either when the page's company is read as another name", async () => {
    const m = await model(
      '# Our Vision\n\n*Hollin Lane Primary School — "Every day a step further"*\n\nOur vision is for every child to be curious, kind and ready for whatever comes next.\n',
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every child to be curious, kind and ready for whatever comes next",
    ]);
  });
});
