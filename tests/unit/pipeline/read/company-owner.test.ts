/**
 * Whose page it is when other organisations' statements are quoted on it:
 * a listicle citing many companies' missions and then its own, a subsidiary quoting its parent's,
 * a plan whose first sentence's subject is a common noun, a title that names no one, a press
 * release quoting its partner's mission (the issuer "today announced" it).
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("the page's company, not the first company it quotes", () => {
  const listicle =
    "# Ten mission statements we admire\n\n" +
    "### 1. Tarnwick Bank\n\nTarnwick's mission is “to help people in the valley buy a home and keep it.”\n\n" +
    "### 2. Ostley Books\n\nOstley's vision is a town where every child owns ten books.\n\n" +
    "## Our own mission\n\nAt Quayline, our mission is to help small firms say plainly what they do.\n\n" +
    "## FAQ\n\n### What is Quayline Studio's mission?\n\nTo help small firms say plainly what they do.\n";

  it("takes the name that says “At X, our mission” over names cited once each", async () => {
    expect((await model(listicle, true)).meta.company).toBe("Quayline Studio");
  });

  it("keeps only the page's own mission, not the cited companies'", async () => {
    const m = await model(listicle, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help small firms say plainly what they do",
    ]);
    expect(m.vision.statements).toEqual([]);
  });

  const subsidiary =
    "# Tregarron Kitchens: who we are\n\n" +
    "Tregarron Kitchens has fitted kitchens in Cornwall since 1979. We are part of the Ardley Group.\n\n" +
    "## Our mission\n\nWe exist to fit kitchens that families cook in for thirty years.\n\n" +
    "## The group\n\nThe Ardley Group's mission is “to bring craft manufacturing back to the South West”.\n";

  it("takes the name the title opens with over a parent quoted once", async () => {
    expect((await model(subsidiary, true)).meta.company).toBe("Tregarron Kitchens");
  });

  it("does not take the parent's mission as the company's", async () => {
    const m = await model(subsidiary, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "fit kitchens that families cook in for thirty years",
    ]);
  });
});

describe("a name the page does not use for itself", () => {
  it("does not take a common noun opening a sentence (“Money is tight.”)", async () => {
    const m = await model(
      "# Harlow Vale District Council Corporate Plan 2025–2029\n\nMoney is tight this year.\n\n" +
        "Harlow Vale District Council collects the bins.\n",
      true,
    );
    expect(m.meta.company).toBe("Harlow Vale District Council");
  });

  it("takes the name the body repeats when the title names no one", async () => {
    const m = await model(
      "# Mission, Vision and Values\n\nThese statements say why Hollybrook University exists.\n\n" +
        "## Mission\n\nWe teach.\n\nThe trust that owns Hollybrook University is a charity.\n",
      true,
    );
    expect(m.meta.company).toBe("Hollybrook University");
  });

  it("does not take a title's kind word the text writes in lower case (“Council Plan”)", async () => {
    const m = await model(
      "# Council Plan 2027–2031\n\nBrindlecombe District Council serves 80,000 people. " +
        "The council's vision is a district where every child can swim.\n",
      true,
    );
    expect(m.meta.company).toBe("Brindlecombe District Council");
  });

  it("does not take an owner that is a common noun (“The University's mission”)", async () => {
    const m = await model(
      "# Strategy 2030: Learning that lasts\n\nArden Vale University has taught in Arden since 1902. " +
        "The University's mission is to open learning to everyone who can benefit. " +
        "Every student at the university has a tutor.\n",
      true,
    );
    expect(m.meta.company).toBe("Arden Vale University");
  });

  it("does not take a pronoun opening a sentence (“It is not …”)", async () => {
    const m = await model(
      "# How we wrote our mission\n\n*From the blog of Pollenby Soaps, Ludlow*\n\n" +
        "It is not a list of products. It is a promise, and we wrote it on the shop wall. Pollenby Soaps made its first bar in 2015, " +
        "and Pollenby Soaps still cuts every bar by hand.\n",
      true,
    );
    expect(m.meta.company).toBe("Pollenby Soaps");
  });
});

describe("a press release's issuer, not the partner it quotes", () => {
  const release =
    "# Brackwater Robotics and Ellerby Ports Team Up on Quay Safety Trial\n\n" +
    "LEEDS — 4 May 2026 — Brackwater Robotics, a maker of inspection drones, today announced a trial with Ellerby Ports at three quays.\n\n" +
    "“Ellerby's mission is to move every container safely, and crowded quays make that hard,” said Ellerby's harbour master. “Ellerby's crews will see the results first,” he added. Ellerby's board will review it.\n\n" +
    "### About Brackwater Robotics\n\nBrackwater Robotics builds drones for ports and docks. The company exists to make heavy industry safer without putting people in harm's way.\n";

  it("takes the name that “today announced” the news", async () => {
    expect((await model(release, true)).meta.company).toBe("Brackwater Robotics");
  });

  it("reads the issuer's boilerplate mission, not the partner's", async () => {
    const m = await model(release, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make heavy industry safer without putting people in harm's way",
    ]);
  });
});

describe("a name that “today announced” something late in an analysis", () => {
  it("keeps the company whose statements the page reads", async () => {
    const page =
      "# Mission Statements in Shipping\n\nHarrowgate Freight is a haulier in Hull.\n\n" +
      "## Mission\n\nHarrowgate's mission is to move goods without wasting a mile.\n\n" +
      "## Vision\n\nHarrowgate's vision is a north where freight runs on rail.\n\n" +
      "## Values\n\nHarrowgate's values are thrift, care and candour.\n\n" +
      "## News\n\nIn other news, Tallow Lines today announced a new route to Rotterdam.\n";
    expect((await model(page, true)).meta.company).toBe("Harrowgate Freight");
  });
});

describe("a feature label before the title's colon", () => {
  const feature =
    "# Maker Profile: Tollbeck Ropes\n\n" +
    "We have sold Tollbeck's ropes in our shop since 2018, and customers keep asking why.\n\n" +
    "## What drives them\n\nTollbeck's mission is to make rope that lasts a sailor's lifetime.\n\n" +
    "Read next: [Maker Profile: Ashgill Candles](#) · [Caring for natural fibres](#)\n\n" +
    "*Tollbeck Ropes Ltd is not affiliated with this shop.*\n";

  it("names the statements' owner the title gives after it, not the label the links repeat", async () => {
    const m = await model(feature, true);
    expect(m.meta.company).toBe("Tollbeck Ropes");
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make rope that lasts a sailor's lifetime",
    ]);
  });
});

describe("“At X's, our vision …”: a possessive name after “At” is the speaker's employer", () => {
  const page = (company: string) =>
    `---\ntitle: Our vision\ncompany: ${company}\n---\n\n# Our vision\n\n` +
    `${company} is a family of schools. ${company} trains its teachers together.\n\n` +
    "At St Brannock's our vision is for every pupil to leave us confident and kind.\n";

  it("keeps the vision when the company is the school named", async () => {
    expect(
      (await model(page("St Brannock's C of E Primary School"), true)).vision.statements.map(
        (s) => s.text,
      ),
    ).toEqual(["every pupil to leave us confident and kind"]);
  });

  it("still does not keep it on another organisation's page", async () => {
    expect((await model(page("Harwell Learning Trust"), true)).vision.statements).toEqual([]);
  });
});

describe("“their mission” after “I”, “What” … “they”", () => {
  it("reads it after “I love how they …”", async () => {
    const m = await model(
      "Today was my first day at Harlan & Mew!\n\nI love how they live their mission: to make shoes worth mending.\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["make shoes worth mending"]);
  });

  it("reads the company's mission in a new starter's post (“What won me over was how they live their mission: …”)", async () => {
    const m = await model(
      "Today was my first day at Harlan & Mew!\n\nWhat won me over was how they live their mission: to make shoes worth mending for thirty years.\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make shoes worth mending for thirty years",
    ]);
  });
});

describe("an organisation called by its kind", () => {
  const paper =
    "# Board paper: new mission\n\n" +
    "## Background\n\nIn 2012 the Association's mission read “to let good homes”; tenants found it cold.\n\n" +
    "## Decision\n\nThe board approved new wording.\n\n" +
    "## Appendix\n\n> At Hollin Vale Homes, our mission is to keep every tenant warm and safe.\n";

  it("takes the name that says “At X, our mission” over “the Association's mission”", async () => {
    expect((await model(paper, true)).meta.company).toBe("Hollin Vale Homes");
  });
});

describe("a press release announcing the issuer's new name", () => {
  const release =
    "# Tarnfield Pumps Becomes Corriwell, Unveils New Mission\n\n" +
    "LEEDS — 3 June 2026 — Tarnfield Pumps Ltd, the Leeds maker of borehole pumps, today announced that it will trade as **Corriwell** with immediate effect.\n\n" +
    "Corriwell's new mission is to keep clean water flowing to every farm in the dales.\n\n" +
    "Alongside the mission, Corriwell has published its first vision: a Yorkshire where no farm waits a day for water.\n";

  it("takes the new name the issuer will trade as", async () => {
    expect((await model(release, true)).meta.company).toBe("Corriwell");
  });

  it("reads the statements given under the new name", async () => {
    const m = await model(release, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "keep clean water flowing to every farm in the dales",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a Yorkshire where no farm waits a day for water",
    ]);
  });
});

describe("a memo's title names the company the statements' owner is short for", () => {
  it("takes “Quillfeather Health” over a word the memo repeats (“Investment Committee”)", async () => {
    const page =
      "# Quillfeather Health — Seed Investment Memo (Summary)\n\n**For:** Investment Committee, 11 June\n\n| | |\n|---|---|\n| Company | Quillfeather Health Ltd |\n| Round | Seed Investment |\n\n" +
      "Quillfeather's mission is to give every community pharmacy the tools a hospital pharmacy takes for granted.\n\nThe Investment Committee should weigh the Investment case. Investment terms follow the Investment Committee's rules.\n";
    expect((await model(page, true)).meta.company).toBe("Quillfeather Health");
  });
});
