/**
 * Where an unquoted statement ends when the writer goes on in the same sentence: a reporting
 * clause (", the company says", ", as its website puts it", ", says its founder …"), an
 * apposition with a participle (", a pledge printed on every tin"), ", and that is why …", a colon
 * before a clause of the writer's own (": that is the whole point"); a concession after it
 * (", although critics call it vague") does not make it someone else's; and an aside may stand
 * after "is" ("is, in short, to …").
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts } from "../../../helpers/pipeline.js";

const page = (body: string) =>
  `---\ntitle: About\ncompany: Hobb Tins\n---\n\n# About Hobb Tins\n\nHobb Tins makes tea caddies in Sheffield.\n\n${body}\n`;
const read = (body: string, kind: "mission" | "vision" = "mission") =>
  statementTexts(page(body), kind, true);

describe("a reporting clause after the statement", () => {
  it("“, the company says” is not part of it", async () => {
    expect(
      await read("Hobb's mission is to make a caddy that outlives its owner, the company says."),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("“, it says on its website” is not part of it", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, it says on its website.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("“, as its website puts it” is not part of it", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, as its website puts it.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("“, says its founder …” is not part of it", async () => {
    expect(
      await read("Our mission is to make a caddy that outlives its owner, says founder Ada Hobb."),
    ).toEqual(["make a caddy that outlives its owner"]);
  });
});

describe("a comment joined on after the statement", () => {
  it("an apposition with a participle ends it", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, a pledge printed on every tin.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("an apposition whose complement holds “or” ends it (“, a nod to … or worse”)", async () => {
    expect(
      await read(
        "Hobb's stated vision is a city with no tea left to go stale, a nod to the trade's long habit of caddies sitting half-empty or worse.",
        "vision",
      ),
    ).toEqual(["a city with no tea left to go stale"]);
  });

  it("a list item after the statement's noun stays (“, a fair wage and a pension”)", async () => {
    expect(
      await read(
        "Hobb's vision is a town where every tinsmith has steady work, a fair wage and a pension.",
        "vision",
      ),
    ).toEqual(["a town where every tinsmith has steady work, a fair wage and a pension"]);
  });

  it("a list of objects after the first stays (“, a place to … and a plan …”)", async () => {
    expect(
      await read(
        "Hobb's mission is to give every apprentice a bench, a place to learn the trade and a plan for what comes next.",
      ),
    ).toEqual([
      "give every apprentice a bench, a place to learn the trade and a plan for what comes next",
    ]);
  });

  it("a time phrase after it is still part of it", async () => {
    expect(
      await read(
        "Hobb's vision is a town where every kitchen has a tin worth keeping, a generation from now.",
        "vision",
      ),
    ).toEqual(["a town where every kitchen has a tin worth keeping, a generation from now"]);
  });

  it("“, and that is why …” ends it", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, and that is why every tin is soldered by hand.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("“, and this means …” ends a vision too", async () => {
    expect(
      await read(
        "Hobb's vision is a town where every kitchen has a tin worth keeping, and this means repairs must be cheap.",
        "vision",
      ),
    ).toEqual(["a town where every kitchen has a tin worth keeping"]);
  });

  it("a colon before a clause of the writer's own ends it", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner: that is the whole point.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });
});

describe("a concession after the statement", () => {
  it("does not make it a critic's", async () => {
    expect(
      await read(
        "Hobb's vision is a town where every kitchen has a tin worth keeping, although critics call it quaint.",
        "vision",
      ),
    ).toEqual(["a town where every kitchen has a tin worth keeping"]);
  });

  it("does not make it hypothetical", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, though it could be shorter.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });
});

describe("an aside after “is”", () => {
  it("“is, in short, to …” states it", async () => {
    expect(
      await read("Hobb's mission is, in short, to make a caddy that outlives its owner."),
    ).toEqual(["make a caddy that outlives its owner"]);
  });
});

describe("the line under the heading, then a remark on it", () => {
  it("“We make … . It is that simple.” states the mission", async () => {
    expect(
      await read(
        "## Our mission\n\nWe make tea caddies that outlive their owners. It is that simple.",
      ),
    ).toEqual(["We make tea caddies that outlive their owners"]);
  });

  it("a vision line, then “We are a long way from it.”", async () => {
    expect(
      await read(
        "## Our vision\n\nA Sheffield where no kitchen throws away a working tin. We are a long way from it.",
        "vision",
      ),
    ).toEqual(["A Sheffield where no kitchen throws away a working tin"]);
  });

  it("a quoted line, then a remark that dates the line, not the mission", async () => {
    expect(
      await read(
        '## Our mission\n\n"To make a caddy that outlives its owner." That line has hung above the bench since 1950.',
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });

  it("is no statement when the next sentence goes on with other news", async () => {
    expect(
      await read("## Our mission\n\nWe moved to a new workshop in May. The kettle is on."),
    ).toEqual([]);
  });
});

describe("a condition's consequence after the statement", () => {
  it("ends the mission at ', then': 'If the mission is to X, then Y is the principle …'", async () => {
    expect(
      await statementTexts(
        'If the mission is to give small clinics the same software the big hospitals get, then "talk to the clinic" is the principle that protects it.\n',
      ),
    ).toEqual(["give small clinics the same software the big hospitals get"]);
  });
});

describe("more ends of a statement", () => {
  it("ends at ', and by most measures it does that well'", async () => {
    expect(
      await statementTexts(
        "Acme's mission is to provide safe, affordable homes and the support tenants need to stay in them, and by most measures it does that well.\n",
      ),
    ).toEqual(["provide safe, affordable homes and the support tenants need to stay in them"]);
  });
  it("ends a vision at ', and we think …' and at ', and everything on this page is …'", async () => {
    expect(
      await read(
        "Our vision is a future where booking a physio is as easy as booking a table, and we think the way to get there is a small team.",
        "vision",
      ),
    ).toEqual(["a future where booking a physio is as easy as booking a table"]);
    expect(
      await read(
        "Our vision is for every student to leave us knowing what they are good at, and everything on this page is about how we make that happen.",
        "vision",
      ),
    ).toEqual(["every student to leave us knowing what they are good at"]);
  });
  it("ends at ', and in our experience clear values are …' but keeps ', and in every town where people live'", async () => {
    expect(
      await read(
        "Our mission is to help small employers build workplaces people want to stay in, and in our experience clear values are one of the cheapest ways to get there.",
      ),
    ).toEqual(["help small employers build workplaces people want to stay in"]);
    expect(
      await read(
        "Our mission is to open a library in the valley, and in every town where people live far from one.",
      ),
    ).toEqual(["open a library in the valley, and in every town where people live far from one"]);
  });
  it("keeps ', and we …' in a statement that speaks as 'we' itself", async () => {
    expect(
      await read("Our mission: we mend what others throw away, and we teach people to do it too."),
    ).toEqual(["we mend what others throw away, and we teach people to do it too"]);
  });
  it("keeps a time phrase: ', a season before it needs it'", async () => {
    expect(
      await statementTexts(
        "Acme is on a mission to give every coastal council the flood data it needs, a season before it needs it.\n",
      ),
    ).toEqual(["give every coastal council the flood data it needs, a season before it needs it"]);
  });
  it("reads 'Our purpose is simple: a good home for everyone who needs one.'", async () => {
    expect(
      await statementTexts(
        "Intro.\n\nOur purpose is simple: a good home for everyone who needs one.\n",
      ),
    ).toEqual(["a good home for everyone who needs one"]);
  });
  it("still reads no statement from 'The vision is a good place to start.'", async () => {
    expect(
      await statementTexts("Acme's vision is a good place to start. It is short.\n", "vision"),
    ).toEqual([]);
  });
});

describe("words said inside a statement", () => {
  it("keeps the quoted words that close it, with their marks", async () => {
    expect(
      await statementTexts(
        'Our vision is a country where no child ever says "I\'m just not a maths person".\n',
        "vision",
      ),
    ).toEqual(['a country where no child ever says "I\'m just not a maths person"']);
  });
  it("adds no mark to a statement whose quotations are closed", async () => {
    expect(
      await statementTexts('Our vision is a town where "local" means something again.\n', "vision"),
    ).toEqual(['a town where "local" means something again']);
  });
  it("reads an age range as no errand: 'on a mission to help every child aged 5 to 16 …'", async () => {
    expect(
      await statementTexts(
        "We're on a mission to help every child aged 5 to 16 feel confident in maths.\n",
      ),
    ).toEqual(["help every child aged 5 to 16 feel confident in maths"]);
  });
});

describe("a clause of its own after a time (“, and this year we came closer …”)", () => {
  it("ends the mission before “, and this year we …”", async () => {
    expect(
      await statementTexts(
        "# Review\n\nOur mission, as I said at last year's AGM, is to help every household in the valley cut both its energy bills and its carbon, and this year we came closer to that than ever before.\n",
      ),
    ).toEqual(["help every household in the valley cut both its energy bills and its carbon"]);
  });
});

describe("an -ing word in a row of modifiers", () => {
  it("“a fresh, filling, mostly-plant lunch” goes on past “filling”", async () => {
    expect(
      await read(
        "We exist to make a fresh, filling, mostly-plant lunch something anyone can grab in five minutes.",
      ),
    ).toEqual([
      "make a fresh, filling, mostly-plant lunch something anyone can grab in five minutes",
    ]);
  });

  it("a participle taking its object still ends it: “, guiding every caddy we make”", async () => {
    expect(
      await read(
        "Hobb's mission is to make a caddy that outlives its owner, guiding every tin we make.",
      ),
    ).toEqual(["make a caddy that outlives its owner"]);
  });
});

describe("a dash before one preposition's phrases in a row", () => {
  it("keeps “— for learning, for work and for joy” in the vision", async () => {
    expect(
      await read(
        "Hobb's vision is a town where every child reads — for learning, for work and for joy.",
        "vision",
      ),
    ).toEqual(["a town where every child reads — for learning, for work and for joy"]);
  });

  it("keeps “— for guests, for our teams and for the villages we're part of”", async () => {
    expect(
      await read(
        "Our vision is to be the best-loved family of hotels — for guests, for our teams and for the villages we're part of.",
        "vision",
      ),
    ).toEqual([
      "be the best-loved family of hotels — for guests, for our teams and for the villages we're part of",
    ]);
  });

  it("still ends at a dash before a clause: “— for us it is the whole point …”", async () => {
    expect(
      await read(
        "Hobb's mission is to feed people — for us it is the whole point and for them it is lunch.",
      ),
    ).toEqual(["feed people"]);
  });
});

describe("the statement stated again without how it is done", () => {
  it("keeps “, by making …” of the fuller wording: how is the mission's own", async () => {
    const m = await model(
      "# Careers\n\nWe're here to give every tradesperson back their evenings, by making the admin of a trade business take minutes instead of hours.\n\n## FAQ\n\n**Do you have a mission statement?**\n\nYes. Our mission is to give every tradesperson back their evenings.\n",
    );
    expect(m.mission.statements.map((s) => [s.text, s.occurrences.length])).toEqual([
      [
        "give every tradesperson back their evenings, by making the admin of a trade business take minutes instead of hours",
        2,
      ],
    ]);
  });
});

describe("a vision “wants to be …” ending before a clause with its own subject", () => {
  it("ends “Morvale wants to be …” at “, and its progress will be tracked …”", async () => {
    const m = await model(
      "# Morvale Energy\n\n## Longer-term ambition\n\nThe chief executive also set out a vision for the longer term. Morvale wants to be the most trusted household energy supplier in Wales, and its progress will be tracked by an independent survey each spring.\n",
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "be the most trusted household energy supplier in Wales",
    ]);
  });
});
