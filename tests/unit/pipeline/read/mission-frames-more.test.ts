/**
 * More frames a mission is given in: "is simple: <a noun phrase>", "the company's purpose", a
 * heading "Our mission is to …", an FAQ asking what the company is for, "the annual report gives a
 * different mission: …", a first-person quotation a reporter was told, the company's management
 * owning an ambition, and a time between the key word and its colon ("as our mission since 1988:").
 */
import { describe, expect, it } from "vitest";
import { diagnostics, frontFor, model, statementTexts } from "../../../helpers/pipeline.js";

const page = (company: string, body: string) =>
  `---\ntitle: About us\ncompany: ${company}\n---\n\n# About us\n\n${body}\n`;
const missions = (company: string, body: string) =>
  statementTexts(page(company, body), "mission", true);

describe("a noun phrase after “is simple:”", () => {
  it("is the mission", async () => {
    expect(
      await missions(
        "Brindle Dairy",
        "Our mission is simple: fresh milk on every doorstep in Kelsall, bottled the same day.",
      ),
    ).toEqual(["fresh milk on every doorstep in Kelsall, bottled the same day"]);
  });

  it("is not a remark on the mission after the colon", async () => {
    expect(
      await missions("Brindle Dairy", "Our mission is simple: nobody here can forget it."),
    ).toEqual([]);
  });
});

describe("“the company's purpose”", () => {
  it("is the page's company's own", async () => {
    expect(
      await missions(
        "Brindle Dairy",
        "The company's purpose, chalked on the dairy door, is to bottle milk that tastes of the farm.",
      ),
    ).toEqual(["bottle milk that tastes of the farm"]);
  });
});

describe("a heading “Our mission is to …”", () => {
  it("states the mission, so an FAQ answer in the same words agrees", async () => {
    const m = await model(
      "## Our mission is to teach every adult in Arlow to swim.\n\nWe run classes six days a week.\n\n## FAQ\n\n**What is your mission?**\nOur mission is to teach every adult in Arlow to swim.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["teach every adult in Arlow to swim"]);
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("an FAQ asking what the company is for", () => {
  it("answers with the mission", async () => {
    const m = await model(
      "Our mission is to put the village's land in the village's hands.\n\n## FAQ\n\n**What is the trust for?**\nTo buy land around Orme and rent it to local growers at fair rents.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put the village's land in the village's hands",
      "buy land around Orme and rent it to local growers at fair rents",
    ]);
  });

  it("does not read an answer about something else the page offers", async () => {
    const m = await model(
      "Our mission is to put the village's land in the village's hands.\n\n## FAQ\n\n**What is the joining fee for?**\nTo cover the cost of printing share certificates.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put the village's land in the village's hands",
    ]);
  });
});

describe("a second source giving a different mission", () => {
  it("is a second statement", async () => {
    expect(
      await missions(
        "Tenter Trams",
        'The website says: "Our mission is to run a tram every ten minutes on every line."\n\nBut the 2023 annual report gives a different mission: "to give the city clean, cheap and safe transport."',
      ),
    ).toEqual([
      "run a tram every ten minutes on every line",
      "give the city clean, cheap and safe transport",
    ]);
  });
});

describe("a first-person quotation told to reporters", () => {
  it("is the company's mission", async () => {
    expect(
      await missions(
        "Gannet Water",
        'Chief executive Ola Brandt spoke at the launch.\n\n"Our mission is to put a working tap in every croft on the island," she told reporters. "The rest is detail."',
      ),
    ).toEqual(["put a working tap in every croft on the island"]);
  });
});

describe("a first-person quotation told to a publication by name", () => {
  it("is the company's, the publication only the one told", async () => {
    expect(
      await missions(
        "Gannet Water",
        'Chief executive Ola Brandt told *Water Trade Monthly*: "Our purpose is to put a working tap in every croft on the island. Everything else follows."',
      ),
    ).toEqual(["put a working tap in every croft on the island"]);
  });

  it("is the company's when a clause on the chief executive stands before “told”", async () => {
    const m = await model(
      `${frontFor("Gannet Water")}Chief executive Ola Brandt, who joined from a bank in 2023, told me that the company's vision is for "an island where every croft has a working tap".\n`,
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "an island where every croft has a working tap",
    ]);
  });

  it("still leaves a listing that quotes another business by name", async () => {
    expect(
      await missions(
        "Gannet Water",
        'Other firms on the island: **Hexley Mops**: "Our mission is to clean every floor on the island."',
      ),
    ).toEqual([]);
  });
});

describe("the company telling its own people (“told staff that its purpose is …”)", () => {
  it("is the company's announcement, not someone else's account", async () => {
    expect(
      await missions(
        "Gannet Water",
        'Gannet Water has a new chief executive.\n\nThe company told staff on Monday that its purpose is now "to put a working tap in every croft on the island."',
      ),
    ).toEqual(["put a working tap in every croft on the island"]);
  });

  it("still leaves what a customer told a reporter", async () => {
    expect(
      await missions(
        "Gannet Water",
        'One crofter told the paper that its real purpose is "to sell bottled water to tourists."',
      ),
    ).toEqual([]);
  });
});

describe("the company's management owning an ambition", () => {
  it("is the company's vision", async () => {
    expect(
      await statementTexts(
        page(
          "Hollin Opticians",
          "Management's ambition is to be the best-loved optician in the Pennines by 2031.",
        ),
        "vision",
        true,
      ),
    ).toEqual(["be the best-loved optician in the Pennines by 2031"]);
  });
});

describe("a long aside between the key word and “is”", () => {
  it("takes the quotation after “mission, printed on … and on …, is “…””", async () => {
    expect(
      await missions(
        "Quarrendon Tiles",
        'Quarrendon\'s mission, painted above the kiln room and repeated at the top of every price list, is "to make floors that outlive the houses they are laid in."',
      ),
    ).toEqual(["make floors that outlive the houses they are laid in"]);
  });
});

describe("a time between the key word and the colon (“as our mission since 1988: …”)", () => {
  it("takes the clause after “has served as our mission since 1988:”", async () => {
    expect(
      await missions(
        "Ottery Looms",
        "Ask a weaver what Ottery is for and you get one answer, which has served as our mission since 1988: we weave cloth that is mended, not thrown away. It is slow work.",
      ),
    ).toEqual(["we weave cloth that is mended, not thrown away"]);
  });

  it("takes the clause after “adopted as the charity's mission that year:”", async () => {
    expect(
      await missions(
        "Ottery Looms",
        "The charity was set up in 2015 around one idea, which the weavers adopted as the charity's mission that year: teaching a loom trade to anyone who wants one.",
      ),
    ).toEqual(["teaching a loom trade to anyone who wants one"]);
  });

  it("takes the quotation after a lead-in ending “as our mission ever since:”", async () => {
    expect(
      await missions(
        "Ottery Looms",
        "When the two sisters opened the mill in 1972, they wrote one line above the door, and we have kept it as our mission ever since:\n\n> *Cloth for every home in the valley, woven to last a lifetime.*",
      ),
    ).toEqual(["Cloth for every home in the valley, woven to last a lifetime"]);
  });

  it("keeps the whole blockquote the lead-in announces, a “whether …” clause with it", async () => {
    expect(
      await missions(
        "Ottery Looms",
        "We have kept one line as our mission ever since:\n\n> *Cloth for every home in the valley, whether it stands on a hill or by the shore.*",
      ),
    ).toEqual(["Cloth for every home in the valley, whether it stands on a hill or by the shore"]);
  });
});

describe("a wording announced for the future (“would now be”, “will be”)", () => {
  it("is the mission", async () => {
    expect(
      await missions(
        "Fenwick Rail",
        'The chief executive told drivers that the company\'s purpose would now be "to get every passenger home on time".',
      ),
    ).toEqual(["get every passenger home on time"]);
    expect(
      await missions(
        "Fenwick Rail",
        "From May, Fenwick Rail's mission will be to run the cleanest trains in the north.",
      ),
    ).toEqual(["run the cleanest trains in the north"]);
  });

  it("is not what a mission would be in someone's advice", async () => {
    expect(
      await missions(
        "Fenwick Rail",
        'A better mission would be "to get every passenger home on time".',
      ),
    ).toEqual([]);
  });
});

describe("a standfirst reporting what happened to the mission", () => {
  it("is no statement, though set in bold under a headline about the purpose", async () => {
    const body =
      "---\ntitle: News\ncompany: Fenwick Rail\n---\n\n# Fenwick Rail unveils a new purpose\n\n**The rail operator has rewritten its mission and cut its values to four ahead of the franchise renewal.**\n\nFenwick Rail runs trains in Yorkshire.\n";
    expect(await statementTexts(body, "mission", true)).toEqual([]);
  });
});

describe("having a new one, then a long aside, then the quotation after a colon", () => {
  it("is the mission", async () => {
    expect(
      await missions(
        "Dunmere Ferries",
        'Dunmere Ferries has a new mission, and for once it is one you could read out on the quay without anyone groaning: "to get every islander across, safely and on time."',
      ),
    ).toEqual(["get every islander across, safely and on time"]);
  });

  it("is not a quotation a critic gives after the aside", async () => {
    expect(
      await missions(
        "Dunmere Ferries",
        'Dunmere Ferries has a new mission, though one critic summed up the launch in three words: "more of the same."',
      ),
    ).toEqual([]);
  });
});

describe("the mission named, then recited after a colon", () => {
  it("is the quotation after “… Acme's mission and recites it word for word:”", async () => {
    expect(
      await missions(
        "Kelda Seaweed",
        "She is precise about Kelda Seaweed's mission and recites it word for word: “to farm the sea so the bay ends up richer than we found it.” We talk about slogans too.",
      ),
    ).toEqual(["farm the sea so the bay ends up richer than we found it"]);
  });

  it("is not a mission that is someone else's (“a mission and quotes it …”)", async () => {
    expect(
      await missions(
        "Kelda Seaweed",
        "She once read a mission and quotes it to this day: “to be the best at everything.”",
      ),
    ).toEqual([]);
  });
});

describe("“Our purpose as a council is to …”", () => {
  it("reads the purpose after the role the owner speaks as", async () => {
    expect(
      await statementTexts(
        "# Corporate plan\n\n## Our purpose\n\nOur purpose as a council is to work with residents to make Ambleford a better place to grow up.\n",
        "mission",
        true,
      ),
    ).toEqual(["work with residents to make Ambleford a better place to grow up"]);
  });
});

describe("a mission told as unchanged, and one with a long aside in dashes", () => {
  it("reads “Our mission hasn't changed since day one: keep …”", async () => {
    expect(
      await statementTexts(
        "# Blog\n\nOur mission hasn't changed since day one: keep good tents out of landfill. What changed was how.\n",
        "mission",
        true,
      ),
    ).toEqual(["keep good tents out of landfill"]);
  });

  it("reads “What we're for hasn't really changed either: we're here to …” (an adverb in “hasn't changed”; a new clause opening on “we're”)", async () => {
    expect(
      await statementTexts(
        "# The Polgrean\n\nWe run a small hotel.\n\nWhat we're for hasn't really changed either: we're here to give families a week by the sea that they'll still be talking about at Christmas.\n",
        "mission",
        true,
      ),
    ).toEqual(["give families a week by the sea that they'll still be talking about at Christmas"]);
  });

  it("still drops a wording the sentence rejects before the colon (“That isn't why we're here: we're here to make money”)", async () => {
    expect(
      await statementTexts(
        "# The Polgrean\n\nWe run a small hotel.\n\nSome guests think we're here to make money. We aren't.\n",
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("reads “The Department's mission – and it is one we revisit, argue over and reaffirm – is to …”", async () => {
    expect(
      await statementTexts(
        "# Department of Music\n\nThe Department's mission – and it is one we revisit, argue over and, so far, always reaffirm with each new cohort – is to train musicians who can teach in every school.\n",
        "mission",
        true,
      ),
    ).toEqual(["train musicians who can teach in every school"]);
  });
});

describe("a purpose set off by dashes, then judged", () => {
  it("reads the words between the dashes, not the verdict after them", async () => {
    expect(
      await statementTexts(
        "# Review\n\n## Final thoughts\n\nHarl's purpose — to put a fair till in the hands of every small shop in the north of England — is one of the clearest in retail, and its pricing backs it up.\n",
        "mission",
        true,
      ),
    ).toEqual(["put a fair till in the hands of every small shop in the north of England"]);
  });
});

describe("an aside after the verb of the next sentence (“It reads, in full: …”)", () => {
  it("reads the quotation after “It reads, in full:”", async () => {
    expect(
      await missions(
        "Hobb Ferries",
        "Hobb Ferries is small, but its mission statement is often praised. It reads, in full: 'to get every islander to the mainland and home by dark.'",
      ),
    ).toEqual(["get every islander to the mainland and home by dark"]);
  });
});

describe("a negation in the clause before “, but its mission …”", () => {
  it("is that clause's: the mission after “but” stands", async () => {
    expect(
      await missions(
        "Hobb Ferries",
        "Hobb Ferries is not a big firm, but its mission is 'to get every islander to the mainland and home by dark.'",
      ),
    ).toEqual(["get every islander to the mainland and home by dark"]);
  });

  it("is that clause's when the next sentence gives the wording (“It reads: …”)", async () => {
    expect(
      await missions(
        "Hobb Ferries",
        "Hobb Ferries is not known outside the islands, but its mission statement is often praised. It reads: 'to get every islander to the mainland and home by dark.'",
      ),
    ).toEqual(["get every islander to the mainland and home by dark"]);
  });

  it("still rejects a negation after “but” (“but its mission is not …”)", async () => {
    expect(
      await missions(
        "Hobb Ferries",
        "Hobb Ferries is a big firm, but its mission is not 'to get every islander to the mainland and home by dark.'",
      ),
    ).toEqual([]);
  });
});

describe("the audience a statement is aimed at, after a colon", () => {
  it("is no statement: “The mission is aimed at a different reader: crew and shareholders.”", async () => {
    expect(
      await missions(
        "Hobb Ferries",
        "Our mission is to get every islander home by dark. The mission is aimed at a different reader: crew and shareholders.",
      ),
    ).toEqual(["get every islander home by dark"]);
  });
});

describe("a lead-in naming the heading the wording is published under", () => {
  it("takes the quotation after “Under the heading *Mission* on its website, the company writes:”", async () => {
    expect(
      await missions(
        "Ottery Looms",
        '## What the mill says now\n\nUnder the heading *Mission* on its website, the company writes:\n\n> "To weave cloth for every home in the valley, and to teach the trade to anyone."',
      ),
    ).toEqual(["weave cloth for every home in the valley, and to teach the trade to anyone"]);
  });

  it("takes the quotation after “Under its “Vision” heading, the mill puts it like this:” as the vision", async () => {
    expect(
      await statementTexts(
        page(
          "Ottery Looms",
          "## What the mill says now\n\nUnder its “Vision” heading, the mill puts it like this:\n\n> A valley where every home has cloth woven a mile away.",
        ),
        "vision",
        true,
      ),
    ).toEqual(["A valley where every home has cloth woven a mile away"]);
  });
});

describe("an aside naming where the wording is printed, a quoted title in it", () => {
  it("reads “X's mission, as printed on the “Our Story” page of its website, is “to …”", async () => {
    expect(
      await missions(
        "Ottery Looms",
        'Ottery\'s mission, as printed on the "Our Story" page of its website, is "to weave cloth for every home in the valley."',
      ),
    ).toEqual(["weave cloth for every home in the valley"]);
  });

  it("reads “Our vision, inspired by the words “…” (Matthew 5:16), is for …”", async () => {
    expect(
      await statementTexts(
        '---\ntitle: T\ncompany: St Brannock School\n---\n\n# T\n\n## Our vision\n\nOur vision, inspired by the words "Let your light shine" (Matthew 5:16), is for every child to discover their gifts.\n',
        "vision",
        true,
      ),
    ).toEqual(["every child to discover their gifts"]);
  });
});

describe("what the company by name “wants to” do, on a page that states nothing else", () => {
  const summary = (line: string) =>
    `**Company note: Harlow Ferries Ltd**\n\nHarlow Ferries runs four boats between the islands and the mainland. ${line} Fares rose 3% last year.\n`;

  it("is the mission", async () => {
    expect(
      await statementTexts(
        summary(
          "Harlow Ferries wants to give island families a crossing they can count on in any weather.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["give island families a crossing they can count on in any weather"]);
  });

  it("is not a dated or counted target, nor wanting to be (a vision)", async () => {
    for (const line of [
      "Harlow Ferries wants to add two boats by 2027.",
      "Harlow Ferries wants to open three new routes.",
    ])
      expect(await statementTexts(summary(line), "mission", true)).toEqual([]);
    expect(
      await statementTexts(
        summary("Harlow Ferries wants to be the crossing every islander trusts."),
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("gives way to a statement the page gives", async () => {
    expect(
      await statementTexts(
        summary(
          "Its mission is to keep the islands connected. Harlow Ferries wants to give island families a crossing they can count on.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["keep the islands connected"]);
  });

  it("is not noted as a borderline mission beside a stated one", async () => {
    const m = await model(
      summary(
        "Its mission is to keep the islands connected. Harlow Ferries wants to give island families a crossing they can count on.",
      ),
      true,
    );
    expect(diagnostics(m, "uncertain-statement")).toEqual([]);
  });
});

describe("the company's own mission, where it is kept, then the quotation after a colon", () => {
  it("reads “X's mission sits on slide 2 of the deck, before …: ‘to …’”", async () => {
    for (const body of [
      "Ottery's mission sits on the first page of the staff handbook, before the pay scales: 'to weave cloth for every home in the valley'.",
      "Our mission hangs above the loom shed door: “to weave cloth for every home in the valley.”",
    ])
      expect(await missions("Ottery Looms", body), body).toEqual([
        "weave cloth for every home in the valley",
      ]);
  });

  it("reads nothing when the quotation after the colon is not a wording (“… was mocked: ‘too long’”)", async () => {
    for (const body of [
      "Ottery's mission got a mixed reception in the valley: 'too long to remember'.",
      "Ottery's mission was printed on the first page of the handbook in 1990: 'to be the biggest mill in the north'.",
    ])
      expect(await missions("Ottery Looms", body), body).toEqual([]);
  });
});

describe("a mission said to be short, then read out in the next sentence", () => {
  it("reads the quotation after “It reads, in full:”, not those words", async () => {
    expect(
      await missions(
        "Ottery Looms",
        "Ottery's mission statement is short. It reads, in full: “To weave cloth that outlasts the loom, the weaver and the fashion.”",
      ),
    ).toEqual(["weave cloth that outlasts the loom, the weaver and the fashion"]);
  });
});

describe("“The new purpose reads: …” in a report on one company", () => {
  it("reads the quotation (the organisation's new one, named by “the new”)", async () => {
    for (const body of [
      'The new purpose reads: "To get people where they are going safely, on time and without fuss."',
      "The new purpose, Okafor said, is “to get people where they are going safely, on time and without fuss.”",
    ])
      expect(
        await missions("Vantry Rail", `Vantry Rail has a new chief executive.\n\n${body}`),
        body,
      ).toEqual(["get people where they are going safely, on time and without fuss"]);
  });
});

describe("an aside between the key word and “is … :”", () => {
  it("reads “Our purpose, as it's written on the wall, is two short sentences: “…”", async () => {
    expect(
      await missions(
        "Kestrel Payroll",
        'Our purpose, as it\'s written on the wall by the kitchen, is two short sentences: "Everyone gets paid. Everyone gets paid right."',
      ),
    ).toEqual(["Everyone gets paid. Everyone gets paid right"]);
  });
});
