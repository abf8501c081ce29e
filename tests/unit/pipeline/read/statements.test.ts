/**
 * Mission and vision statements: each phrasing form (a horizontal Purpose | Vision | Values table
 * among them), where the statement ends, and the grouping of near-identical phrasings into one
 * statement with several occurrences (a repeat without a frame, one wording in two verb forms).
 */
import { describe, expect, it } from "vitest";
import { readDoc } from "../../../../src/pipeline/read/blocks.js";
import { groupStatements, samePhrasing } from "../../../../src/pipeline/read/statement-group.js";
import { clean } from "../../../../src/pipeline/read/statement-span.js";
import { type Candidate, findStatements } from "../../../../src/pipeline/read/statements.js";
import type { Occurrence } from "../../../../src/schema/schema.js";
import { model, parse, statementTexts as texts } from "../../../helpers/pipeline.js";

/** Statements of `kind` in `body` (under front matter: the body starts on line 6). */
async function statements(body: string, kind: "mission" | "vision" = "mission") {
  return (await model(body))[kind].statements;
}

describe("phrasing forms", () => {
  it("reads “our mission is to …” and places it at the statement", async () => {
    expect(
      await statements("# About\n\nOur mission is to inspire creativity and bring joy.\n"),
    ).toEqual([
      {
        text: "inspire creativity and bring joy",
        occurrences: [{ line: 8, column: 16, section: "About" }],
        confidence: 0.9,
        evidence: { cue: "“mission is …”", context: "section “About”" },
      },
    ]);
  });

  it("reads “the mission statement of X “…”” up to the closing quote", async () => {
    const found = await statements(
      "# About\n\nThe mission statement of TikTok “Inspire creativity and bring joy.” is short.\n",
    );
    expect(found).toEqual([
      {
        text: "Inspire creativity and bring joy",
        occurrences: [{ line: 8, column: 34, section: "About" }],
        confidence: 0.85,
        evidence: { cue: "“mission statement “…””", context: "section “About”" },
      },
    ]);
  });

  it("reads “vision is simple: To …”", async () => {
    const found = await statements(
      "# About\n\nTikTok’s vision is simple: To be the most trusted platform for creators.\n",
      "vision",
    );
    expect(found.map((s) => [s.text, s.occurrences[0]?.column])).toEqual([
      ["be the most trusted platform for creators", 28],
    ]);
  });

  it("reads “we envision …” as a vision, wherever it starts", async () => {
    const found = await statements(
      "# About\n\nToday we envision a world where every voice is heard.\n",
      "vision",
    );
    expect(found.map((s) => [s.text, s.occurrences[0]?.line, s.occurrences[0]?.column])).toEqual([
      // The statement is what is envisioned, as a reader quotes it.
      ["a world where every voice is heard", 8, 19],
    ]);
  });

  it("reads a blockquote in a Mission section", async () => {
    const found = await statements("# Mission\n\n> Inspire creativity and bring joy.\n");
    expect(found).toEqual([
      {
        text: "Inspire creativity and bring joy",
        occurrences: [{ line: 8, column: 3, section: "Mission" }],
        confidence: 0.75,
        evidence: { cue: "quotation", context: "section “Mission”" },
      },
    ]);
  });

  it("reads a paragraph that is only a quotation in a Vision section", async () => {
    const found = await statements(
      "# Vision\n\n“To be the leading destination for short-form video.”\n",
      "vision",
    );
    expect(found.map((s) => [s.text, s.occurrences[0]?.line])).toEqual([
      ["be the leading destination for short-form video", 8],
    ]);
  });

  it("does not read quotations outside mission and vision sections", async () => {
    expect(await statements("# History\n\n> Inspire creativity and bring joy.\n")).toEqual([]);
  });

  it("does not read a quotation followed by more text as a statement", async () => {
    expect(await statements('# Mission\n\n"Inspire creativity." And more text here.\n')).toEqual(
      [],
    );
  });

  it("does not read “our mission is inherently focused on …”", async () => {
    expect(
      await statements("# About\n\nOur mission is inherently focused on creativity and joy.\n"),
    ).toEqual([]);
  });

  it("does not read the word “mission” in passing", async () => {
    expect(
      await statements(
        "# Mission\n\nThis paragraph is plain prose about the mission of the firm.\n",
      ),
    ).toEqual([]);
  });
});

describe("where a statement ends", () => {
  it.each([
    [
      "Our mission is to inspire creativity everywhere, which drives us.",
      "inspire creativity everywhere",
    ],
    [
      "Our mission is to inspire creativity for everyone; this is key.",
      "inspire creativity for everyone",
    ],
    ["The mission is to grow the company fast along with the market.", "grow the company fast"],
    ["Our mission is to serve every rider well – and we mean it.", "serve every rider well"],
    ["Our mission is to serve every rider well - and we mean it.", "serve every rider well"],
    [
      "Our mission remains to be the home of creators, while others chase scale.",
      "be the home of creators",
    ],
    [
      'Our mission is "to inspire creativity and bring joy", they say.',
      "inspire creativity and bring joy",
    ],
  ])("%s", async (sentence, text) => {
    expect((await statements(`# About\n\n${sentence}\n`)).map((s) => s.text)).toEqual([text]);
  });

  it("ends a mission where a vision clause starts, and reads both", async () => {
    const m = await model(
      "# About\n\nOur mission is to inspire creativity and joy, and our vision is to be the best platform.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["inspire creativity and joy"]);
    expect(m.vision.statements.map((s) => [s.text, s.occurrences[0]?.column])).toEqual([
      ["be the best platform", 65],
    ]);
  });
});

describe("grouping", () => {
  it("groups case, quotes, a leading “to”, punctuation and word order into one statement", async () => {
    const body = [
      "# A", // 6
      "",
      "Our mission is to inspire creativity and bring joy.", // 8
      "",
      "# B", // 10
      "",
      "The mission is “Inspire Creativity and Bring Joy!”", // 12
      "",
      "# C", // 14
      "",
      "Our mission is to bring joy and inspire creativity.", // 16
      "",
      "# D", // 18
      "",
      "Our mission is to connect people worldwide every day.", // 20
    ].join("\n");
    const { mission } = await model(body);
    expect(mission.statements.map((s) => [s.text, s.occurrences.map((o) => o.line)])).toEqual([
      ["inspire creativity and bring joy", [8, 12, 16]],
      ["connect people worldwide every day", [20]],
    ]);
    expect(mission.primary?.text).toBe("inspire creativity and bring joy");
    expect(mission.statements[0]?.occurrences.map((o) => o.section)).toEqual(["A", "B", "C"]);
  });

  it("makes the statement with most occurrences primary, even when it comes later", async () => {
    const { mission } = await model(
      [
        "# A",
        "",
        "Our mission is to connect people worldwide every day.",
        "",
        "Our mission is to inspire creativity and bring joy.",
        "",
        "Its mission is to inspire creativity and bring joy.",
      ].join("\n"),
    );
    expect(mission.primary?.text).toBe("inspire creativity and bring joy");
    expect(mission.primary?.occurrences.map((o) => o.line)).toEqual([10, 12]);
  });

  it("breaks a tie by taking the earliest statement", async () => {
    const { mission } = await model(
      [
        "# A",
        "",
        "Our mission is to connect people worldwide every day.",
        "",
        "Our mission is to inspire creativity and bring joy.",
      ].join("\n"),
    );
    expect(mission.statements).toHaveLength(2);
    expect(mission.primary?.text).toBe("connect people worldwide every day");
  });

  it("has no primary when there is no statement", async () => {
    const { vision } = await model("# A\n\nNothing to see.\n");
    expect(vision).toEqual({ primary: null, statements: [] });
  });
});

describe("clean, samePhrasing, groupStatements", () => {
  it("strips quotes, a leading “to” and trailing punctuation", () => {
    expect(clean(" “To  inspire creativity!” ")).toBe("inspire creativity");
    expect(clean('"to be loved."')).toBe("be loved");
    expect(clean("Toronto first.")).toBe("Toronto first");
  });

  it("treats reordered words and small edits as the same phrasing, other texts not", () => {
    expect(
      samePhrasing("inspire creativity and bring joy", "Bring joy and inspire creativity"),
    ).toBe(true);
    expect(
      samePhrasing(
        "inspire creativity and bring joy to the world",
        "inspire creativity and bring joy to all the world",
      ),
    ).toBe(true);
    expect(samePhrasing("inspire creativity and bring joy", "connect people and bring joy")).toBe(
      false,
    );
  });

  it("treats a swapped small word or a spelling variant as the same phrasing, a swapped noun not", () => {
    expect(
      samePhrasing(
        "help every family on the estate save a little from each wage",
        "help each family on the estate save a little from every wage",
      ),
    ).toBe(true);
    expect(
      samePhrasing(
        "be the most trusted organisation for young carers in the county",
        "be the most trusted organization for young carers in the county",
      ),
    ).toBe(true);
    expect(
      samePhrasing(
        "help working families build savings one paycheck at a time",
        "help working families build savings one payday at a time",
      ),
    ).toBe(false);
    expect(
      samePhrasing(
        "bring fresh bread to every street in the valley by dawn",
        "bring fresh bread to every village in the valley by dawn",
      ),
    ).toBe(false);
  });

  it("treats a long wording restated without a few words in its middle as the same phrasing", () => {
    expect(
      samePhrasing(
        "every rider in our clubs finishes able to ride in traffic, mend a puncture and read a map",
        "every rider finishes able to ride in traffic, mend a puncture and read a map",
      ),
    ).toBe(true);
    expect(
      samePhrasing(
        "every rider in our clubs finishes able to ride in traffic",
        "every rider finishes unable to ride in traffic",
      ),
    ).toBe(false);
  });

  it("uses the wording seen most often as a group's text", () => {
    const at = (line: number): Occurrence => ({ line, column: 1, section: null });
    const evidence = { cue: "“mission is …”", context: "opening text" };
    const candidate = (kind: "mission" | "vision", text: string, line: number, confidence = 0.9) =>
      ({ kind, text, occurrence: at(line), confidence, evidence }) satisfies Candidate;
    const candidates: Candidate[] = [
      candidate("mission", "bring joy and inspire creativity", 1, 0.7),
      candidate("mission", "inspire creativity and bring joy", 2),
      candidate("vision", "inspire creativity and bring joy", 3),
      candidate("mission", "inspire creativity and bring joy", 4),
    ];
    // The group is as sure as its surest occurrence.
    const grouped = {
      text: "inspire creativity and bring joy",
      occurrences: [at(1), at(2), at(4)],
      confidence: 0.9,
      evidence,
    };
    expect(groupStatements(candidates, "mission")).toEqual({
      primary: grouped,
      statements: [grouped],
    });
  });
});

// How their time grows is checked in the heavy tier (tests/heavy/shapes.ts), as a ratio of two
// sizes; here, what is read from them.
describe("hostile sentences", () => {
  /** What findStatements finds in `body`. */
  function found(body: string): Candidate[] {
    const { tree, file } = parse(`# A\n\n${body}\n`);
    return findStatements(readDoc(tree, file).blocks, ["Acme"]).candidates;
  }

  it("drops a statement with a long run of spaces inside", () => {
    // Far longer than any statement.
    expect(found(`Our mission is to serve every rider${" ".repeat(20_000)}well.`)).toEqual([]);
  });

  it("reads a sentence made of key words once, at most", () => {
    const candidates = found("we envision ".repeat(4000));
    // Only the sentence's tail is short enough to be a statement, and it is read once.
    expect(candidates.length).toBeLessThanOrEqual(1);
    for (const c of candidates) expect(c.text).toMatch(/^(?:we envision ?)+$/);
  });
});

describe("frames found on real pages", () => {
  it.each([
    [
      "The co-op's mission, in the words painted above the booking-office door, is 'to get Derby home safely, at any hour.'",
      "mission",
      "get Derby home safely, at any hour",
    ],
    [
      "The chair points to the vision the members adopted in 2022: a fleet run entirely by the people who drive it.",
      "vision",
      "a fleet run entirely by the people who drive it",
    ],
    [
      "We want to see a town where every child has a doctor who knows their name.",
      "vision",
      "a town where every child has a doctor who knows their name",
    ],
    [
      "Acme Bakery — whose mission is to put a proper loaf within reach of every home — runs 14 shops.",
      "mission",
      "put a proper loaf within reach of every home",
    ],
    [
      "It was set up by farmers with a single mission. It is to turn the wind over the Fens into power people own.",
      "mission",
      "turn the wind over the Fens into power people own",
    ],
    [
      "Our vision, simply put: every child leaves able to read for pleasure.",
      "vision",
      "every child leaves able to read for pleasure",
    ],
    [
      "In 2019 it adopted the vision of becoming “the first carbon-neutral freight operator in Britain”, with a target date.",
      "vision",
      "the first carbon-neutral freight operator in Britain",
    ],
  ] as const)("reads “%s”", async (sentence, kind, text) => {
    expect((await statements(`# About\n\n${sentence}\n`, kind)).map((s) => s.text)).toEqual([text]);
  });

  it("reads a terse FAQ question answered on its next line (“**And the vision?** To …”)", async () => {
    const found = await statements(
      "## Staff FAQ\n\n**And the vision?**\nTo make Sorrel the best-known farm kitchen in the north.\n",
      "vision",
    );
    expect(found.map((s) => s.text)).toEqual([
      "make Sorrel the best-known farm kitchen in the north",
    ]);
  });

  it("reads both of two quoted visions, though the first says “would”", async () => {
    const found = await statements(
      "# About\n\nOur board set two visions: to be “the landlord tenants would recommend” and “a valley where nobody waits for a home”.\n",
      "vision",
    );
    expect(found.map((s) => s.text)).toEqual([
      "the landlord tenants would recommend",
      "a valley where nobody waits for a home",
    ]);
  });

  it("reads the vision under its heading that names its horizon (“By 2030 we want a …”)", async () => {
    const found = await statements(
      "## Our vision\n\nBy 2030 we want a boathouse that is open to anyone in the city.\n",
      "vision",
    );
    expect(found.map((s) => s.text)).toEqual(["a boathouse that is open to anyone in the city"]);
  });

  it("reads the line under a caption on a page whose parts are `###` headings", async () => {
    const m = await model(
      [
        "# Board Policy 1.105: Mission, Vision and Values",
        "",
        "### Vision",
        "",
        "*Aspirational — what we want to become and be known for*",
        "",
        "Tollgate University will be the first choice of first-generation students in the Ozarks.",
        "",
        "### Values",
        "",
        "**Access.** We keep tuition low.",
        "",
        "**Rigor.** We expect a great deal.",
      ].join("\n"),
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "Tollgate University will be the first choice of first-generation students in the Ozarks",
    ]);
    expect(m.sections.map((s) => [s.heading, s.kind])).toEqual([
      ["Board Policy 1.105: Mission, Vision and Values", "mission"],
      ["Vision", "vision"],
      ["Values", "values"],
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Access", "Rigor"]]);
  });

  it("does not take “At its core, our vision …” as owned by a name", async () => {
    const found = await statements(
      "# About\n\nAt its core, our vision is simple: To create a world of makers.\n",
      "vision",
    );
    expect(found.map((s) => [s.text, s.confidence])).toEqual([["create a world of makers", 0.9]]);
  });

  it("takes “the company envisions …” but not any lower-case word before “imagine”", async () => {
    const found = await statements(
      "# About\n\nThe company envisions a high street where a gym feels ordinary. In surveys, many shoppers imagine a store that never closes.\n",
      "vision",
    );
    expect(found.map((s) => s.text)).toEqual(["a high street where a gym feels ordinary"]);
  });

  it("reads the job in a quotation under a mission heading (“> Our job is to …”)", async () => {
    const found = await statements(
      "## Why we are here\n\n> Our job is to keep British wool on British backs.\n",
    );
    expect(found.map((s) => s.text)).toEqual(["keep British wool on British backs"]);
  });

  it("reads a quotation announced by the paragraph before it (“… is printed on every timetable:”)", async () => {
    const found = await statements(
      '# Case study\n\nPellmann\'s mission statement is printed on every timetable:\n\n"To keep our villages connected to their towns."\n',
    );
    expect(found.map((s) => [s.text, s.occurrences[0]?.line])).toEqual([
      ["keep our villages connected to their towns", 10],
    ]);
  });

  it.each([
    [
      "Nimbus Kites' mission is to get families flying. At Puddle Toys, our mission is to fill toy boxes with things that last.",
      "another company's",
    ],
    ["The practical consequence of the mission is the grow-out programme.", "a complement"],
    ["Scarborne, by contrast, says its mission is “to inspire every adventurer”.", "a rival's"],
  ])("takes no statement from “%s” (%s)", async (sentence) => {
    const m = await model(
      `---\ntitle: T\ncompany: Nimbus Kites\n---\n\n# About\n\n${sentence}\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).not.toContainEqual(
      expect.stringMatching(/toy boxes|grow-out/),
    );
    expect(m.mission.statements.length).toBeLessThanOrEqual(1);
  });
});

describe("wordings the text denies, retires or reports", () => {
  it.each([
    ["Our mission is to serve every rider well – said nobody."],
    ["Until 2019 the mission was to sell more bicycles than anyone."],
    ["A critic joked that the real mission is to sell more bicycles than anyone."],
    ["Its rival Spokeco says its mission is to sell more bicycles than anyone."],
    ["A bakery might write a mission such as “to bake the best bread in town”."],
    [
      "The first results will tell you that Acme's mission is “to sell more bicycles than anyone.” It is not, and it never was.",
    ],
    [
      "Some shareholders describe Acme's mission as “to sell more bicycles than anyone”. That is not how the company puts it, and its prices say so.",
    ],
    [
      "Rivals describe Acme's mission as “to sell more bicycles than anyone.” That isn't what Acme says.",
    ],
  ])("takes no statement from “%s”", async (sentence) => {
    expect(await statements(`# About\n\n${sentence}\n`)).toEqual([]);
  });
});

describe("grouping time", () => {
  it("grows linearly with the number of distinct statements (a ratio, not a wall-clock bound)", () => {
    const evidence = { cue: "“mission is …”", context: "opening text" };
    const candidates = (n: number): Candidate[] =>
      Array.from({ length: n }, (_, i) => ({
        kind: "mission",
        text: `serve rider number ${i} well every single day`,
        occurrence: { line: i + 1, column: 1, section: null },
        confidence: 0.9,
        evidence,
      }));
    // The fastest of nine runs, small and large taken in turn: a pause for another process or
    // the collector inflates some runs, not all of both sizes (the unit tier shares the machine
    // with whatever else runs). Sizes stay small enough that the heap's growth does not weigh in.
    const small = candidates(1000);
    const large = candidates(4000);
    const run = (input: Candidate[]) => {
      const started = performance.now();
      const { statements } = groupStatements(input, "mission");
      const spent = performance.now() - started;
      expect(statements).toHaveLength(input.length);
      return spent;
    };
    run(small); // warm up
    let smallBest = Number.POSITIVE_INFINITY;
    let largeBest = Number.POSITIVE_INFINITY;
    for (let turn = 0; turn < 9; turn++) {
      smallBest = Math.min(smallBest, run(small));
      largeBest = Math.min(largeBest, run(large));
    }
    // Four times the statements cost about 4.6 times on an idle machine; quadratic grouping would
    // cost sixteen. The bound leaves room for a machine loaded by other runs (8 failed once there).
    expect(largeBest / Math.max(smallBest, 1)).toBeLessThan(10);
  });
});

describe("bare, dashed, rephrased and figurative wordings", () => {
  it("reads “To be …” set alone under a Vision heading", async () => {
    expect(
      await texts("## Our vision\n\nTo be the best place to work in the region.\n", "vision"),
    ).toEqual(["be the best place to work in the region"]);
  });

  it("keeps an aside between two dashes inside the statement", async () => {
    expect(
      await texts(
        "## Mission\n\nSharing the life of the coast — its boats and its people — so that visitors understand the town.\n",
      ),
    ).toEqual([
      "Sharing the life of the coast — its boats and its people — so that visitors understand the town",
    ]);
  });

  it("still ends the statement at a single dash", async () => {
    expect(await texts("# About\n\nOur mission is to save people money — a bold goal.\n")).toEqual([
      "save people money",
    ]);
  });

  it("reads a second wording after “phrases it a little differently:” and “we put it as”", async () => {
    expect(
      await texts(
        '# About\n\nOur mission is to keep bikes on the road. The report phrases it a little differently: "to make repair easy." Back then we put it as "making repair as easy as buying a coffee".\n',
      ),
    ).toEqual([
      "keep bikes on the road",
      "make repair easy",
      "making repair as easy as buying a coffee",
    ]);
  });

  it("does not read a figure of speech about the vision as a wording of it", async () => {
    expect(
      await texts(
        '# About\n\nOur vision is a town where every child plays music. He describes the vision as "the thing we point at".\n',
        "vision",
      ),
    ).toEqual(["a town where every child plays music"]);
  });

  it("reads “We're on a mission to …” as the company's mission, but not an errand with a number", async () => {
    expect(
      await texts("# About\n\nWe're on a mission to make payroll simple for small charities.\n"),
    ).toEqual(["make payroll simple for small charities"]);
    expect(await texts("# About\n\nWe're on a mission to hire sixty bakers this year.\n")).toEqual(
      [],
    );
  });
});

describe("frames and ends seen on the dev half", () => {
  it("reads the company's own after a generic opening (“A vision is optional, but Acme wrote one: …”)", async () => {
    expect(
      await texts(
        "## Step 3\n\nA vision is optional for a firm this size, but Acme wrote one: “a town where nobody is lonely.”\n",
        "vision",
      ),
    ).toEqual(["a town where nobody is lonely"]);
  });

  it("reads “Adopted in 2019, it describes “…”” in the sentence after the key word", async () => {
    expect(
      await texts(
        "# News\n\nThe company's vision is unchanged. Adopted in 2019, it describes “a valley where every river is clean”.\n",
        "vision",
      ),
    ).toEqual(["a valley where every river is clean"]);
  });

  it("reads the statement in the sentence after “is simple to state.”, up to a comparison", async () => {
    expect(
      await texts(
        "# Strategy\n\nOur vision is simple to state. By 2030 we want Acme to be the default planner for small firms, in the way that spreadsheets were once.\n",
        "vision",
      ),
    ).toEqual(["By 2030 we want Acme to be the default planner for small firms"]);
  });

  it("goes on past “, while keeping …” but ends at “, while rivals …”", async () => {
    expect(
      await texts(
        "# News\n\nOur mission is now to leave every river cleaner, while keeping water flowing to every home.\n",
      ),
    ).toEqual(["leave every river cleaner, while keeping water flowing to every home"]);
    expect(
      await texts(
        "# News\n\nOur mission is to leave every river cleaner, while rivals pollute them.\n",
      ),
    ).toEqual(["leave every river cleaner"]);
  });

  it("ends at “, and argues …”: a new predicate for the sentence's subject", async () => {
    expect(
      await texts(
        "# Review\n\nThe chair returns to the mission, namely to make eyesight affordable for each family, and argues that it matters more now.\n",
      ),
    ).toEqual(["make eyesight affordable for each family"]);
  });

  it("does not keep a wording the next sentence retires", async () => {
    expect(
      await texts(
        '# News\n\nFor decades the mission was "to supply cheap water". That wording has now been retired. Acme\'s mission is "to leave every river cleaner".\n',
      ),
    ).toEqual(["leave every river cleaner"]);
  });

  it("does not keep a wording the next sentence says came down, after an aside", async () => {
    expect(
      await texts(
        '# News\n\nA sign at the gate read: "Our mission is to supply cheap water." That wording, chosen in 1980 by the first chair, disappeared from the website in May. Acme\'s mission is "to leave every river cleaner".\n',
      ),
    ).toEqual(["leave every river cleaner"]);
  });

  it("reads “We want to …” right under a “### What drives us” sub-heading, not under a pillar's", async () => {
    expect(
      await texts(
        "## Our story\n\nWe opened in 2011.\n\n### What drives us\n\nWe want to bring proper tea to people who only know the bag.\n",
      ),
    ).toEqual(["bring proper tea to people who only know the bag"]);
    expect(
      await texts(
        "## Our plan\n\nThree pillars.\n\n### Discovery with a Purpose\n\nGrow research spending to $250 million a year.\n",
      ),
    ).toEqual([]);
  });

  it("gives “Acme (whose mission is “…”)” to Acme, and “At Puddle & Pine our own mission” to the retailer", async () => {
    expect(
      await texts(
        "# Brands\n\nAt Puddle & Pine our own mission is to help families buy fewer toys. Acme (whose mission is “to make toys that last a lifetime”) builds in birch.\n",
      ),
    ).toEqual(["make toys that last a lifetime"]);
  });
});

describe("more frames from the dev half", () => {
  it("reads a bold line after “Here's what we're here to do:” as the mission", async () => {
    expect(
      await texts(
        "## About the club\n\nWe row.\n\nHere's what we're here to do:\n\n**Get more people onto the river, and keep them rowing for life.**\n",
      ),
    ).toEqual(["Get more people onto the river, and keep them rowing for life"]);
  });

  it("does not read “the vision is …” beside a definition of the words as a statement", async () => {
    expect(
      await texts(
        "## Terms\n\nA **mission** says what you do today. A **vision** describes the future. The mission is the road; the vision is the place the road leads.\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("ends a vision at “, whether …”", async () => {
    expect(
      await texts(
        "## Our vision\n\nBy 2030, we want every resident to live near a library that is open when they need it, whether that is a branch or a van.\n",
        "vision",
      ),
    ).toEqual(["every resident to live near a library that is open when they need it"]);
  });

  it("reads the line under a Mission heading that has the organisation do something in the present", async () => {
    expect(
      await texts(
        "## Mission\n\nThrough teaching, research and service, Tollgate State University educates students for careers.\n",
      ),
    ).toEqual([
      "Through teaching, research and service, Tollgate State University educates students for careers",
    ]);
  });
});

describe("the owner of “its mission”", () => {
  it("is the sentence's subject, not a place named in an aside (“a shop in Bath”)", async () => {
    const found = await statements(
      '# Guide\n\nAcme Hardware, a family shop in Bath, states its mission as "to help every household fix things."\n',
    );
    expect(found.map((s) => s.text)).toEqual(["help every household fix things"]);
  });
});

describe("clauseEnd and dash pairs", () => {
  it("keeps an aside between dashes only within a statement's length", async () => {
    const { clauseEnd } = await import("../../../../src/pipeline/read/statement-span.js");
    const near = "save money — for families and friends — so they live better";
    expect(clauseEnd(near)).toBe(near.length);
    const far = `${"word ".repeat(200)}keep — an aside here — more words`;
    expect(clauseEnd(far)).toBe(far.indexOf("—"));
  });
});

describe("a horizontal statements table", () => {
  const body =
    "# About Fenwick\n\n| Purpose | Vision | Values |\n| --- | --- | --- |\n" +
    "| To help Borders families save, borrow and plan with confidence. | A Borders economy where local money stays local. | Prudence, Fairness, Neighbourliness |\n";

  it("reads each column's cell as the statement its header names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help Borders families save, borrow and plan with confidence",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A Borders economy where local money stays local",
    ]);
  });

  it("reads the Values column's cell as the value set", async () => {
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Prudence", "Fairness", "Neighbourliness"],
    ]);
  });
});

describe("a statement stated again without a frame", () => {
  it("counts the repeat, so the wording stated twice is primary", async () => {
    const m = await model(
      "# Acme\n\n## Foreword\n\nOur ambition is simple: a Leeds where nobody walks home alone.\n\n## Our vision\n\nA greener, kinder Leeds where every street has a tree.\n\n## Delivering it\n\nEverything we fund aims at one thing: a greener, kinder Leeds where every street has a tree.\n",
    );
    expect(m.vision.primary?.text).toBe("A greener, kinder Leeds where every street has a tree");
    expect(m.vision.primary?.occurrences).toHaveLength(2);
  });

  it("counts the repeat when a soft line break falls inside it", async () => {
    const m = await model(
      "# Acme\n\n## Foreword\n\nOur ambition is simple: a Leeds where nobody walks home alone.\n\n## Our vision\n\nA greener, kinder Leeds where every street has a tree.\n\n## Delivering it\n\nEverything we fund aims at one thing: a greener,\nkinder Leeds where every street has a tree.\n",
    );
    expect(m.vision.primary?.text).toBe("A greener, kinder Leeds where every street has a tree");
    expect(m.vision.primary?.occurrences).toHaveLength(2);
  });

  it("does not count a short wording found inside other words", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to bake good bread.\n\nWe bake good bread and cakes.\n",
    );
    expect(m.mission.primary?.occurrences).toHaveLength(1);
  });
});

describe("one statement in two verb forms", () => {
  it("lists it in the infinitive, not the gerund stated first", async () => {
    expect(
      await texts(
        "# Acme\n\nThis year we stayed true to our purpose: helping people with hearing loss in Devon live the lives they choose.\n\n## Our purpose\n\nOur purpose is to help people with hearing loss in Devon live the lives they choose.\n",
      ),
    ).toEqual(["help people with hearing loss in Devon live the lives they choose"]);
  });
});

describe("a wording quoted with its source", () => {
  it("reads a quotation under a vision heading with its source after it in brackets", async () => {
    expect(
      await texts(
        '# Revision note\n\n### The vision\n\n"A valley where every rider gets home safe." (Annual report, p. 3.)\n\nShort, and easy to learn.\n',
        "vision",
      ),
    ).toEqual(["A valley where every rider gets home safe"]);
  });

  it("leaves a borrowed verse with its reference alone", async () => {
    expect(
      await texts(
        '# Our school\n\n## Our vision\n\nOur vision grows from an old hymn:\n\n> "Let every valley sing and every hill be glad." (Psalm 98:4)\n\n## Our motto\n\nLearn and grow.\n',
        "vision",
      ),
    ).toEqual([]);
  });

  it("reads each source's quoted wording in a list under a mission heading", async () => {
    expect(
      await texts(
        "# Revision note\n\n### The mission: two wordings\n\nThe booklet quotes the mission twice:\n\n" +
          '- 2023 annual report (p. 3): "to mend every bicycle in the valley for free"\n' +
          '- the website\'s About page: "to keep every rider in the valley on the road"\n\nBoth are current.\n',
      ),
    ).toEqual([
      "mend every bicycle in the valley for free",
      "keep every rider in the valley on the road",
    ]);
  });

  it("leaves people's versions in such a list alone", async () => {
    expect(
      await texts(
        "# Worksheet\n\n## Rewrite the mission\n\nTwo rewrites from last year's class:\n\n" +
          '- Student A: "Free repairs for every rider in the valley."\n' +
          '- Student B: "To keep the valley riding."\n',
      ),
    ).toEqual([]);
  });
});
