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
import { model, parse } from "../../../helpers/pipeline.js";

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

  it("takes no statement from the quoted wordings a lead-in says the mission is not", async () => {
    const m = await model(
      '---\ntitle: T\ncompany: Quillon\n---\n\n# Slides\n\nOur mission is to make payroll calm.\n\nWhat our mission is NOT:\n\n❌ "To be the cheapest payroll app in the UK"\n❌ "To disrupt HR"\n\nThose might happen along the way.\n',
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["make payroll calm"]);
  });

  it.each([
    [
      "Nimbus Kites' mission is to get families flying. At Puddle Toys, our mission is to fill toy boxes with things that last.",
      "another company's",
    ],
    ["The practical consequence of the mission is the grow-out programme.", "a complement"],
    ["Scarborne, by contrast, says its mission is “to inspire every adventurer”.", "a rival's"],
    [
      "For contrast, Scarborne – a lender that competes with Nimbus Kites for buyers – describes its mission as “to deliver returns for shareholders”.",
      "a rival's, a dash aside naming the company between it and its verb",
    ],
    [
      "Ask Helen what drives her and she'll tell you that her own personal mission is to make sure no client opens a tax letter alone.",
      "a person's own",
    ],
  ])("takes no statement from “%s” (%s)", async (sentence) => {
    const m = await model(
      `---\ntitle: T\ncompany: Nimbus Kites\n---\n\n# About\n\n${sentence}\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).not.toContainEqual(
      expect.stringMatching(/toy boxes|grow-out|shareholders|tax letter/),
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
    [
      "One blog described Acme's mission as “selling bicycles to people who want to feel virtuous.” It's a good line, but it isn't how the company frames what it does.",
    ],
  ])("takes no statement from “%s”", async (sentence) => {
    expect(await statements(`# About\n\n${sentence}\n`)).toEqual([]);
  });
});
