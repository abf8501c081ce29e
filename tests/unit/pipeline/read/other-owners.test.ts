/**
 * Missions and visions of other organisations named beside the company — a network it belongs to,
 * a sister brand, a shareholder, a trust over it, a unit of it, a listicle's numbered entry, the
 * subject of the sentence before "Its mission …" — a person's own "mission", and a writer's
 * description of the company's vision are not the company's, even when the other name shares a
 * word with the company's.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

const page = (company: string, body: string) =>
  `---\ntitle: About us\ncompany: ${company}\n---\n\n# About us\n\n${body}\n`;
const missions = (company: string, body: string) => texts(page(company, body), "mission", true);
const visions = (company: string, body: string) => texts(page(company, body), "vision", true);

describe("statements owned by another organisation", () => {
  it("leaves a network's mission when the network shares a word with the company", async () => {
    expect(
      await missions(
        "Millbrook Community Garden",
        "We belong to the Garden Alliance, whose mission is to put a vegetable bed within reach of every primary school.",
      ),
    ).toEqual([]);
  });

  it("leaves a sister brand's mission, its name far back in the sentence", async () => {
    expect(
      await missions(
        "Fenwick Tiles",
        "Fenwick Stoneworks, the quarrying business the family bought in 1998 and still runs apart, says its mission is to cut stone that lasts a thousand winters.",
      ),
    ).toEqual([]);
  });

  it("leaves a shareholder's mission after “whose stated mission”", async () => {
    expect(
      await missions(
        "Tolland Pumps",
        "Our largest shareholder is Dovecote Capital, a family office whose published mission is to back patient owners of small factories.",
      ),
    ).toEqual([]);
  });

  it("leaves the vision of a federation or trust the company belongs to", async () => {
    expect(
      await visions(
        "Ashby Primary",
        "Our federation's vision is a county where every village school stays open.",
      ),
    ).toEqual([]);
  });

  it("leaves the mission of the only organisation the text names as an owner", async () => {
    expect(
      await missions(
        "Bexley Food Bank",
        "Bexley Food Bank opened in a scout hut in 2012. We are one of 300 members of a national alliance. The Pantry League's mission is to make food parcels unnecessary within a generation.",
      ),
    ).toEqual([]);
  });

  it("leaves a person's “personal mission”", async () => {
    expect(
      await missions(
        "Tolland Pumps",
        "Our managing director put it plainly: my personal mission is to retire without a single lost-time accident.",
      ),
    ).toEqual([]);
    expect(
      await missions(
        "Tolland Pumps",
        "My own personal mission, honestly, is to get home for bath time four nights a week.",
      ),
    ).toEqual([]);
  });

  it("still takes the company's own mission, by its short or its full name", async () => {
    expect(
      await missions(
        "Millbrook Community Garden",
        "Millbrook's mission is to grow food with the neighbours who eat it. The Millbrook Community Garden's mission is to grow food with the neighbours who eat it.",
      ),
    ).toEqual(["grow food with the neighbours who eat it"]);
  });
});

describe("“X envisions …” by another organisation", () => {
  it("leaves a network's vision, named as the subject of “envisions”", async () => {
    expect(
      await visions(
        "Millbrook Community Garden",
        "Millbrook Community Garden opened in 2015. The Garden Alliance envisions a country where every school has a vegetable bed.",
      ),
    ).toEqual([]);
  });

  it("still takes the company's own, by name or as “the company”", async () => {
    expect(
      await visions(
        "Millbrook Community Garden",
        "Millbrook envisions a town where nobody lives more than a walk from a garden. The company envisions a garden on every estate.",
      ),
    ).toEqual([
      "a town where nobody lives more than a walk from a garden",
      "a garden on every estate",
    ]);
  });
});

describe("a person's mission", () => {
  it("does not take the author's “My own mission … is to …”", async () => {
    const m = await model(
      "# Notes\n\nAcme's mission is to get anyone who wants to sail out on the water.\n\nMy own mission, if I ever run a team, is to write values as short as Acme's.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get anyone who wants to sail out on the water",
    ]);
  });
});

describe("the job of someone the reader knows", () => {
  it("does not take “Your team lead's job is to …” on a culture page", async () => {
    expect(
      await missions(
        "Acme",
        "Acme's mission is to get every parcel home before tea. Your team lead's job is to clear the way; yours is to ask.",
      ),
    ).toEqual(["get every parcel home before tea"]);
  });
});

describe("“their mission” of companies named only by their kind", () => {
  it.each([
    'The bigger recruitment firms often describe their mission as "filling roles fast". We\'d rather fill them once.',
    "Some payroll companies describe their mission as “disrupting HR”. We're not trying to disrupt anything.",
  ])("is theirs, not the company's (“%s”)", async (line) => {
    const body = `---\ntitle: T\ncompany: Acme Payroll\n---\n\n# About\n\nOur mission is to make payday boring.\n\n${line}\n`;
    expect(await texts(body, "mission", true)).toEqual(["make payday boring"]);
  });

  it("still reads the company's own, beside companies of its kind (“Like many charities, we …”)", async () => {
    const body =
      "---\ntitle: T\ncompany: Acme Trust\n---\n\n# About\n\nLike many small charities, we describe our mission as “to help every adult in the town read”.\n";
    expect(await texts(body, "mission", true)).toEqual(["help every adult in the town read"]);
  });
});

describe("a unit's statement on its parent's page", () => {
  it("does not take “The library's vision is …” on a city's page", async () => {
    const body =
      "---\ntitle: T\ncompany: City of Carrick\n---\n\n# About\n\nOur vision is a connected, green Carrick.\n\n## Departments\n\nThe library's vision is a city where everyone can read, learn and connect.\n";
    expect(await texts(body, "vision", true)).toEqual(["a connected, green Carrick"]);
  });

  it("does not take “The church's own mission statement … is “…”” on its food bank's page", async () => {
    const body =
      "---\ntitle: T\ncompany: Eastgate Food Bank\n---\n\n# What we believe\n\nThe church's own mission statement, which you'll find on the noticeboard, is \"to know Christ and to make him known in Eastgate.\"\n\n## Our mission\n\nTo make sure nobody in Eastgate goes hungry.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "make sure nobody in Eastgate goes hungry",
    ]);
  });

  it("still takes “the church's mission” on the church's own page", async () => {
    const body =
      "---\ntitle: T\ncompany: St Ebba's Church\n---\n\n# About\n\nThe church's mission is to be a welcoming church at the heart of the village.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "be a welcoming church at the heart of the village",
    ]);
  });

  it("does not take “The foundation's mission is …” on the page of a project it hosts", async () => {
    const body =
      "---\ntitle: T\ncompany: Kelpie\n---\n\n# Charter\n\nOur mission is to make moving data between databases boring.\n\n## Governance\n\nKelpie is hosted by the Open Pipelines Foundation. The foundation's mission is to provide a vendor-neutral home for open-source data tools; it does not set the roadmap.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "make moving data between databases boring",
    ]);
  });

  it("still takes “the foundation's mission” on the foundation's own page", async () => {
    const body =
      "---\ntitle: T\ncompany: Harewood Music Foundation\n---\n\n# About\n\nThe foundation's mission is to put an instrument in every child's hands.\n";
    expect(await texts(body, "mission", true)).toEqual([
      "put an instrument in every child's hands",
    ]);
  });

  it("still takes “the bakery's mission” on a bakery's page", async () => {
    const body =
      "---\ntitle: T\ncompany: Rosalind's Bakery\n---\n\n# About\n\nThe bakery's mission is to bake bread the whole street can afford.\n";
    expect(await texts(body, "mission", true)).toEqual(["bake bread the whole street can afford"]);
  });
});

describe("someone else's description", () => {
  it("leaves a writer's “described the company's vision as “…””", async () => {
    expect(
      await texts(
        '# Highmoor\n\nHighmoor envisions a country where every child has slept under the stars.\n\nThe outdoor writer Dan Ormsby once described the company\'s vision as "a country where every child camps, as long as the tent came from Highmoor".\n',
        "vision",
      ),
    ).toEqual(["a country where every child has slept under the stars"]);
  });
});

describe("a numbered section naming another organisation", () => {
  it("leaves the statement under “## 2. Tarrow Juice Co.” on Acme's page", async () => {
    expect(
      await texts(
        '# Five missions that work\n\n## 1. Acme (featured)\n\nAcme\'s mission is to bake bread for every street in Leeds.\n\n## 2. Tarrow Juice Co.\n\n"We exist to make fruit the easy choice." Only eight words.\n',
      ),
    ).toEqual(["bake bread for every street in Leeds"]);
  });
});

describe("“Its …” opening a sentence after another organisation's", () => {
  it("gives “Its mission is …” to the sentence before's subject", async () => {
    const m = await model(
      `${frontFor("Harlow University")}Our mission is to teach and research for the good of the county.\n\nThe Harlow Students' Union is an independent charity. Its mission is to make every student's time at Harlow the best it can be.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "teach and research for the good of the county",
    ]);
  });

  it("gives a second “Its vision …” to the same subject, past the “Its mission …” between", async () => {
    const m = await model(
      `${frontFor("Harlow University")}Our vision is a county where everyone can study.\n\nThe Harlow Students' Union is an independent charity. Its mission is "to make student life better." Its vision, from its annual report, is to be the best union in the north.\n`,
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual(["a county where everyone can study"]);
  });

  it("keeps “Its mission is …” after the company's own sentence", async () => {
    const m = await model(
      `${frontFor("Harlow University")}Harlow University was founded in 1890 by the weavers of the town. Its mission is to teach and research for the good of the county.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "teach and research for the good of the county",
    ]);
  });
});

describe("'Its' opening a sentence after one the company's name opens", () => {
  it("is the company's, not the last name in that sentence", async () => {
    const m = await model(
      `${frontFor("Second Helpings Eastmoor")}Second Helpings Eastmoor, which has absorbed the Larder Link scheme, will keep its warehouse behind St Cuthbert's church. Its new mission, agreed by trustees last month, is "to make sure no good food goes to waste".\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make sure no good food goes to waste",
    ]);
  });
});

describe("the company called by another word for its kind", () => {
  it("'the school's vision' on a primary school's page is its own", async () => {
    const m = await model(
      `${frontFor("Ashby Fold Primary")}Ashby Fold Primary's vision is for every child to leave us curious.\n\nThe minutes, which the Courier has seen, state that the school's vision is "to be a place where every child is known".\n`,
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every child to leave us curious",
      "be a place where every child is known",
    ]);
  });
  it("'the library's vision' on a council's page is still the library's", async () => {
    const m = await model(
      `${frontFor("Wendle Council")}Wendle Council's vision is a borough where everyone thrives.\n\nThe library's vision is "a reader in every home".\n`,
      true,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual(["a borough where everyone thrives"]);
  });
});

describe("“Their …” after a sentence on someone's time at the company", () => {
  it("keeps the company's mission a former employee quotes: “Former Acme, left in 2023 …. Their careers page says …”", async () => {
    const m = await model(
      `${frontFor("Acme Robotics")}> Former Acme, left in 2023 for personal reasons, would go back. Their careers page says the mission is "to make warehouse work safe enough to be boring."\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make warehouse work safe enough to be boring",
    ]);
  });
});

describe("another organisation that told someone its mission", () => {
  it("leaves 'Grachtwerk, the cargo-bike maker, told investors its mission is …' to Grachtwerk", async () => {
    const m = await model(
      `${frontFor("Harkaway Cycles")}## The new mission\n\nHarkaway's mission is to get more people riding.\n\n## Elsewhere\n\n- **Cargo.** Grachtwerk, the Utrecht cargo-bike maker, told investors its mission is "to make the cargo bike the family car of the city" as it merged.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["get more people riding"]);
  });
});

describe("a rival's list under the page's values heading", () => {
  const values = async (lead: string) =>
    (
      await model(
        `${frontFor("Dunsop Broadband")}# Dunsop vs Quernside\n\n## Values compared\n\nDunsop's three values are plain speaking, fair pricing and fixing it first time.\n\n${lead}\n\n- **Ambition** – we aim high.\n- **Integrity** – we do the right thing.\n- **Inclusion** – everyone belongs.\n`,
        true,
      )
    ).valueSets.map((s) => s.values.map((v) => v.name));

  it("is the rival's when its lead-in opens on the rival: “Quernside lists six values, …:”", async () => {
    expect(await values("Quernside lists three values, each with a paragraph:")).toEqual([
      ["plain speaking", "fair pricing", "fixing it first time"],
    ]);
  });

  it("is the company's when the lead-in opens on a pronoun for its own board", async () => {
    expect(
      await values(
        "The board agreed three more. They are short on purpose, so anyone can repeat them:",
      ),
    ).toHaveLength(2);
  });
});

describe("two words between another owner's possessive and the key word", () => {
  it("is the rival's: 'Harwick’s own published mission is “…”'", async () => {
    expect(
      await missions(
        "Bellhanger Foods",
        "Bellhanger Foods' mission is to feed busy families well.\n\nBellhanger’s nearest competitor is Harwick & Daughters. Harwick’s own published mission is “to make premium convenience food accessible to all”.\n",
      ),
    ).toEqual(["feed busy families well"]);
  });
  it("is not a contraction's: 'That's why our mission is to …'", async () => {
    expect(
      await missions(
        "Hearthwell Home Care",
        "## Our mission\n\nWe believe growing older should not mean giving up your front door.\n\nThat's why our mission is to help older people live safely at home.\n",
      ),
    ).toEqual(["help older people live safely at home"]);
  });
});
