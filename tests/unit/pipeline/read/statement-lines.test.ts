/**
 * Lines that state a statement: a short label and a colon before a vision ("Ellerby in 2040: a
 * town …"), a heading "What we're here for" over a line in the present ("Ellerby Credit Union
 * helps …"), a purpose worded as a gerund ("is bringing …"), the one bullet of a slide, and a
 * statement in its section's heading ("## Our mission: to make …").
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a labelled line under its heading", () => {
  it("reads the words after “Ellerby in 2040:” as the vision, the year being its horizon", async () => {
    expect(
      await texts(
        "# Plan\n\n## Our vision\n\nEllerby in 2040: a market town where every child can walk safely to school.\n",
        "vision",
      ),
    ).toEqual(["a market town where every child can walk safely to school"]);
  });

  it("reads the words after a label under a mission heading", async () => {
    expect(
      await texts(
        "# Plan\n\n## Our mission\n\nIn one sentence: to keep the town's buses running every hour of the day.\n",
      ),
    ).toEqual(["keep the town's buses running every hour of the day"]);
  });
});

describe("a line in the first person under its heading", () => {
  it("reads “We collect, care for and share …” (verbs in a row, the first ending at a comma)", async () => {
    expect(
      await texts(
        "# About\n\n## Our mission\n\nWe collect, care for and share the stories of the estuary, so that everyone can discover them.\n",
      ),
    ).toEqual([
      "We collect, care for and share the stories of the estuary, so that everyone can discover them",
    ]);
  });
});

describe("a vision line with a passive “told to”", () => {
  it("reads “A county where no household is ever told to boil its water.”: no one reports it", async () => {
    expect(
      await texts(
        "# About\n\n## About us\n\n### Our Vision\n\nA county where no household is ever told to boil its water.\n",
        "vision",
      ),
    ).toEqual(["A county where no household is ever told to boil its water"]);
  });
});

describe("a line with a note mark", () => {
  it("reads the vision under “Vision:” without the “[1]” that points to its note", async () => {
    expect(
      await texts(
        "# Ashby Joinery\n\n## Vision:\n\nTo be the joiner every builder in the county calls first.[1]\n\n---\n\n[1] Adopted by the board in 2022.\n",
        "vision",
      ),
    ).toEqual(["be the joiner every builder in the county calls first"]);
  });
});

describe("a heading that names the purpose in other words", () => {
  it("reads the line under “What we're here for” as the mission", async () => {
    expect(
      await texts(
        "# Ellerby Credit Union\n\n## What we're here for\n\n> Ellerby Credit Union helps families in the dale\n> to borrow fairly and save a little every week.\n",
      ),
    ).toEqual([
      "Ellerby Credit Union helps families in the dale to borrow fairly and save a little every week",
    ]);
  });
});

describe("a gerund after “is”", () => {
  it("reads “Our mission is bringing …”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is bringing live music back to every village hall in the dale.\n",
      ),
    ).toEqual(["bringing live music back to every village hall in the dale"]);
  });

  it("leaves “Our mission is changing …”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is changing as the village grows and new families arrive.\n",
      ),
    ).toEqual([]);
  });
});

describe("a bold “to …” after a first-person colon", () => {
  it("reads “… the idea we still work to: **to …**” as the mission", async () => {
    expect(
      await texts(
        "# About\n\nWe opened with a single idea, and it is still the one we work to: **to get every bike in the village back on the road within a day.** That is why the workshop opens at seven.\n",
      ),
    ).toEqual(["get every bike in the village back on the road within a day"]);
  });

  it("leaves a bold target after “Our goal this year:”", async () => {
    expect(
      await texts(
        "# About\n\nOur goal this year: **to repair four thousand bikes.** We are halfway there.\n",
      ),
    ).toEqual([]);
  });
});

describe("one-bullet slides", () => {
  it("reads the only bullet under “Slide 2: Our mission” as the mission", async () => {
    const m = await model(
      "# Strategy Day\n\n## Slide 2: Our mission\n\n- To move our customers' goods across the North Sea on time, every time\n\n" +
        "## Slide 3: Our vision\n\n- Europe's most reliable short-sea freight operator by 2030\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "move our customers' goods across the North Sea on time, every time",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "Europe's most reliable short-sea freight operator by 2030",
    ]);
  });
});

describe("a statement in a heading", () => {
  it("takes “## Our mission: to make …”", async () => {
    expect(
      await texts(
        "# Brisa Bank\n\n## Our mission: to make everyday banking fair, simple and boring again\n\nBrisa is a digital bank.\n",
      ),
    ).toEqual(["make everyday banking fair, simple and boring again"]);
  });

  it("takes a bare “## Vision: a … where …” heading, its paragraphs being commentary", async () => {
    expect(
      await texts(
        "# Hollin Library\n\n## Vision: a Hollin where every adult can read a bus timetable, first go\n\nThat is a long way off, and we know it.\n",
        "vision",
      ),
    ).toEqual(["a Hollin where every adult can read a bus timetable, first go"]);
  });

  it("takes a bare “## Mission: to …” heading", async () => {
    expect(
      await texts(
        "# Hollin Library\n\n## Mission: to lend every book for free\n\nWe open at nine.\n",
      ),
    ).toEqual(["lend every book for free"]);
  });

  it("leaves a bare “## Vision: The Road Ahead” title", async () => {
    expect(
      await texts("# Acme\n\n## Vision: The Road Ahead\n\nAcme sells tea.\n", "vision"),
    ).toEqual([]);
  });

  it("leaves “## The mission: a closer look”", async () => {
    expect(await texts("# Acme\n\n## The mission: a closer look\n\nAcme sells tea.\n")).toEqual([]);
  });
});

describe("a card of bold labels on lines of their own", () => {
  it("reads the mission line of “**Founded:** 1990  / **Mission statement:** '…'”", async () => {
    expect(
      await texts(
        "---\ncompany: Acme Dairy\n---\n\n# Acme Dairy\n\n**Sector:** Food  \n**Founded:** 1990  \n**Mission statement:** 'To make the best cheese in Wales and pay our farmers fairly.'\n\nMore text.\n",
      ),
    ).toEqual(["make the best cheese in Wales and pay our farmers fairly"]);
  });
});

describe("a line under its heading that names its horizon", () => {
  it("reads a mission ending “by 2040” as the mission: a horizon, not a date of history", async () => {
    expect(
      await texts(
        "# Harbourline\n\n## Our mission\n\n> Bring clean drinking water to two million coastal homes by 2040.\n",
      ),
    ).toEqual(["Bring clean drinking water to two million coastal homes by 2040"]);
  });

  it("still drops a line dated in the past (“Since 1998 …”)", async () => {
    expect(
      await texts(
        "# Harbourline\n\n## Our mission\n\n> Since 1998 we have sold pumps to farms.\n\nOur mission is to bring clean water to every coastal home.\n",
      ),
    ).toEqual(["bring clean water to every coastal home"]);
  });
});

describe("a vision line that is a noun phrase with a clause of its own", () => {
  it("reads a plural noun with a relative clause (“Orchards where …”)", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nOrchards where every old variety is grafted again.\n",
        "vision",
      ),
    ).toEqual(["Orchards where every old variety is grafted again"]);
  });

  it("reads “The … that people set their clocks by”, a clause with no relative word", async () => {
    expect(
      await texts(
        "# About\n\n## Vision 2030\n\nThe bus company the whole valley sets its watch by.\n",
        "vision",
      ),
    ).toEqual(["The bus company the whole valley sets its watch by"]);
  });

  it("leaves a sentence about the company under the vision heading", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nThe board reviews it every year.\n\n## Our vision\n\nVisitors who come once return with friends.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a numbered sub-heading over its line", () => {
  it("reads the line under “### 2.3 Our Vision” inside a broader section", async () => {
    expect(
      await texts(
        "# Handbook\n\n## Part 2: How we work\n\n### 2.2 Welcome\n\nRead this part first.\n\n### 2.3 Our Vision\n\nA market stall in every village that sells what the village grows.\n",
        "vision",
      ),
    ).toEqual(["A market stall in every village that sells what the village grows"]);
  });
});

describe("an infinitive line under its heading, then more sentences", () => {
  it("reads the “To …” line as the mission, the sentences after it as comment", async () => {
    expect(
      await texts(
        "# Ferne Trust\n\nFerne Trust runs swimming lessons.\n\n## Why we exist\n\nTo teach every child in the dale to swim before they leave primary school. Rivers are cold and fast here. Most drownings are of children who never learned.\n",
      ),
    ).toEqual(["teach every child in the dale to swim before they leave primary school"]);
  });

  it("does not read a “To …” opening with its own subject after the comma as a line", async () => {
    expect(
      await texts(
        "# Ferne Trust\n\nFerne Trust runs swimming lessons.\n\n## Why we exist\n\nTo be honest, we started by accident. A parent asked and we said yes.\n",
      ),
    ).toEqual([]);
  });
});

describe("a label whose sentence gives its own frame", () => {
  it("reads “**Mission:** Brindle Mills' mission is to …” from after the frame, as without the label", async () => {
    expect(
      await texts(
        "# Brindle Mills\n\nA weaving mill in the valley.\n\n**Mission:** Brindle Mills' mission is to weave honest cloth for every town in Wales.\n",
      ),
    ).toEqual(["weave honest cloth for every town in Wales"]);
  });

  it("reads “Vision: Our vision is …” from after the frame", async () => {
    expect(
      await texts(
        "# Brindle Mills\n\nA weaving mill in the valley.\n\n**Vision:** Our vision is a valley where every loom is busy again.\n",
        "vision",
      ),
    ).toEqual(["a valley where every loom is busy again"]);
  });
});

describe("a line in italics that labels a quotation", () => {
  it("gives the quoted words as the statement, not the label", async () => {
    const body =
      "# Writing a mission for a dairy\n\nMost advice is written for coffee shops.\n\n_Fernhill Dairy mission statement: “To put fresh milk on every doorstep in the valley.”_\n\nThe rest of this guide shows how they got there.\n";
    const m = await model(frontFor("Fernhill Dairy") + body, true);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put fresh milk on every doorstep in the valley",
    ]);
  });
});

describe("a label with the company's name before the key word", () => {
  const read = async (line: string) =>
    (
      await model(`${frontFor("Fernhill Dairy")}# A guide\n\nSome advice first.\n\n${line}\n`, true)
    ).mission.statements.map((s) => s.text);

  it("reads “Fernhill Dairy mission statement: “…”” as the company's mission", async () => {
    expect(
      await read("Fernhill Dairy mission statement: “To put fresh milk on every doorstep.”"),
    ).toEqual(["put fresh milk on every doorstep"]);
    expect(
      await read(
        "Here is the Fernhill Dairy mission statement: “To put fresh milk on every doorstep.”",
      ),
    ).toEqual(["put fresh milk on every doorstep"]);
  });

  it("leaves another company's so labelled alone", async () => {
    expect(
      await read("Harrow Creamery mission statement: “To churn the best butter in Kent.”"),
    ).toEqual([]);
  });
});

describe("a line under its heading after a lead-in ending in a colon", () => {
  const page = (lead: string, line: string) =>
    `---\ntitle: Lesson\ncompany: Tumbletown Toys\n---\n\n# Lesson\n\nIntro.\n\n### Tumbletown's mission\n\n${lead}\n\n${line}\n\nDid you notice the last word?\n`;

  it("reads “To make toys that help children play together.” after “… on a sign above the door:”", async () => {
    expect(
      await texts(
        page(
          "The people at Tumbletown wrote their mission down and put it on a big sign above the door:",
          "To make toys that help children play together.",
        ),
        "mission",
        true,
      ),
    ).toEqual(["make toys that help children play together"]);
  });

  it("reads nothing after a lead-in to the plan or to the values", async () => {
    for (const lead of ["To deliver it, we will:", "Its values are printed below:"])
      expect(
        await texts(page(lead, "To open two new shops in Derby by spring."), "mission", true),
        lead,
      ).toEqual([]);
  });
});

describe("a line under its heading after a strapline in italics", () => {
  it("reads “To provide …” under “## Our mission” after “*Every moment matters.*”", async () => {
    expect(
      await texts(
        "# Hospice\n\n## Our mission\n\n*Every moment matters.*\n\nTo provide expert, compassionate care for people living with a life-limiting illness, wherever they need us.\n",
        "mission",
      ),
    ).toEqual([
      "provide expert, compassionate care for people living with a life-limiting illness, wherever they need us",
    ]);
  });

  it("does not read a line after a long italic paragraph, which may be the statement's own", async () => {
    expect(
      await texts(
        "# Hospice\n\n## Our mission\n\n*We want every family in the valley to know that they will never face the end of a life alone.*\n\nTo do that we raise four million pounds a year.\n",
        "mission",
      ),
    ).not.toContain("do that we raise four million pounds a year");
  });
});

describe("a line after a lead-in, under a sub-heading inside a broader section", () => {
  it("reads the line the sub-heading names", async () => {
    const body =
      "---\ntitle: Lesson\ncompany: Tumbletown Toys\n---\n\n# Lesson\n\n## Meet Tumbletown Toys\n\nTumbletown Toys makes board games.\n\n### Tumbletown's mission\n\nThey put it on a big sign above the door:\n\nTo make toys that help children play together.\n\nDid you notice the last word?\n";
    expect(await texts(body, "mission", true)).toEqual([
      "make toys that help children play together",
    ]);
  });
});

describe("a heading that states the mission in the company's own frame", () => {
  it("takes “## We exist to …” and “## We're here to …”", async () => {
    for (const [heading, mission] of [
      [
        "We exist to keep the valley's energy, and the money it makes, in the valley",
        "keep the valley's energy, and the money it makes, in the valley",
      ],
      [
        "We're here to give every child in Kelso a game on a Saturday",
        "give every child in Kelso a game on a Saturday",
      ],
    ])
      expect(
        await texts(
          `# Kelso Energy\n\nKelso Energy is owned by its members.\n\n## ${heading}\n\nEvery pound of profit goes back to members.\n`,
        ),
        heading,
      ).toEqual([mission]);
  });

  it("takes no “## Why we exist” title, nor a short “## We exist to help”", async () => {
    for (const heading of ["Why we exist", "We exist to help"])
      expect(
        await texts(
          `# Kelso Energy\n\nKelso Energy is owned by its members.\n\n## ${heading}\n\nEvery pound of profit goes back to members.\n`,
        ),
        heading,
      ).toEqual([]);
  });
});

describe("a vision's noun line with a clause or participles after its noun", () => {
  it("reads “Rivers that run clean, teem with life and are cherished …” (the verbs are the clause's)", async () => {
    expect(
      await texts(
        "# Strategy\n\n## Our vision\n\nRivers that run clean, teem with life and are cherished by the people who live beside them.\n",
        "vision",
      ),
    ).toEqual([
      "Rivers that run clean, teem with life and are cherished by the people who live beside them",
    ]);
  });

  it("reads “Harbours full of fish, valued and cared for by …” (participles after a comma)", async () => {
    expect(
      await texts(
        "# Strategy\n\n## Our vision\n\nHarbours full of fish, valued and cared for by everyone on the coast.\n",
        "vision",
      ),
    ).toEqual(["Harbours full of fish, valued and cared for by everyone on the coast"]);
  });

  it("reads “Outstanding community care, delivered by people who are proud …” (a participle before a relative clause)", async () => {
    expect(
      await texts(
        "# Strategy\n\n## Our vision\n\nOutstanding community care, delivered by people who are proud to work here.\n",
        "vision",
      ),
    ).toEqual(["Outstanding community care, delivered by people who are proud to work here"]);
  });

  it("does not read a sentence whose main verb follows the clause (“Visitors who come once return …”)", async () => {
    expect(
      await texts(
        "# Strategy\n\n## Our vision\n\nVisitors who come once return every summer with their friends.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a mission set out as lines in the first person", () => {
  it("reads '- We learn …', '- We love …' under the heading as one statement in parts", async () => {
    expect(
      await texts(
        "# About\n\n## Our Mission Statement\n\n- We learn together in the light of Christ\n- We love one another as God loves us\n- We grow in faith, hope and service\n\nThe children wrote it with us in 2021.\n",
      ),
    ).toEqual([
      "We learn together in the light of Christ; We love one another as God loves us; We grow in faith, hope and service",
    ]);
  });
  it("reads no statement from lines that are not clauses: '- We the pupils'", async () => {
    expect(
      await texts("# About\n\n## Our Mission Statement\n\n- We the pupils\n- We the staff\n"),
    ).toEqual([]);
  });
});

describe("a quotation under a sub-heading that tells of a new statement", () => {
  it("reads the blockquote under “### A new purpose” inside “## The outcome”", async () => {
    const m = await model(
      "## The outcome\n\n### A new purpose\n\nThe board adopted this in February 2024:\n\n> A safe, warm home and a landlord who listens, for every Ravensworth tenant.\n\nIt now heads every board paper.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "A safe, warm home and a landlord who listens, for every Ravensworth tenant",
    ]);
  });

  it("still leaves a quotation under “### A new supplier” inside “## The outcome”", async () => {
    const m = await model(
      "## The outcome\n\n### A new supplier\n\n> Every crate on time, every time.\n\nThat is their slogan.\n",
    );
    expect(m.mission.statements).toEqual([]);
  });
});
