/**
 * What is not a second statement, and the short or frameless statements a careful reader still
 * takes: templates and filled-in examples, an illustration ("… purpose in action:"), a frame in
 * someone else's quoted remark, the writer talking to the reader, a wording that leans on the
 * sentence before; a past wording given as a second one, a quotation the next paragraph names as
 * the mission, "Our vision? A town …".
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("short statements", () => {
  it("takes a mission of two words in a plain frame", async () => {
    expect(await texts("# About\n\nOur mission is to make anvils.\n")).toEqual(["make anvils"]);
  });

  it("still ignores a one-word “mission is to win”", async () => {
    expect(await texts("# About\n\nAcme's mission is to win.\n")).toEqual([]);
  });
});

describe("a past mission is not the company's", () => {
  it("drops “Its mission was to …” said of a satellite", async () => {
    const body =
      "# About\n\nAcme's mission is to map every field in Europe each morning.\n\n" +
      "The Kestrel-2 mission carried our first camera. Its mission was to prove that a small satellite could tell wheat from barley.\n";
    expect(await texts(body)).toEqual(["map every field in Europe each morning"]);
  });

  it("drops a customer's mission that “was …” with an aside", async () => {
    const body =
      "# About\n\nWe exist to keep hospital software running day and night.\n\n" +
      '## Customer story\n\nIts mission, in the words of its director, was "to have no patient on a trolley for more than an hour."\n';
    expect(await texts(body)).toEqual(["keep hospital software running day and night"]);
  });
});

describe("a mission adopted when the company was incorporated", () => {
  it("drops “When the company was incorporated in 1994, its first board adopted a mission “…””", async () => {
    expect(
      await texts(
        '# Case\n\nOur mission is to keep the islands connected.\n\nWhen the company was incorporated in 1994, its first board adopted a mission "to provide safe, reliable and profitable ferry services on the Sound." The sentence was printed for years.\n',
      ),
    ).toEqual(["keep the islands connected"]);
  });
});

describe("a mission in the plan the new one replaces", () => {
  it("drops “Strategy 2035 replaces Strategy 2025 …. That plan set out our mission as “…””", async () => {
    expect(
      await texts(
        '# Strategy 2035\n\nOur mission is to open doors to knowledge that changes lives.\n\nStrategy 2035 replaces *Strategy 2025*, which was adopted in 2015. That plan set out our mission as "to deliver excellent teaching and research for the benefit of the region", and it served us well.\n',
      ),
    ).toEqual(["open doors to knowledge that changes lives"]);
  });
});

describe("a mission in the founders' early pitch deck", () => {
  it("drops “The early pitch deck … described the company's mission as “…””", async () => {
    expect(
      await texts(
        "# Profile\n\nThe company's mission is to make warehouse work safer.\n\nThe early pitch deck, which she still keeps, described the company's mission as \"to build the cheapest pick-assist robot on the market.\" She winces reading it now.\n",
      ),
    ).toEqual(["make warehouse work safer"]);
  });
});

describe("the line under a Mission heading", () => {
  it("takes a plain “We <verb> …” sentence as the mission", async () => {
    expect(
      await texts(
        "## Our mission\n\nWe care for the trees of the county so that they outlive us.\n",
      ),
    ).toEqual(["We care for the trees of the county so that they outlive us"]);
  });

  it("takes a “To <verb> …” line under a Vision heading as the vision the heading names", async () => {
    expect(
      await texts(
        "## Our vision\n\nTo give every patient the care we would want for our own families.\n",
        "vision",
      ),
    ).toEqual(["give every patient the care we would want for our own families"]);
  });

  it("does not take “We believe …” as the mission", async () => {
    expect(await texts("## Our mission\n\nWe believe a garden is the cheapest therapy.\n")).toEqual(
      [],
    );
  });

  it("does not take a sentence that frames a statement as the statement itself", async () => {
    // (Another company's statement: not taken; nor is its framing sentence, "X states its mission as".)
    const body =
      '## Mission\n\nGreyfield Foods states its mission as "to sell fresh food at prices every family can manage."\n';
    expect(await texts(body)).toEqual([]);
  });

  it("does not take a quotation after the section's stated mission as a second one", async () => {
    const body =
      "## Mission statement\n\nAcme's mission is to “pay growers fairly and roast every bean at its peak”. The wording is short.\n\n" +
      "> We would rather sell less coffee than sell coffee we are not proud of.\n\n" +
      "The quote above comes from a letter to staff.\n";
    expect(await texts(body)).toEqual(["pay growers fairly and roast every bean at its peak"]);
  });
});

describe("a glossary's entry for the word", () => {
  it("reads no mission from “**Mission statement** — a qualitative statement of an organisation's purpose …”", async () => {
    expect(
      await texts(
        "# Study notes\n\n## Key words\n\n**Mission statement** — a qualitative statement of an organisation's purpose: what it does, who it serves and why it exists.\n\n**Objective** — a measurable target.\n",
      ),
    ).toEqual([]);
  });
});

describe("templates and examples", () => {
  it("does not take a template with [placeholders]", async () => {
    expect(
      await texts(
        "# Template\n\n## The template\n\n> Our mission is to [what you do] for [who you serve].\n",
      ),
    ).toEqual([]);
  });

  it("takes the full wording, not a quiz's gap-fill of it (“… or ______.”)", async () => {
    expect(
      await texts(
        '# Quiz\n\n**3.** Complete the vision: "A town where every child can walk to ______."\n\n## Answers\n\n3. "...school." The full vision is a town where every child can walk to school.\n',
        "vision",
      ),
    ).toEqual(["a town where every child can walk to school"]);
  });

  it("does not take filled-in examples under an examples heading", async () => {
    expect(
      await texts(
        "# Template\n\n## Three filled-in examples\n\n- **A bakery:** Our mission is to bake fresh bread for our neighbours every day.\n- **A plumber:** Our mission is to fix leaks for busy families before the weekend.\n",
      ),
    ).toEqual([]);
  });

  it("still takes the company's real statement under an example heading", async () => {
    const body =
      "---\ntitle: T\ncompany: Ellery Hardware\n---\n\n# Guide\n\n## A real example: Ellery Hardware\n\nEllery Hardware states its mission as “to help every household in Bath fix things instead of throwing them away.”\n";
    expect(await texts(body, "mission", true)).toEqual([
      "help every household in Bath fix things instead of throwing them away",
    ]);
  });
});

describe("a wording given in the past", () => {
  it("takes “described its mission as “to become …”” as a second wording", async () => {
    expect(
      await texts(
        "# Yarrow\n\nYarrow's mission is to make honest cheese from our own herd.\n\nIn its 2024 grant application the company described its mission as “to become the South West's leading artisan cheese brand”.\n",
      ),
    ).toEqual([
      "make honest cheese from our own herd",
      "become the South West's leading artisan cheese brand",
    ]);
  });
});

describe("not statements", () => {
  it("leaves “the company's purpose in action: …” (an illustration)", async () => {
    expect(
      await texts(
        "# About\n\nYou have seen the company's purpose in action: good bread, close to home, at a fair price.\n",
      ),
    ).toEqual([]);
  });

  it("leaves a frame inside a customer's quoted remark", async () => {
    expect(
      await texts(
        "# Profile\n\nAnother calls the owner “a man with a vision, and the vision is a better heel”.\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("leaves a writer's gloss with “real” in scare quotes", async () => {
    expect(
      await texts(
        "# Essay\n\nAcme's mission is to mend every shoe worth mending.\n\nDunmore (2022) argues that Acme's \"real\" mission is to sell polish at a mark-up.\n",
      ),
    ).toEqual(["mend every shoe worth mending"]);
  });

  it("leaves a numbered table's caption, however it is set", async () => {
    expect(
      await texts(
        "# Essay\n\nAcme's mission is to mend every shoe worth mending.\n\n## Evaluating the mission statement\n\nScholars list nine components a mission should address. Table 1 applies them to it.\n\n**Table 1: Acme's mission against the nine components**\n\n| Component | Present? |\n| --- | --- |\n| Customers | Yes |\n",
      ),
    ).toEqual(["mend every shoe worth mending"]);
  });

  it("reads the quotation after “The vision is one line, set in large type:”, not the description", async () => {
    expect(
      await texts(
        '# Review\n\n## The vision\n\nThe vision is one line, set in large type across page five:\n\n> "To be the cobbler a town builds its high street around."\n',
        "vision",
      ),
    ).toEqual(["be the cobbler a town builds its high street around"]);
  });

  it("leaves a verdict that the vision is “the strongest line” the company has", async () => {
    expect(
      await texts(
        "# Review\n\n## Takeaways\n\n- The vision is the strongest line Acme has, so build from it\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("still takes a quoted first-person frame", async () => {
    expect(
      await texts(
        "# Profile\n\nThe sign says “At Acme, our mission is to mend every shoe worth mending.”\n",
      ),
    ).toEqual(["mend every shoe worth mending"]);
  });
});

describe("statements", () => {
  it("takes a quotation the next paragraph calls “our mission”", async () => {
    expect(
      await texts(
        "# About\n\n## What keeps us going\n\n> To make rope a sailor can trust with their life.\n>\n> — the founding deed, 1961\n\nThose words are read to every apprentice, and they are still our mission.\n",
      ),
    ).toEqual(["make rope a sailor can trust with their life"]);
  });

  it("takes the answer to “Our vision?” when it is a noun phrase", async () => {
    expect(
      await texts(
        "# Home\n\n## Looking further ahead\n\nOur vision? A town where nobody puts up with hearing loss.\n",
        "vision",
      ),
    ).toEqual(["A town where nobody puts up with hearing loss"]);
  });

  it("takes the answer to “Their mission?” in a blog's run of sentences", async () => {
    expect(
      await texts(
        "# Acme Rope\n\nI love this brand. Their mission? To make rope a sailor can trust, which is a lovely line.\n",
      ),
    ).toEqual(["make rope a sailor can trust"]);
  });

  it("takes an FAQ answer on the line right under its question", async () => {
    expect(
      await texts(
        "# Acme Rope\n\nWe make rope.\n\n## FAQ\n\n**What is Acme's mission?**\nTo make rope a sailor can trust.\n\n**Where are you?**\nHull.\n",
      ),
    ).toEqual(["make rope a sailor can trust"]);
  });

  it("takes an answer labelled “A:” under a question labelled “Q:”", async () => {
    expect(
      await texts(
        "# Acme Rope\n\nWe make rope.\n\n## FAQ\n\n**Q: What is Acme's mission in one line?**\nA: To make rope a sailor can trust.\n\n**Q: Where are you?**\nA: Hull.\n",
      ),
    ).toEqual(["make rope a sailor can trust"]);
  });

  it("takes an answer under a question heading numbered “Q2:”", async () => {
    expect(
      await texts(
        "# Acme Rope\n\nWe make rope.\n\n## FAQ\n\n### Q1: Where are you?\n\nHull.\n\n### Q2: What is Acme's mission?\n\nTo make rope a sailor can trust.\n",
      ),
    ).toEqual(["make rope a sailor can trust"]);
  });
});

describe("the writer talking to the reader under a mission heading", () => {
  it("leaves “Let's take it word by word.”", async () => {
    expect(
      await texts(
        "# Acme\n\nAcme's mission is to bake bread for every street in Leeds.\n\n## What the mission tells us\n\nLet's take it word by word.\n\n- **Bread**: the product.\n",
      ),
    ).toEqual(["bake bread for every street in Leeds"]);
  });
});

describe("a wording that leans on the sentence before", () => {
  it("leaves “Our job is to make them …” after the things “them” names", async () => {
    expect(
      await texts(
        "# Acme\n\nOur purpose is to help families through the hardest weeks of their lives.\n\nThose weeks are never easy: a move, a divorce, a death. Our job is to make them a little lighter.\n",
      ),
    ).toEqual(["help families through the hardest weeks of their lives"]);
  });

  it("leaves “Our job is to shift that.” after the state of things “that” names", async () => {
    expect(
      await texts(
        "# Acme\n\nWe exist to put a game night on every family's calendar.\n\nMost households play twice a year. Our job is to shift that.\n",
      ),
    ).toEqual(["put a game night on every family's calendar"]);
  });
});

describe("a plan after the mission", () => {
  it("does not read the steps after “we will:” as a mission, though the paragraph names it", async () => {
    expect(
      await texts(
        "# Acme Pantry\n\n## Our plan for 2027\n\nThe board has restated our mission for these years: to end hunger in Dunmere by tackling its causes. Over the next two years we will:\n\n1. open a second pantry in the market hall;\n2. train 30 volunteers as debt advisers;\n3. press the county for a hardship fund.\n",
      ),
    ).toEqual(["end hunger in Dunmere by tackling its causes"]);
  });
});

describe("a key word in a concession is no statement", () => {
  it("ignores “We ask everyone, whatever their role, to …”", async () => {
    const body =
      "# Welcome to Acme\n\nAcme exists to make invoicing dull.\n\nMonth end is busy. We ask everyone, whatever their role, to keep the last week of each month free of leave, so you see a month end early.\n";
    expect(await texts(body)).toEqual(["make invoicing dull"]);
  });

  it("ignores “whatever its mission, to …” said of charities in general", async () => {
    const body =
      "# About Acme\n\nAcme exists to make invoicing dull.\n\nEvery charity needs, whatever its mission, to file accounts on time, or it is fined.\n";
    expect(await texts(body)).toEqual(["make invoicing dull"]);
  });
});

describe("a statement asked about, set as a task, or pointed back at", () => {
  const given =
    "# Worksheet\n\nOur mission is to mend every bicycle in the Wendle valley for free.\n\n";

  it("drops “whether Acme's purpose is a … or a …”: a question the reader is to judge", async () => {
    expect(
      await texts(
        `${given}The case asks you to decide whether Acme's stated purpose is a source of pride or a cost it can no longer bear.\n`,
        "vision",
      ),
    ).toEqual([]);
  });

  it("drops the parts a task names: “Underline the mission in two colours: who …”", async () => {
    expect(
      await texts(
        `${given}Underline the mission in two colours: who it serves and what it promises them.\n`,
      ),
    ).toEqual(["mend every bicycle in the Wendle valley for free"]);
  });

  it("still reads a task that quotes the mission: “Underline the mission: “To …””", async () => {
    expect(
      await texts(
        "# Worksheet\n\nUnderline the mission: “To mend every bicycle in the Wendle valley for free.”\n",
      ),
    ).toEqual(["mend every bicycle in the Wendle valley for free"]);
  });

  it("drops “the mission — it is …”: the dash goes on about another wording", async () => {
    expect(
      await texts(
        `${given}Do not call "Fix it. Ride it." the mission — it is the slogan on the van.\n`,
      ),
    ).toEqual(["mend every bicycle in the Wendle valley for free"]);
  });
});

describe("a wording the page has called a slogan", () => {
  it("is no mission when someone later calls it one (“Their mission statement is “Play on”.”)", async () => {
    const body =
      "---\ntitle: Q&A\ncompany: Tarn Toys\n---\n\n# Is this their mission?\n\nNo – _Play on_ is their slogan. The company doesn't call it a mission.\n\nTarn Toys' mission is to make toys that outlast their first owner.\n\nTheir mission statement is \"Play on\". It's on everything they make.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "make toys that outlast their first owner",
    ]);
  });
});

describe("a wording the next sentence says is gone", () => {
  it("is no second mission: “Last year's report described X's purpose as “…”. That line is gone.”", async () => {
    const body =
      "# Tarn Water's 2024 Annual Report: Purpose and Numbers\n\nTarn published its report last week.\n\n## A new purpose\n\nThe biggest change is on page 2. Last year's report described Tarn's purpose as \"supplying water at a fair price\". That line is gone. This year the report says:\n\n> Our purpose is to keep clean water flowing for the next hundred years.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "keep clean water flowing for the next hundred years",
    ]);
  });
});

describe("a value's gloss after “describes it as” in a values section", () => {
  it("is no second mission", async () => {
    const body =
      "---\ntitle: Essay\ncompany: Tarn Bank\n---\n\n# Essay\n\nTarn Bank's mission is to make money feel less like a mystery.\n\n## The values don't help\n\nTarn lists three values: Clarity, Nerve and Kindness. Nerve is the interesting one — the page describes it as “shipping before we feel ready” — and it sits badly next to the mission.\n";
    expect(await texts(body, "mission", true)).toEqual(["make money feel less like a mystery"]);
  });
});

describe("an instruction someone gave, beside the wording", () => {
  it("is no hearsay: '…, which Dr Okafor told us to check, and there the mission is “…”'", async () => {
    const m = await model(
      'Acme\'s mission is to connect every neighbourhood.\n\nThen I opened the annual report, which Dr Okafor told us to check as well, and there the mission is "to run the safest bus network in the region".\n',
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "connect every neighbourhood",
      "run the safest bus network in the region",
    ]);
  });
});

describe("someone's reading of the mission that the company turns down", () => {
  it("is no statement when the next sentence rejects it: “Halvard rejected that reading”", async () => {
    expect(
      await texts(
        '# News\n\nHalvard\'s purpose is "to get people back on their feet".\n\n"Strip away the language and the mission is to sell more policies north of the Tees," said Priya Ramadan of Collick Brandt, who covers regional insurers. Halvard rejected that reading.\n',
      ),
    ).toEqual(["get people back on their feet"]);
  });

  it("is no statement when the next paragraph opens by rejecting it: “Varga rejects that flatly.”", async () => {
    expect(
      await texts(
        '# Feature\n\nTallis\'s mission is to map every footpath in the county.\n\nOne former engineer was blunter. "The mission is to get bought," she said.\n\nVarga rejects that flatly. "We are not building to sell."\n',
      ),
    ).toEqual(["map every footpath in the county"]);
  });

  it("still takes a wording when what the next sentence rejects is something else", async () => {
    expect(
      await texts(
        "# News\n\nHalvard's mission is to get people back on their feet. The board rejected a merger offer in May.\n",
      ),
    ).toEqual(["get people back on their feet"]);
  });
});

describe("a tagline under the page's title", () => {
  it("is no mission when a part of the page below states it: “Moving what matters, on time.”", async () => {
    expect(
      await texts(
        "# Our purpose\n\nMoving what matters, on time.\n\n## Why we exist\n\nOur purpose is to keep small manufacturers' goods moving.\n",
        "mission",
        true,
      ),
    ).toEqual(["keep small manufacturers' goods moving"]);
  });

  it("still takes a “To …” line under the title", async () => {
    expect(
      await texts(
        "# Our mission\n\nTo feed every child in Leeds well.\n\n## How we live our mission\n\nWe cook every day.\n",
        "mission",
        true,
      ),
    ).toEqual(["feed every child in Leeds well"]);
  });
});

describe("wordings beside the statement, or others' credit", () => {
  it("leaves the target a colon gives: “The vision is paired with a hard target: electrify …”", async () => {
    expect(
      await texts(
        "# Analysis\n\nHalvard's vision is a country where every parcel moves without burning diesel. The vision is paired with a hard target: electrify 60% of the urban fleet by 2030.\n",
        "vision",
      ),
    ).toEqual(["a country where every parcel moves without burning diesel"]);
  });

  it("leaves a vision the company is only “sometimes credited with”", async () => {
    expect(
      await texts(
        "# Analysis\n\nCotterstone's vision is a county where every worked-out quarry becomes a nature reserve. It is sometimes credited with a second vision, \"to be Britain's greenest quarry operator\", which turns up in trade articles.\n",
        "vision",
      ),
    ).toEqual(["a county where every worked-out quarry becomes a nature reserve"]);
  });
});

describe("a rival's statements after a sentence that opens on a phrase, then “it”", () => {
  it("gives “Its mission is …” after “With 600 shops, it competes …” to the rival named before", async () => {
    const body =
      '# Acme Roasters\n\nAcme\'s mission is to "pay growers fairly and roast coffee worth the wait."\n\n## The comparison\n\nCastellan Coffee is a very different business. With more than 600 shops, it competes on reach. Its mission is to "put a cup of coffee near every home," and its stated vision is to be the biggest coffee brand in Europe.\n';
    expect(await texts(body, "mission")).toEqual([
      "pay growers fairly and roast coffee worth the wait",
    ]);
    expect(await texts(body, "vision")).toEqual([]);
  });
});

describe("a tagline over a part on why the company does its work", () => {
  it("is no mission: “Smiles that last a lifetime.” over “## Why we do what we do”", async () => {
    expect(
      await texts(
        "# Our purpose\n\nSmiles that last a lifetime.\n\n## Why we do what we do\n\nAt Sedgefield Dental our purpose is to make dental care something families look forward to.\n",
        "mission",
        true,
      ),
    ).toEqual(["make dental care something families look forward to"]);
  });
});

describe("the place a statement or a set takes, not its wording", () => {
  it("leaves “the mission is “the first thing we read out to every new starter””", async () => {
    expect(
      await texts(
        '# Case study\n\nPellworth\'s mission is to fit kitchens that last thirty years. Its director says the mission is "the first thing we read out to every new starter".\n',
      ),
    ).toEqual(["fit kitchens that last thirty years"]);
  });

  it("reads no values from “They are the first thing we talk about at interview …”", async () => {
    const m = await model(
      "# Values\n\nOur six values were written in 2022 by residents and staff. They are the first thing we talk about at interview and the last thing we talk about at appraisal.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a news headline naming the statement", () => {
  it("does not make the standfirst under it the vision", async () => {
    expect(
      await texts(
        '# Rovers unveil new vision as club looks beyond the pitch\n\n*Board sets out "Rovers 2030" plan at packed supporters\' meeting — but not everyone is sold*\n\nThe club\'s new vision is "a Rovers that belongs to the whole town".\n',
        "vision",
        true,
      ),
    ).toEqual(["a Rovers that belongs to the whole town"]);
  });

  // A press release's headline opens with the organisation's full name ("Gorsemoor Building
  // Society sets out …"): the tagger calls the verb after a run of names a noun.
  it("does not make a list of commitments under “X Building Society sets out new purpose …” the mission", async () => {
    expect(
      await texts(
        "# Gorsemoor Building Society sets out new purpose after member consultation\n\nThe Society today announced a new purpose: to help people in Lancashire own a home.\n\nAs part of the new purpose, the Society has committed to:\n\n- lend £1 billion to first-time buyers by 2028;\n- keep all 38 branches open;\n- double its support team.\n",
        "mission",
        true,
      ),
    ).toEqual(["help people in Lancashire own a home"]);
  });

  it("still reads the list under a label heading that names the statement and its organisation", async () => {
    expect(
      await texts(
        "# The Harbour Trust Mission Statement for 2025 to 2030\n\n- Keep the harbour open to every boat\n- Teach every child in the town to swim\n- Pay our crews fairly\n",
        "mission",
        true,
      ),
    ).toEqual([
      "Keep the harbour open to every boat; Teach every child in the town to swim; Pay our crews fairly",
    ]);
  });
});

describe("a verdict, then a row of fragments summing the statement up", () => {
  it("leaves “The mission is short and concrete: water transport, clean, reliable, fairly priced.”", async () => {
    expect(
      await texts(
        "# Analysis\n\nSallowford's mission is to move freight by water across the estuary. The mission is short and concrete: water transport, clean, reliable, fairly priced.\n",
      ),
    ).toEqual(["move freight by water across the estuary"]);
  });

  it("still takes a row of phrases after a one-word verdict: “Our vision is simple: healthy rivers, secure water, thriving towns.”", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is simple: healthy rivers, secure water, thriving towns.\n",
        "vision",
      ),
    ).toEqual(["healthy rivers, secure water, thriving towns"]);
  });
});
