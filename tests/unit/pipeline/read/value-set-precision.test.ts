/**
 * Text near values that is no list of the company's values (page furniture, tables of terms, a
 * kicker line, a labelled "Tags:" line, an appraisal of the values).
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("text near values that is not a set", () => {
  it("a byline under a values title is page furniture, not a line of names", async () => {
    const body =
      "# Twelve Core Values for Bakeries\n\n*Crumbwise journal · Posted 9 March 2025 · 6 min read · Guides*\n\nEvery bakery needs a few values.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a byline that only names its author is furniture too", async () => {
    const body =
      "# Our Core Values\n\nBy Ines Carrow · Culture · Hiring\n\nEvery bakery needs a few values.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a row of calls to action (an imported page's links, now text) is furniture", async () => {
    const body =
      "## Our values\n\n- **Thrift** – we spend with care\n- **Welcome** – every visitor is a guest\n\nWe opened in 1974.\n\nBook a tour · Become a friend · Read our annual review\n";
    expect(await sets(body)).toEqual([["Thrift", "Welcome"]]);
  });

  it("a row of links with arrows, its items longer than names, is furniture", async () => {
    const body =
      "## Our values\n\n- **Thrift** – we spend with care\n- **Welcome** – every visitor is a guest\n\nExplore our cottages and barns → · Read the full story of the farm →\n";
    expect(await sets(body)).toEqual([["Thrift", "Welcome"]]);
  });

  it("a line of names that only opens like a call to action is still a set", async () => {
    const body = "## Our values\n\nFollow through · Own it · Say it plainly\n";
    expect(await sets(body)).toEqual([["Follow through", "Own it", "Say it plainly"]]);
    const verbs = "## Our values\n\nExplore · Discover · Share\n";
    expect(await sets(verbs)).toEqual([["Explore", "Discover", "Share"]]);
  });

  it("a table of the terms mission, vision and values is a glossary, not a set", async () => {
    const body =
      "## Values\n\n| | Mission | Vision | Values |\n| --- | --- | --- | --- |\n| Answers | Why we exist | Where we go | How we behave |\n| Lasts | Years | Decades | For good |\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a question is never the name of a value", async () => {
    const body =
      "## Our values\n\n| Value | Meaning |\n| --- | --- |\n| Thrift | Spend where it shows |\n| Why bother? | Because customers notice |\n";
    expect(await sets(body)).toEqual([]);
  });

  it("'based in' a place in a values section is where, not what the company rests on", async () => {
    const body =
      "## Our principles\n\nCustomers come first. Our 30 fitters are based in six yards, each within a short drive of the homes they serve.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("what the mission, vision and values share is no list of values", async () => {
    const body =
      "## Summing up\n\nThe purpose, the mission and the values all come back to one idea: neighbours, both young and old.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a bold paragraph that speaks about the set ends the run of named values", async () => {
    const body =
      "## Our three values\n\n**Steady.** We keep our promises.\n\n**Warm.** We greet everyone.\n\n**Sharp.** We learn fast.\n\n**How the values are used.** Managers refer to them in every review.\n";
    expect(await sets(body)).toEqual([["Steady", "Warm", "Sharp"]]);
  });
});

describe("items about the set", () => {
  it("a bullet that speaks about the values is not one of them, and the count then differs", async () => {
    const m = await model(
      "## Our four values\n\n- **Steady** – we keep promises\n- **Warm** – we greet everyone\n- **Sharp** – we learn fast\n- **Living our values** – staff awards each spring\n",
    );
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [["Steady", "Warm", "Sharp"], 4],
    ]);
    expect(diagnostics(m, "count-mismatch").map((d) => d.subject)).toEqual(["values"]);
  });
});

describe("a labelled line in a values section", () => {
  it("does not read “Tags: furniture, Scotland, mission statements” as values", async () => {
    const m = await model(
      "# Acme\n\n## Values\n\n*Tags: furniture, Scotland, mission statements*\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("page furniture under a values title", () => {
  it("reads no set from the kicker line's 'Based on … and …'", async () => {
    const body =
      "# Inside Brindle Mills: culture, values and pay\n\n" +
      "*Company profile · By our editors · Based on 30 staff surveys and a tour of the works*\n\n" +
      "Brindle Mills spins wool in the Borders.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads no set from the page's closing line of links under a sign-off", async () => {
    const body =
      "## Our values\n\n- **Thrift** – waste no wool\n- **Warmth** – tea for every visitor\n\n## Do the values hold up?\n\nMostly. Thrift is easy to see on the mill floor.\n\n*Next week: a pottery that dropped its values.*\n\nSubscribe · Back issues · About Mill Letters\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth"]]);
  });

  it("reads no set from the line of links right above the page's closing copyright line", async () => {
    const body =
      "Brindle Mills spins wool.\n\n## Our values\n\n- **Thrift** – waste no wool\n- **Warmth** – tea for every visitor\n\nVisit the mill shop on Saturdays.\n\nJobs · Trade enquiries · Mill tours · Privacy\n\n© 2025 Brindle Mills Ltd.\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth"]]);
  });

  it("still reads a line of values that closes the page with no sign-off", async () => {
    const body =
      "Brindle Mills spins wool.\n\n## Our values\n\nWe wrote them in 2020.\n\nThrift · Warmth · Patience\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth", "Patience"]]);
  });
});

describe("an appraisal of the values", () => {
  it.each([
    "The values are modest, if not memorable.",
    "Its principles are plain, though hardly new.",
    "The values are worthy, but rather vague.",
  ])("is no list in “%s”", async (sentence) => {
    expect(
      await sets(`# Review\n\n## Our verdict\n\n${sentence} The staff seem to mean them.\n`),
    ).toEqual([]);
  });
});

describe("a timeline of dated commitments", () => {
  it("is no set of values: items named by a year or a date are targets", async () => {
    const body =
      "## Our values\n\n- **Patience** — we let the cheese age.\n- **Thrift** — we waste no whey.\n\n## Our commitments\n\nWe report on these each year:\n\n- **2027:** all milk from farms within thirty miles\n- **By 2029:** solar power on the dairy roof\n- **March 2031:** no plastic in any wrapper\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift"]]);
  });

  it("still reads named commitments as a set", async () => {
    const body =
      "## Our commitments\n\n- **Local milk** — from farms within thirty miles.\n- **Clean power** — the sun on our roof.\n";
    expect(await sets(body)).toEqual([["Local milk", "Clean power"]]);
  });
});

describe("a timetable of the values", () => {
  const values =
    "## Our values\n\nOur three values were chosen by pupils.\n\n| Value | What it looks like |\n| --- | --- |\n| **Courage** | Trying something new. |\n| **Kindness** | Making room for one more. |\n| **Thankfulness** | Saying thank you. |\n\n";

  it("reads the value column of a table whose rows are periods, not the periods", async () => {
    const body = `${values}### Value of the term\n\n| Term | Focus value |\n| --- | --- |\n| Autumn | Kindness |\n| Spring | Courage |\n| Summer | Thankfulness |\n`;
    expect(await sets(body)).toEqual([["Courage", "Kindness", "Thankfulness"]]);
  });

  it("reads the values from such a table when it is the only list of them", async () => {
    const body =
      "## Our values\n\n| Half-term | Value |\n| --- | --- |\n| Autumn 1 | Friendship |\n| Autumn 2 | Courage |\n| Spring 1 | Hope |\n";
    expect(await sets(body)).toEqual([["Friendship", "Courage", "Hope"]]);
  });
});

describe("a list of what something is not", () => {
  it("reads no pillars or values from the list after “It is not:”", async () => {
    const m = await model(
      "# How to write a vision\n\n## What is a vision statement?\n\nA vision statement describes the world as it will look if you succeed. It is not:\n\n- **a mission statement**, which says what you do every day;\n- **a goal**, such as “open a fourth surgery by 2026”;\n- **a slogan**, such as “Smile, you're in good hands.”\n",
    );
    expect(m.pillars).toBeNull();
    expect(m.valueSets).toEqual([]);
  });
});
