/**
 * Value sets in each form (announced list, list in a Values section, `###` headings, inline,
 * values in prose after an aside or "we are …") and the merge of an inline list with its detailed
 * list. Bodies start on file line 6.
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, valueSetNames as sets } from "../../../helpers/pipeline.js";

describe("lists", () => {
  it("reads a list announced by a paragraph ending in “:” with the announced count", async () => {
    const m = await model(
      [
        "# Culture", // 6
        "",
        "We live by three core values:", // 8
        "",
        "- **Courage**: we act boldly.", // 10
        "- **Trust**: we keep promises.",
        "- **Joy**: we have fun.",
      ].join("\n"),
    );
    expect(m.valueSets).toEqual([
      {
        label: "Core values",
        declaredCount: 3,
        declaredAt: { line: 8, column: 12 },
        values: [
          { name: "Courage", description: "we act boldly.", line: 10 },
          { name: "Trust", description: "we keep promises.", line: 11 },
          { name: "Joy", description: "we have fun.", line: 12 },
        ],
        line: 10,
        form: "list",
        section: "Culture",
        confidence: 0.9,
        evidence: { cue: "a list, announced with a count", context: "section “Culture”" },
        intro: "We live by three core values:",
      },
    ]);
  });

  it("reads a list in a Values section without an announcement", async () => {
    const m = await model(
      "# Our Values\n\n- Courage: act boldly\n- Trust – keep promises\n- Joy\n",
    );
    expect(m.valueSets).toHaveLength(1);
    expect(m.valueSets[0]).toMatchObject({
      label: "Values",
      declaredCount: null,
      declaredAt: null,
      form: "list",
      section: "Our Values",
      line: 8,
    });
    expect(m.valueSets[0]?.values.map((v) => [v.name, v.description])).toEqual([
      ["Courage", "act boldly"],
      ["Trust", "keep promises"],
      ["Joy", null],
    ]);
  });

  it("names full-sentence values by their head clause; reads no unannounced list elsewhere", async () => {
    const sentences = await model(
      "# Our Values\n\n- Acting with courage, even when it costs us.\n- Keeping our promises to every customer.\n",
    );
    expect(sentences.valueSets.map((s) => s.values.map((v) => [v.name, v.description]))).toEqual([
      [
        ["Acting with courage", "even when it costs us."],
        ["Keeping our promises to every customer", null],
      ],
    ]);
    const unannounced = await model("# Products\n\n- Bicycles\n- Helmets\n- Lights\n");
    expect(unannounced.valueSets).toEqual([]);
  });

  it("takes a trailing “These four guiding values …” as the list's count", async () => {
    const m = await model(
      [
        "# Culture", // 6
        "",
        "We value:", // 8
        "",
        "- Courage", // 10
        "- Trust",
        "- Joy",
        "- Speed",
        "",
        "These four guiding values shape us.", // 15
      ].join("\n"),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.declaredAt, s.values.length])).toEqual([
      [4, { line: 15, column: 7 }, 4],
    ]);
  });

  it("takes “Those three words …” right after a list as its count", async () => {
    const m = await model(
      [
        "# About us", // 6
        "",
        "- Our values", // 8
        "  - Gentleness",
        "  - Honesty",
        "  - Punctuality",
        "- Free parking",
        "",
        "Those three words are on every card.", // 14
      ].join("\n"),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.declaredAt, s.values.length])).toEqual([
      [3, { line: 14, column: 7 }, 3],
    ]);
  });

  it("reads a lead-in that counts the list by another noun (“as four short sentences:”)", async () => {
    const m = await model(
      [
        "# Values", // 6
        "",
        "We write our values as four short sentences:", // 8
        "",
        "- We buy from growers we have met.",
        "- We waste nothing.",
        "- We pay on time.",
      ].join("\n"),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.declaredAt, s.values.length])).toEqual([
      [4, { line: 8, column: 24 }, 3],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });

  it("keeps an announcement across a sub-heading that only names the set", async () => {
    const m = await model(
      [
        "## Principles", // 6
        "",
        "The company sets out four principles, each with its behaviours:", // 8
        "",
        "### Our Principles",
        "",
        "- **Buy direct**",
        "- **Brew honestly**",
        "- **Waste little**",
        "- **Stay curious**",
      ].join("\n"),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Buy direct", "Brew honestly", "Waste little", "Stay curious"]],
    ]);
  });

  it("takes a definite count given elsewhere (“The four values are …”) for the one set", async () => {
    const table = [
      "| Statement | Text |",
      "| --- | --- |",
      "| Values | Clarity, Patience, Honesty and Craft |",
    ];
    const m = await model(
      [...table, "", "- The four values are printed in every case."].join("\n"),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.declaredAt?.line])).toEqual([[4, 10]]);
    // Mentions that disagree name no count: the reader cannot tell which one is meant.
    const torn = await model(
      [
        ...table,
        "",
        "It is short.",
        "",
        "The four values matter.",
        "",
        "Its three values matter.",
      ].join("\n"),
    );
    expect(torn.valueSets.map((s) => s.declaredCount)).toEqual([null]);
  });

  it("reads “We care about three things: a, b, and c” as a counted set", async () => {
    const m = await model(
      "# About\n\nWe care about three things: good leaf, honest prices, and a warm welcome.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["good leaf", "honest prices", "a warm welcome"]],
    ]);
  });

  it("reads a counted lead-in with a clause of its own before the colon (“…, and we hire for them first:”)", async () => {
    const m = await model(
      "# Interview\n\n**NELL:** We care about three things, and we hire for them before anything on a CV: patience, cleanliness and generosity. Patience because a batch takes time.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["patience", "cleanliness", "generosity"]],
    ]);
  });

  it("reads the set again in a takeaway whose first item carries its clause (“Nell screens for patience, …”) as the same set", async () => {
    const m = await model(
      "# Interview\n\n**NELL:** We care about three things, and we hire for them before anything on a CV: patience, cleanliness and generosity. Patience because a batch takes time.\n\n## Key takeaways\n\n- Hire for values before skills — Nell screens for patience, cleanliness and generosity.\n- Ferment slowly.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["patience", "cleanliness", "generosity"]],
    ]);
  });

  it("reads bold pillars after their own sentence's colon, not after a dash in the sentence before", async () => {
    const m = await model(
      '# Case\n\nAlongside the mission, the board adopted a vision and a short set of values. The vision — "islands that people choose to stay on" — was the phrase of a GP. It sits above a plan built on three pillars: **Fleet Renewal** (new vessels), **Harbour Partnerships** (piers) and **Winter Resilience** (spare capacity).\n',
    );
    expect(m.valueSets).toEqual([]);
    expect(m.pillars?.values.map((v) => v.name)).toEqual([
      "Fleet Renewal",
      "Harbour Partnerships",
      "Winter Resilience",
    ]);
  });

  it("reads a counted lead-in with “above all” or “most of all” before its colon", async () => {
    const m = await model(
      "We run a small ferry. We care about three things above all: punctuality, kindness and calm water. Tickets are sold on board.\n\nWe hold to two things most of all: fair fares and clean decks.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["punctuality", "kindness", "calm water"]],
      [2, ["fair fares", "clean decks"]],
    ]);
  });

  it("does not read a description of a set (“are short enough to remember”) as its names", async () => {
    const m = await model(
      "# Notes\n\nThe four principles are short enough to remember and concrete enough to check.\n",
    );
    expect(m.valueSets).toEqual([]);
  });

  it("names a numbered value by its first line when its description follows on the next", async () => {
    const m = await model(
      "## Our principles\n\n1. Seasonality\n   If it is not in season here, it is not on the menu.\n2. Calm kitchens\n   No shouting on the pass.\n",
    );
    expect(m.valueSets[0]?.values.map((v) => [v.name, v.description])).toEqual([
      ["Seasonality", "If it is not in season here, it is not on the menu."],
      ["Calm kitchens", "No shouting on the pass."],
    ]);
  });

  it("reads a sentence wrapped over two lines as one item, not a name and its description", async () => {
    // A page hard-wrapped at a fixed width (text out of a PDF, an editor's wrap): the next line
    // goes on with the sentence, lower case after lower case, so the first line names nothing.
    const m = await model(
      "## Our values\n\nIn all our work, we will:\n\n- spend our members' money\n  carefully, as if it were our own\n- treat every caller fairly and with\n  respect\n- answer before we are asked\n",
    );
    expect(m.valueSets[0]?.values.map((v) => v.name)).toEqual([
      "spend our members' money carefully",
      "treat every caller fairly and with respect",
      "answer before we are asked",
    ]);
  });

  it.each([
    [
      "Our values: openness to everyone; curiosity; a welcome for quiet; and trust with your data.",
      null,
      4,
    ],
    ["What we stand for: honest ingredients, fair wages and early mornings.", null, 3],
    [
      "We believe in four things: safety before output, straight answers and boring engineering.",
      4,
      3,
    ],
    [
      "Four values hold it together — rigour; openness; thrift; patience — and each is reviewed.",
      4,
      4,
    ],
  ])("reads the set in “%s”", async (sentence, count, listed) => {
    const m = await model(`# About\n\n${sentence}\n`);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[count, listed]]);
  });

  it("reads sub-headings right after “… rests on three strategic pillars.” as the pillars", async () => {
    const m = await model(
      [
        "## Where we are heading",
        "",
        "That ambition rests on three strategic pillars.",
        "",
        "#### 1. Product depth",
        "",
        "Extend forecasting.",
        "",
        "#### 2. Channel reach",
        "",
        "Sell through resellers.",
        "",
        "#### 3. Operating discipline",
        "",
        "Hold spend down.",
      ].join("\n"),
    );
    expect(m.pillars?.values.map((p) => p.name)).toEqual([
      "Product depth",
      "Channel reach",
      "Operating discipline",
    ]);
    expect(m.pillars?.intro).toBe("That ambition rests on three strategic pillars.");
    expect(m.valueSets).toEqual([]);
    // Without the count, sub-headings in an ordinary section are only headings.
    const plain = await model(
      "## History\n\nIt grew.\n\n### 1990\n\nFounded.\n\n### 2000\n\nListed.\n",
    );
    expect([plain.pillars, plain.valueSets]).toEqual([null, []]);
  });

  it("does not take “one of our values” as the count of the list it announces", async () => {
    const m = await model(
      "# Culture\n\nIntegrity is one of our values:\n\n- Courage\n- Trust\n- Joy\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[null, 3]]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });
});

describe("### headings under a values heading", () => {
  const body = [
    "## Values", // 6
    "",
    "Integrity is one of our values. Our four values are below.", // 8
    "",
    "### 1. Courage", // 10
    "",
    "We act boldly.", // 12
    "",
    "### Trust", // 14
    "",
    "We keep promises.", // 16
    "",
    "Always.", // 18
    "",
    "### Joy", // 20
    "",
    "We have fun.", // 22
    "",
    "## Next", // 24
    "",
    "Text.",
  ].join("\n");

  it("reads each heading as a value with its paragraphs, and the intro's count", async () => {
    const m = await model(body);
    expect(m.valueSets).toEqual([
      {
        label: "Values",
        declaredCount: 4,
        declaredAt: { line: 8, column: 37 },
        values: [
          { name: "Courage", description: "We act boldly.", line: 10 },
          { name: "Trust", description: "We keep promises. Always.", line: 14 },
          { name: "Joy", description: "We have fun.", line: 20 },
        ],
        line: 10,
        form: "headings",
        section: "Values",
        confidence: 0.95,
        evidence: { cue: "sub-headings, announced with a count", context: "section “Values”" },
        intro: "Our four values are below.",
      },
    ]);
  });

  it("draws the run as one valueSet block and leaves the next section alone", async () => {
    const m = await model(body);
    expect(m.sections.map((s) => s.blocks.map((b) => b.type))).toEqual([
      ["prose", "valueSet"],
      ["prose"],
    ]);
  });
});

describe("inline enumerations", () => {
  it("reads an inline set with its count and the count's place", async () => {
    const m = await model("# About\n\nIt holds three core values: Courage, Trust, and Joy.\n");
    expect(m.valueSets).toEqual([
      {
        label: "Core values",
        declaredCount: 3,
        declaredAt: { line: 8, column: 10 },
        values: [
          { name: "Courage", description: null, line: 8 },
          { name: "Trust", description: null, line: 8 },
          { name: "Joy", description: null, line: 8 },
        ],
        line: 8,
        form: "inline",
        section: "About",
        confidence: 0.85,
        evidence: {
          cue: "a list in a sentence, announced with a count",
          context: "section “About”",
        },
        intro: "It holds three core values: Courage, Trust, and Joy.",
      },
    ]);
    expect(m.sections[0]?.blocks.map((b) => b.type)).toEqual(["prose", "valueSet"]);
  });

  it("reads a last value whose own “and for …” joins two phrases of its own", async () => {
    expect(
      await sets(
        "# About\n\n## Values\n\nWe value curiosity, rigour, openness and care for one another and for the places we work in.\n",
      ),
    ).toEqual([
      ["curiosity", "rigour", "openness", "care for one another and for the places we work in"],
    ]);
  });

  it("leaves a name's verb out of the first value (“As a community, Acme values …”)", async () => {
    expect(
      await sets(
        "# Acme\n\nAcme Ltd makes rope.\n\n## Values\n\nAs a community, Acme values curiosity, rigour, openness and care.\n",
      ),
    ).toEqual([["curiosity", "rigour", "openness", "care"]]);
  });

  it("reads pillars as the model's pillars, not a value set", async () => {
    const m = await model(
      "# About\n\nThe firm rests on four pillars of design, service, quality and price.\n",
    );
    expect(m.valueSets).toEqual([]);
    expect(m.pillars).toMatchObject({ label: "Pillars", declaredCount: 4, form: "inline" });
    expect(m.pillars?.values.map((v) => v.name)).toEqual(["design", "service", "quality", "price"]);
  });

  it("merges an inline set and a later list of the same names into one set", async () => {
    const m = await model(
      [
        "# Culture", // 6
        "",
        "Our three core values – courage, trust and joy – guide us.", // 8
        "",
        "## Values", // 10
        "",
        "- **Courage**: act boldly", // 12
        "- **Trust**: keep promises",
        "- **Joy**: have fun",
      ].join("\n"),
    );
    expect(m.valueSets).toHaveLength(1);
    const [set] = m.valueSets;
    // The announced count and its place are kept, the richer (described) wording wins.
    expect(set?.declaredCount).toBe(3);
    expect(set?.declaredAt).toEqual({ line: 8, column: 5 });
    expect(set?.form).toBe("list");
    expect(set?.values).toEqual([
      { name: "Courage", description: "act boldly", line: 12 },
      { name: "Trust", description: "keep promises", line: 13 },
      { name: "Joy", description: "have fun", line: 14 },
    ]);
    // The announcing paragraph stays prose; the list is drawn as the set's cards.
    expect(m.sections.map((s) => s.blocks.map((b) => b.type))).toEqual([["prose"], ["valueSet"]]);
  });

  it("keeps an announced count that disagrees with the merged list", async () => {
    const m = await model(
      "# Culture\n\nOur four core values – courage, trust and joy – guide us.\n\n## Values\n\n- Courage\n- Trust\n- Joy\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[4, 3]]);
  });

  it("skips FAQ sections: an answer's list is no set of the brief", async () => {
    const m = await model(
      "## FAQ\n\n### What are the values?\n\nIts values are courage, trust and joy.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("numbered ### headings after a counted lead-in, a rule between", () => {
  it("reads each heading as a value, its paragraph and sentence bullets its description", async () => {
    const page = [
      "# How We Work at Tarnside",
      "We argued for two days about how we behave. These four principles came out of it.",
      "---",
      "### 1. Own the fix",
      "Whoever picks up a returned unit owns it until the skipper is happy.",
      "- Ring the customer yourself; don't forward the email.\n- Find the root cause, not just the failed board.",
      "### 2. Test it wet",
      "Nothing leaves the loft until it has been soaked and shaken.",
      "- Bench results are a start, not a sign-off.\n- We ride along on sea trials whenever we can.",
      "### 3. Write it down",
      "A fix in one head is lost when they retire.",
      "## Joining us",
      "You will spend two days at sea in your first year.",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Own the fix", "Test it wet", "Write it down"]],
    ]);
    expect(m.valueSets[0]?.values[1]?.description).toBe(
      "Nothing leaves the loft until it has been soaked and shaken. Bench results are a start, not a sign-off. We ride along on sea trials whenever we can.",
    );
  });
});

describe("one sentence bullet after a value's paragraph", () => {
  it("belongs to the value; the run goes on to the next heading", async () => {
    const page = [
      "# About us",
      "## How we work",
      "We have three values.",
      "### Say what you see",
      "Honest feedback, given early and kindly.",
      "### Share the load",
      "Everyone takes a turn at the unglamorous work.",
      "- Pay is flat across the cooperative, adjusted only for hours worked.",
      "### Leave room to learn",
      "Ten days a year for learning.",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Say what you see", "Share the load", "Leave room to learn"]],
    ]);
    expect(m.valueSets[0]?.values[1]?.description).toBe(
      "Everyone takes a turn at the unglamorous work. Pay is flat across the cooperative, adjusted only for hours worked.",
    );
  });
});

describe("a founder's rules the company calls its values", () => {
  it("are the company's set, though the sentence opens on the founder", async () => {
    const page = [
      "# Ninety years of bread",
      "## What stays",
      "Ezekiel Treloar painted three rules above the door, and the company still calls them its values:",
      "- **Honest weight** – no loaf leaves underweight\n- **Early starts** – bread on the shelf before dawn\n- **Look after your own** – the staff and the town",
      "The bakers would not have it otherwise.",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Honest weight", "Early starts", "Look after your own"]],
    ]);
  });
});

describe("a count in the lead-in of something else, the headings named after it", () => {
  const page = (lead: string) =>
    [
      "# About",
      "## What we care about",
      lead,
      "### Good flour",
      "Milled ten miles away.",
      "### Fair pay",
      "The living wage and then some.",
      "### The early shift",
      "Bread on the shelf before dawn.",
    ].join("\n\n");

  it("is not the set's count when a later sentence names every heading", async () => {
    const m = await model(
      `${page("Back in 2016 we wrote down 10 rules for the bakehouse. They're pinned up by the fridge. The things we actually care about are a shorter list: good flour, fair pay and the early shift.")}\n`,
      true,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [null, ["Good flour", "Fair pay", "The early shift"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });

  it("still counts the set when no later sentence names the headings", async () => {
    const m = await model(`${page("We hold to four values in the bakehouse.")}\n`, true);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("an icon between the counted lead-in and each value heading", () => {
  it("counts the headings by the lead-in, the icons no text of the set", async () => {
    const page = [
      "# Join Haulwise",
      "## What we value",
      "Four things we ask of everyone who joins.",
      "![a compass](/icons/compass.svg)\n### Own the outcome\nA job is done when the pallet is in.",
      "![a clock](/icons/clock.svg)\n### Pace over polish\nShip on Friday, tidy on Monday.",
      "![a lorry](/icons/lorry.svg)\n### Drivers come first\nThey see the customer we don't.",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Own the outcome", "Pace over polish", "Drivers come first"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("the same table under every value heading", () => {
  it("reads the headings as the values, each table a part of its value", async () => {
    const table = (say: string, not: string) =>
      `| Say this | Not this |\n| --- | --- |\n| ${say} | ${not} |`;
    const page = [
      "# Tollbar Bakes: our voice",
      "## Our values",
      "We have four values, and they are also how we write.",
      "### 1. Warm",
      "We talk like the person behind the counter.",
      table("Morning! The scones are still warm.", "Please select from our range."),
      "### 2. Honest",
      "We say what is in it and what it costs.",
      table("Butter from the farm up the road.", "Only the finest ingredients."),
      "### 3. Local",
      "We point people to the shop next door.",
      table("Get your cheese at Hendry's.", "Everything under one roof!"),
      "### 4. A bit cheeky",
      "A joke, never at anyone's expense.",
      table("Yes, the roll is bigger than your hand.", "OMG HUGE"),
      "## Colours",
      "| Colour | HEX |\n| --- | --- |\n| Crumb Gold | #E3B04B |",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Warm", "Honest", "Local", "A bit cheeky"]],
    ]);
    expect(m.valueSets[0]?.values[1]?.description).toBe("We say what is in it and what it costs.");
  });
});

describe("a page titled as a Q&A, its principles in a table before the first question", () => {
  it("reads the table as the set; the answers stay the FAQ", async () => {
    const page = [
      "# About the Society: your questions answered",
      "**How we work.** We work by three principles:",
      "| | |\n| --- | --- |\n| 🔬 **Evidence first** | We test before we campaign. |\n| **Local hands** | Volunteers do most of it. |\n| **Patience** | Rivers recover over decades. |",
      "### What does the Society do?",
      "We test the water and plant the banks.",
      "### What principles guide you?",
      "The three above: evidence first, local hands and patience.",
    ].join("\n\n");
    const m = await model(`${page}\n`, true);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Evidence first", "Local hands", "Patience"]],
    ]);
    expect(m.faq.map((f) => f.question)).toEqual([
      "What does the Society do?",
      "What principles guide you?",
    ]);
    expect(diagnostics(m, "missing-values")).toEqual([]);
  });
});

describe("a page's “### Read next” after the value headings", () => {
  it("ends the run: the values stay, the links' heading is none of them", async () => {
    expect(
      await sets(
        "# About\n\n## How we work together\n\nThese are our values.\n\n### Make it plain\n\nIf a volunteer can't explain it, we haven't finished.\n\n### Bill fairly\n\nFixed prices agreed up front.\n\n### Share the credit\n\nEvery piece names the client team.\n\n### Read next\n",
      ),
    ).toEqual([["Make it plain", "Bill fairly", "Share the credit"]]);
  });
});

describe("### headings without a name", () => {
  it("end the run: a value always has a name", async () => {
    const m = await model(
      "## Values\n\n### Courage\n\nBold.\n\n### Trust\n\nKept.\n\n### 3.\n\nNothing.\n\n###\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Courage", "Trust"]]);
  });

  it("read no set when the first heading has no name", async () => {
    const m = await model("## Values\n\n### 1.\n\nx\n\n### Trust\n\ny\n");
    expect(m.valueSets).toEqual([]);
  });
});

describe("names set apart by dots, bars, fragments and acronyms", () => {
  const names = (m: Awaited<ReturnType<typeof model>>) =>
    m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

  it("reads a title-case name whose last word the tagger takes for a verb (“Fair Play”)", async () => {
    const m = await model(
      "## Our values\n\nWe hold to four values: Respect, Fun, Effort and Fair Play.\n",
    );
    expect(names(m)).toEqual([[4, ["Respect", "Fun", "Effort", "Fair Play"]]]);
  });

  it("reads a line of names set apart by middle dots, counted in the next sentence", async () => {
    const m = await model(
      "## Values\n\nCuriosity · Care · Candour · Welcome\n\nThese four values were chosen together.\n",
    );
    expect(names(m)).toEqual([[4, ["Curiosity", "Care", "Candour", "Welcome"]]]);
    expect(m.valueSets[0]?.form).toBe("inline");
  });

  it("reads names set apart by bars or slashes after an announcement", async () => {
    const bars = await model("## Our values\n\nIntegrity | Impartiality | Openness\n");
    expect(names(bars)).toEqual([[null, ["Integrity", "Impartiality", "Openness"]]]);
    const slashes = await model(
      "## How we work\n\nThree principles: Plain words / Measured savings / No hard sell\n",
    );
    expect(names(slashes)).toEqual([[3, ["Plain words", "Measured savings", "No hard sell"]]]);
  });

  it("reads one-word fragments as names, counted by a bare count after them", async () => {
    const m = await model(
      "## What we stand for\n\nLocal. Seasonal. Honest. Generous.\n\nFour words on the kitchen wall.\n",
    );
    expect(names(m)).toEqual([[4, ["Local", "Seasonal", "Honest", "Generous"]]]);
  });

  it("does not read two short sentences of prose as names", async () => {
    const m = await model("## Our values\n\nThank you. Really.\n");
    expect(m.valueSets).toEqual([]);
  });

  it("names an acronym's bullets by the word after the bold letter", async () => {
    const m = await model(
      "## Our values: JAM\n\n- **J** — Joy: we like our work.\n- **A** — Accuracy: we check twice.\n- **M** — Modesty: we share credit.\n",
    );
    expect(names(m)).toEqual([[null, ["Joy", "Accuracy", "Modesty"]]]);
    expect(m.valueSets[0]?.values[0]?.description).toBe("we like our work.");
  });

  it("drops “Pillar 1:” from pillar headings", async () => {
    const m = await model(
      "## Brand pillars\n\n### Pillar 1: Rooted\n\nLocal.\n\n### Pillar 2: Plain\n\nSimple.\n",
    );
    expect(m.pillars?.values.map((v) => v.name)).toEqual(["Rooted", "Plain"]);
  });

  it("reads “We value X:” paragraphs, each described by the next paragraph", async () => {
    const m = await model(
      [
        "## What we value",
        "",
        "We value hospitality:",
        "",
        "Every visitor is a guest.",
        "",
        "We value serving our street:",
        "",
        "We clear the alley every spring.",
      ].join("\n"),
    );
    expect(m.valueSets.map((s) => s.values.map((v) => [v.name, v.description]))).toEqual([
      [
        ["hospitality", "Every visitor is a guest."],
        ["serving our street", "We clear the alley every spring."],
      ],
    ]);
  });

  it("does not take a lead-in that names the set for a value", async () => {
    const m = await model(
      "## Values\n\nAcme lists two values on its site:\n\nCare: we help.\n\nThrift: we save.\n",
    );
    expect(names(m)).toEqual([[2, ["Care", "Thrift"]]]);
  });
});

describe("sets announced in prose the dev half showed", () => {
  const names = (m: Awaited<ReturnType<typeof model>>) =>
    m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

  it("reads bold names after “principles …:”, each followed by a comment", async () => {
    const m = await model(
      "## About us\n\nWe hold to a few principles in every job: **say what we see**, even when unwelcome; **leave the client stronger**, not dependent; and **price the outcome, not the hours**.\n",
    );
    expect(names(m)).toEqual([
      [null, ["say what we see", "leave the client stronger", "price the outcome, not the hours"]],
    ]);
  });

  it("reads bold names set off by dashes after the count (“We have three — **A**, **B**, **C** —”)", async () => {
    const m = await model(
      "## Life here\n\nOur values aren't a poster. We have three — **Own it**, **Ask early**, **Ship small** — and the second is the hardest.\n",
    );
    expect(names(m)).toEqual([[3, ["Own it", "Ask early", "Ship small"]]]);
  });

  it("reads those bold names in a bullet of a list that is no set, its intro that bullet", async () => {
    const m = await model(
      "## Life here\n\nA few things I've learned:\n\n- A mission only matters if people use it.\n- Our values aren't a poster. We have three — **Own it**, **Ask early**, **Ship small** — and the second is the hardest.\n- The customers are the product.\n",
    );
    expect(names(m)).toEqual([[3, ["Own it", "Ask early", "Ship small"]]]);
    expect(m.valueSets[0]?.intro).toBe(
      "Our values aren't a poster. We have three — Own it, Ask early, Ship small — and the second is the hardest.",
    );
  });

  it("reads what the culture is “built on” in a values section, and only there", async () => {
    const text =
      "Acme describes its culture as built on honesty about trade-offs, respect for the listener and restraint in design.\n";
    expect(names(await model(`## The values\n\n${text}`))).toEqual([
      [null, ["honesty about trade-offs", "respect for the listener", "restraint in design"]],
    ]);
    expect(names(await model(`## History\n\n${text}`))).toEqual([]);
  });

  it("reads no set from when and by whom a firm was “founded in 1971 by …”", async () => {
    const text =
      "Harker & Vane, which was founded in 1971 by a plumber and a joiner in a rented yard, now employs 140 people, has built 30 schools and around 1,200 homes.\n";
    expect(names(await model(`## New values for the firm\n\n${text}`))).toEqual([]);
  });

  it("reads a run of bold-sentence paragraphs announced as “the beliefs below”, counted “of them”", async () => {
    const m = await model(
      [
        "Acme's mission is to publish numbers anyone can check. We wrote the beliefs below before our first customer.",
        "",
        "There are three of them.",
        "",
        "**We show our working.**",
        "Every chart links to its data.",
        "",
        "**Boring is a feature.**",
        "Stable formats matter more than new ones.",
        "",
        "**Users are colleagues.**",
        "Bug reports are collaboration.",
      ].join("\n"),
    );
    expect(names(m)).toEqual([
      [3, ["We show our working", "Boring is a feature", "Users are colleagues"]],
    ]);
  });
});

describe("a sub-heading naming the set", () => {
  it("announces the list right under it inside a broader section", async () => {
    const m = await model(
      "## The brand\n\nAcme was founded in 2004.\n\n### Acme's values\n\n- **Durability**: built to last.\n- **Honesty**: real ratings.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Durability", "Honesty"],
    ]);
  });
});

describe("values in prose", () => {
  it("reads “Its values, adopted from …, are a, b and c”", async () => {
    expect(
      await sets(
        "# Acme\n\nIts values, adopted from the International Co-operative Alliance, are self-help, democracy, equality and solidarity.\n",
      ),
    ).toEqual([["self-help", "democracy", "equality", "solidarity"]]);
  });

  it("reads “Our values have not changed: we are a, b and c”", async () => {
    expect(
      await sets(
        "# Acme\n\nOur values have not changed either: we are mutual, local and straight-talking.\n",
      ),
    ).toEqual([["mutual", "local", "straight-talking"]]);
  });
});
