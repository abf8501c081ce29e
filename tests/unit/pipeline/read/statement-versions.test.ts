/**
 * A statement told in several versions: the company's quoted words over a retelling that drops
 * their last clause; a wording the page dates to its past ("The 2009 mission read: …", "In those
 * early years they described their mission as …"), or gives in a table's older column, is history.
 */
import { describe, expect, it } from "vitest";
import { model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a quoted wording and its retellings", () => {
  it("takes the quoted words as the statement's text", async () => {
    const page = [
      "# Acme Bakery",
      "",
      "- Acme's mission is to bake bread every street can afford, whether it is a city street or a lane.",
      "",
      "## The mission",
      "",
      "The shop gives it in one line:",
      "",
      '> "To bake bread every street can afford, whether it is a city street or a lane."',
      "",
      "## In short",
      "",
      "Acme's mission is to bake bread every street can afford, whether it is a city street or a lane.",
      "",
    ].join("\n");
    expect(await texts(page)).toEqual([
      "bake bread every street can afford, whether it is a city street or a lane",
    ]);
  });
});

describe("a quotation a mismatched mark runs on", () => {
  it("does not replace the wording with the run-on words", async () => {
    const page =
      "# Acme\n\n- Acme's mission is 'to bake bread every street can afford, whatever the town.'\n\n" +
      "On its site the company writes that its mission is ‘to bake bread every street can afford, whatever the town”. The line is printed on every bag, which is where most people see it.\n";
    expect(await texts(page)).toEqual(["bake bread every street can afford, whatever the town"]);
  });
});

describe("a vision “for” someone, quoted", () => {
  it("reads the quotation after “is for”, past an aside", async () => {
    expect(
      await texts(
        '# Acme\n\nThe vision, which is new this spring, is for "every child in the town to read by the age of seven."\n',
        "vision",
      ),
    ).toEqual(["every child in the town to read by the age of seven"]);
  });

  it("is not denied by a negation inside the aside (“which did not exist before”)", async () => {
    expect(
      await texts(
        '# Acme\n\nThe vision, which did not exist before, is for "every child in the town to read by the age of seven."\n',
        "vision",
      ),
    ).toEqual(["every child in the town to read by the age of seven"]);
  });

  it("reads a table's “For … to …” vision cell from the one it is for", async () => {
    expect(
      await texts(
        "# Acme\n\n| | 2009 | 2024 |\n| --- | --- | --- |\n| Vision | None | For every child in the town to read by seven |\n",
        "vision",
      ),
    ).toEqual(["every child in the town to read by seven"]);
  });
});

describe("a wording the page gives as past", () => {
  it("reads “The 2009 mission read: …” as history", async () => {
    expect(
      await texts(
        '# Acme\n\nThe 2009 mission read: "to be the most trusted baker in Kent." That was a ranking, not a purpose.\n\nThe new mission is to bake bread people trust.\n',
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it("reads a mission described “in those early years” as history", async () => {
    expect(
      await texts(
        '# Acme\n\nIn those early years the founders described their mission as "to keep the ovens lit", which was a plan to survive.\n\nAcme\'s mission is to bake bread people trust.\n',
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it("reads a purpose its first rule book “set out” as history", async () => {
    expect(
      await texts(
        '# Acme\n\nAcme was formed in 1950 by four bakers. Their first rule book set out their purpose as "to keep the village ovens lit and the bakers paid".\n\n## Our purpose\n\nTo bake bread people trust.\n',
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it("still reads the present after an early time: “…; today its mission is …”", async () => {
    expect(
      await texts(
        "# Acme\n\nIn its early days Acme was a market stall; today its mission is to bake bread people trust.\n",
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it("still reads a mission “at first glance” (a look, not a time)", async () => {
    expect(
      await texts("# Acme\n\nAt first glance, Acme's mission is to bake bread people trust.\n"),
    ).toEqual(["bake bread people trust"]);
  });

  it.each([
    'When we last set out a strategy, in 2018, we described our mission as "to keep the ovens lit".',
    'In 2012, Acme defined its mission as "to keep the ovens lit".',
    'Back in 2009 the bakery summed up its purpose as "to keep the ovens lit".',
    'Our last plan (2019–2024) described our mission as "to keep the ovens lit".',
    'The 2015-19 strategy set out the bakery\'s purpose as "to keep the ovens lit".',
  ])("reads a mission a past year's frame described as history (“%s”)", async (line) => {
    expect(
      await texts(
        `# Acme\n\n${line} A lot has changed.\n\nAcme's mission is to bake bread people trust.\n`,
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it.each([
    'In its 2023 annual report, Acme described its mission as "to bake bread people trust".',
    'In 2019 Acme described its mission as "to bake bread people trust", and it still does.',
    'Since 2019 Acme has described its mission as "to bake bread people trust".',
    'Our plan for 2024–2030 defined our mission as "to bake bread people trust".',
    'Since the adoption of its strategy in 2019, the society\'s stated mission has been "to bake bread people trust".',
  ])("still reads a dated frame that cites or keeps the wording (“%s”)", async (line) => {
    expect(await texts(`# Acme\n\n${line}\n`)).toEqual(["bake bread people trust"]);
  });

  it.each([
    "The company's first mission, written in 1998 when it was two people and an oven above a bike shop, was “to keep the ovens lit.”",
    "Acme's very first purpose statement read: “To keep the ovens lit.”",
  ])("reads a first wording told in the past as history (“%s”)", async (line) => {
    expect(
      await texts(`# Acme\n\n${line}\n\nAcme's mission is to bake bread people trust.\n`),
    ).toEqual(["bake bread people trust"]);
  });

  it("still reads “Our first mission is …” in the present as the statement", async () => {
    expect(await texts("# Acme\n\nOur first mission is to bake bread people trust.\n")).toEqual([
      "bake bread people trust",
    ]);
  });

  it("still reads a mission held “since its early days”", async () => {
    expect(
      await texts(
        "# Acme\n\nSince its early days, Acme's mission has been to bake bread people trust.\n",
      ),
    ).toEqual(["bake bread people trust"]);
  });
});

describe("a table that sets versions side by side", () => {
  it("reads the latest year's column only", async () => {
    expect(
      await texts(
        "# Acme\n\n| | 2009 | 2024 |\n| --- | --- | --- |\n| Mission | To be the biggest baker in the county | To bake bread people trust |\n| Values | Four words | Three sentences |\n",
      ),
    ).toEqual(["bake bread people trust"]);
  });

  it("reads the new column, not the old", async () => {
    expect(
      await texts(
        "# Acme\n\n| | Old | New |\n| --- | --- | --- |\n| Vision | A bakery in every town | A town where nobody goes without good bread |\n",
        "vision",
      ),
    ).toEqual(["A town where nobody goes without good bread"]);
  });
  it("reads the latest year's column when each header names what it holds ('2012 wording')", async () => {
    expect(
      await texts(
        "# Acme\n\n| | 2012 wording | 2023 wording |\n| --- | --- | --- |\n| Vision | To become the best-loved baker in the county | A town where nobody goes without good bread |\n",
        "vision",
      ),
    ).toEqual(["A town where nobody goes without good bread"]);
  });

  it("reads the 'Now' column when each header carries its dates ('Before (2016–2024)')", async () => {
    expect(
      await texts(
        "# Acme\n\n| | Before (2016–2024) | Now (since Sept 2024) |\n| --- | --- | --- |\n| Mission | To build the fastest oven on the market | To make good bread ordinary again |\n",
      ),
    ).toEqual(["make good bread ordinary again"]);
  });
});

describe("“It now reads:” over a quotation", () => {
  it("is the statement the sentence before names", async () => {
    const m = await model(
      '# Alder Trust\n\n## The year\n\nIn May the trustees agreed a new vision. Our previous vision read simply "Busy harbours". It now reads:\n\n> Harbour towns where every young person can find good work without leaving.\n',
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "Harbour towns where every young person can find good work without leaving",
    ]);
    expect(m.mission.statements).toEqual([]);
  });

  it("needs a statement named before it", async () => {
    const m = await model(
      "# Alder Trust\n\n## The year\n\nThe harbour sign was repainted in May. It now reads:\n\n> Harbour towns where every young person can find good work without leaving.\n",
    );
    expect(m.vision.statements).toEqual([]);
    expect(m.mission.statements).toEqual([]);
  });
});

describe("a lead-in pointing back with “it” at the statement it names first", () => {
  it("reads the quotation after “Learn the mission. … It's on the careers page:”", async () => {
    for (const last of ["It's on the careers page:", "Here it is:", "They put it like this:"]) {
      const m = await model(
        `# Interview tips\n\n## Before the day\n\nLearn the mission. They will ask what it means to you. ${last}\n\n> "To get more people outside, more often, in kit that lasts."\n`,
      );
      expect(m.mission.statements.map((s) => s.text)).toEqual([
        "get more people outside, more often, in kit that lasts",
      ]);
    }
  });

  it("reads nothing when nothing before it names a statement", async () => {
    const m = await model(
      '# Interview tips\n\n## Before the day\n\nLearn the dress code. It\'s on the careers page:\n\n> "Smart, warm and ready for a walk."\n',
    );
    expect(m.mission.statements).toEqual([]);
  });
});

describe("two wordings stated again in one sentence", () => {
  it("counts each, so the one stated most often is the primary", async () => {
    const m = await model(
      '# Marrowby Dental\n\nMarrowby Dental Group has two visions: to be "the practice families recommend first" and "a town where nobody is scared of the dentist."\n\nThe second, "a town where nobody is scared of the dentist", is the stronger.\n\nIt has two: to be "the practice families recommend first" and "a town where nobody is scared of the dentist."\n',
    );
    expect(m.vision.statements.map((s) => [s.text, s.occurrences.length])).toEqual([
      ["the practice families recommend first", 2],
      ["a town where nobody is scared of the dentist", 3],
    ]);
    expect(m.vision.primary?.text).toBe("a town where nobody is scared of the dentist");
  });
});

describe("a wording given under the page's history", () => {
  const page = (history: string) =>
    [
      "# Velmont Optical Group",
      "",
      history,
      "",
      "In 1994 the company adopted its first formal mission statement, “to be Europe's most trusted maker of lenses”.",
      "",
      "## Corporate identity",
      "",
      "Velmont's mission is to help people see their world clearly, whatever the light.",
      "",
    ].join("\n");

  it("is history when the page states the current one outside it (“## History”, “## Our heritage”, “## Early years”)", async () => {
    for (const heading of ["## History", "## Our heritage", "## Early years", "## 2. Origins"])
      expect(await texts(page(heading))).toEqual([
        "help people see their world clearly, whatever the light",
      ]);
  });

  it("stays the statement when the page gives no other (“## History” alone)", async () => {
    expect(
      await texts(
        "# Velmont\n\n## History\n\nVelmont's mission is to help people see their world clearly.\n",
      ),
    ).toEqual(["help people see their world clearly"]);
  });

  it("stays a statement under a case study's “## Background”, which tells the present", async () => {
    expect(await texts(page("## Background"))).toEqual([
      "be Europe's most trusted maker of lenses",
      "help people see their world clearly, whatever the light",
    ]);
  });
});

describe("a second wording the text calls different", () => {
  it("reads “the wording on page two is a little different: “…”” as a second mission", async () => {
    expect(
      await texts(
        '# Aldren\n\n## Mission statement\n\nAldren\'s mission is "to discover and deliver medicines that give patients more healthy years."\n\nLook at the 2025 annual report, though, and the wording on page two is a little different: "to discover medicines that give patients more good years."\n',
      ),
    ).toEqual([
      "discover and deliver medicines that give patients more healthy years",
      "discover medicines that give patients more good years",
    ]);
  });
});
