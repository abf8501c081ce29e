/**
 * Headings that lost their markup when a page was copied: an inline bold label before the
 * statement ("**Vision** Health for every valley.") and a plain "Our mission" line above it (an
 * accordion's title).
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

describe("an inline bold label", () => {
  const body =
    "# Our statements\n\n" +
    "**The Mission** Rooted in the work of our founders, we care for everyone who comes to us.\n\n" +
    "**Values** Compassion, Dignity, Justice, Integrity\n\n" +
    "**Vision** Health for every valley.\n";

  it("reads the words after it as the statement it names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "Rooted in the work of our founders, we care for everyone who comes to us",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual(["Health for every valley"]);
  });

  it("reads a values label's list as the value set, with no missing-* diagnostics", async () => {
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Compassion", "Dignity", "Justice", "Integrity"],
    ]);
    expect(m.diagnostics.filter((d) => d.ruleId.startsWith("missing-"))).toEqual([]);
  });

  it("leaves a bold phrase that opens an ordinary sentence alone", async () => {
    const m = await model(
      "# About\n\n**Our mission** matters to every one of us, as the founders said.\n",
    );
    expect(m.mission.statements).toEqual([]);
    expect(diagnostics(m, "missing-mission")).toHaveLength(1);
  });
});

describe("a plain label line above the statement", () => {
  it("reads the line after “Our mission” / “Our vision” / “Our values” as under a heading", async () => {
    const m = await model(
      "# What we stand for\n\nOur mission\n\nTo help every member borrow fairly and save a little each month.\n\n" +
        "What it means for you\n\nLoans are priced on what you can repay.\n\n" +
        "Our vision\n\nA coast where nobody needs a doorstep lender.\n\n" +
        "Our values\n\n- Members first\n- Plain speaking\n- Thrift\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help every member borrow fairly and save a little each month",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A coast where nobody needs a doorstep lender",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Members first", "Plain speaking", "Thrift"],
    ]);
  });
});

describe("a bold label alone on its line", () => {
  const page =
    "# About Tarnside Academy\n\n" +
    "Tarnside Academy teaches 900 pupils on the edge of the moor.\n\n" +
    "**OUR VISION**\n\nTo be the school every family on the moor is proud to send its children to.\n\n" +
    "**Mission**\n\n- To teach every pupil to read for pleasure\n- To send every leaver on with a plan\n\n" +
    "**Our house system**\n\n- To give each pupil a tutor who stays for five years\n- To meet parents every term\n";

  it("reads the statement under an ALL-CAPS or plain bold label as under a heading", async () => {
    const m = await model(page);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "be the school every family on the moor is proud to send its children to",
    ]);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "teach every pupil to read for pleasure; To send every leaver on with a plan",
    ]);
  });

  it("ends the label's section at the page's next bold label line", async () => {
    const m = await model(page);
    expect(m.sections.map((s) => s.heading)).toContain("Our house system");
    expect(diagnostics(m, "conflicting-statements")).toEqual([]);
  });

  it.each([
    ["bold", (text: string) => `**${text}**`],
    ["plain", (text: string) => text],
  ])(
    "%s: a label closed by a colon (“Vision:”, “FAQ:”) titles the part it names",
    async (_, line) => {
      const m = await model(
        [
          "# About Hatherley Mutual",
          "Hatherley Mutual insures 9,000 boats on the east coast.",
          line("Vision:"),
          "To be the insurer every harbour master recommends.",
          line("FAQ:"),
          "**Who owns Hatherley?**\nIts members do.",
          "**Do I need a boat to join?**\nYes, or a share in one.",
        ].join("\n\n"),
      );
      expect(m.vision.statements.map((s) => s.text)).toEqual([
        "be the insurer every harbour master recommends",
      ]);
      expect(m.faq.map((f) => f.question)).toEqual([
        "Who owns Hatherley?",
        "Do I need a boat to join?",
      ]);
      // A sentence closed by a colon is a lead-in, whatever it is about.
      const lead = await model(
        "# Notes\n\nOn the interview: there are five questions and they ask all of them:\n\n- Why us\n- Why now\n",
      );
      expect(lead.sections.map((s) => s.kind)).toEqual(["other"]);
    },
  );

  it("leaves a bold line of a page with no statement label as a paragraph", async () => {
    const m = await model("# About\n\n**A note from the head**\n\nWe opened in 1972.\n");
    expect(m.sections.map((s) => s.heading)).not.toContain("A note from the head");
  });
});

describe("titles written as bold or plain lines (word-processor and CMS exports, copied pages)", () => {
  const page = (title: (text: string) => string) =>
    [
      "# Pemberly Kilns",
      "",
      "Pemberly Kilns' mission is to fire pots that outlive their makers.",
      "",
      title("Our values"),
      "",
      title("Patience"),
      "",
      "A glaze cannot be hurried, and neither can a good apprentice.",
      "",
      title("Thrift"),
      "",
      "We reuse every shard we can.",
      "",
      title("How the kilns compare"),
      "",
      "| Kiln | Firings a year |",
      "| --- | --- |",
      "| North | 40 |",
      "",
      title("Frequently asked questions"),
      "",
      title("Can I visit the kilns?"),
      "",
      "Yes, on the first Saturday of each month.",
      "",
    ].join("\n");

  it.each([
    ["bold", (text: string) => `**${text}**`],
    ["plain", (text: string) => text],
  ])(
    "%s: a line naming a part starts it, its items are read, a new topic ends it",
    async (_, title) => {
      const m = await model(page(title), true);
      expect(m.sections.map((s) => [s.heading, s.kind])).toEqual([
        ["Pemberly Kilns", "other"],
        ["Our values", "values"],
        ["How the kilns compare", "other"],
        ["Frequently asked questions", "faq"],
      ]);
      // "Patience" with its one sentence is an item of the values, not a part of its own; the
      // table after "How the kilns compare" is not.
      expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Patience", "Thrift"]]);
      expect(m.faq.map((f) => f.question)).toEqual(["Can I visit the kilns?"]);
    },
  );

  it("leaves a lead-in with a colon, a sentence and a page without such titles alone", async () => {
    const m = await model(
      "# Notes\n\nWe value candour:\n\nWe say what we see.\n\n**Opening hours**\n\nNine till five.\n",
      true,
    );
    expect(m.sections.map((s) => s.heading)).toEqual(["Notes"]);
  });
});

describe("the end of a part titled by bold lines", () => {
  it("a title naming the page's own topic ends the values, even with one paragraph", async () => {
    const m = await model(
      [
        "# Fellside Bakery",
        "",
        "Fellside Bakery's mission is to bake bread the whole valley can afford.",
        "",
        "**Our values**",
        "",
        "**Patience**",
        "",
        "Dough takes the time it takes.",
        "",
        "**Thrift**",
        "",
        "Yesterday's loaves become today's crumbs.",
        "",
        "**Find us**",
        "",
        "On the corner of Mill Lane, open from seven.",
        "",
        "**The team**",
        "",
        "Six bakers and a dog.",
        "",
      ].join("\n"),
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Patience", "Thrift"]]);
    expect(m.sections.map((s) => s.heading)).toEqual([
      "Fellside Bakery",
      "Our values",
      "Find us",
      "The team",
    ]);
  });
});

describe("the items of a values part titled by bold or plain lines", () => {
  const title = {
    bold: (text: string) => `**${text}**`,
    plain: (text: string) => text,
  };

  it.each(Object.entries(title))(
    "%s: a value's title stays an item with a list of behaviours or two paragraphs under it",
    async (_, line) => {
      const m = await model(
        [
          "# Wyebank Hospice",
          "",
          "Wyebank Hospice's mission is to make every last month a good one.",
          "",
          line("Our three values"),
          "",
          "We wrote these with patients and volunteers in 2024.",
          "",
          line("Warmth"),
          "",
          "You can tell it is there when:",
          "",
          "- we greet every visitor by name",
          "- we sit down to talk",
          "",
          line("Honesty"),
          "",
          "We tell families what we know, when we know it.",
          "",
          "We say sorry when we get it wrong.",
          "",
          line("Working as one"),
          "",
          "You can tell it is there when:",
          "",
          "- nurses and volunteers plan the week together",
          "",
          line("Our inspection results"),
          "",
          "1. Safe",
          "2. Caring",
          "",
        ].join("\n"),
        true,
      );
      expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
        ["Warmth", "Honesty", "Working as one"],
      ]);
      expect(m.valueSets[0]?.declaredCount).toBe(3);
    },
  );

  it.each(Object.entries(title))(
    "%s: a value written as a sentence that opens with “The” is an item, not a new topic",
    async (_, line) => {
      const m = await model(
        [
          "# The Inkwell Handbook",
          "",
          "Inkwell exists to help people write what they mean.",
          "",
          line("Four beliefs we work by"),
          "",
          line("The reader comes first"),
          "",
          "If a sentence needs reading twice, we rewrite it.",
          "",
          line("Plain over clever"),
          "",
          "We admire clever code; we ship plain code.",
          "",
          line("The whole team owns the product"),
          "",
          "Anyone may file a bug against anything.",
          "",
          line("Rest well"),
          "",
          "Nobody is praised for working all night.",
          "",
          line("The team"),
          "",
          "Forty people in two offices.",
          "",
        ].join("\n"),
        true,
      );
      expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
        [
          "The reader comes first",
          "Plain over clever",
          "The whole team owns the product",
          "Rest well",
        ],
      ]);
    },
  );
});

describe("a callout holding the statements under bold labels", () => {
  const body =
    "# Strategy 2030\n\n**Hollowell Hospital** · Summary for patients\n\n" +
    "> **Our mission**\n> Expert hospital care for the Hollow valley, delivered as close to home as it can safely be.\n>\n" +
    "> **Our vision**\n> A valley where people stay healthy for longer.\n\n" +
    "From 2019 we worked to an older strategy.\n";

  it("reads each label's line as the statement it names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "Expert hospital care for the Hollow valley, delivered as close to home as it can safely be",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A valley where people stay healthy for longer",
    ]);
  });
});

describe("a quoted About page whose labels stand on lines of their own", () => {
  const body =
    "# Thread\n\n**bob** wrote:\n\nCopying the main bit of their new About page here:\n\n" +
    "> **Our mission**\n>\n> To get more people outside, more often, in kit that lasts.\n>\n" +
    "> **Our five values**\n>\n> - **Go further** – we design for the day that goes wrong.\n> - **Repair before replace** – free repairs for life.\n> - **Everyone's outdoors** – sizes and prices for every body.\n> - **Tell it straight** – honest specs.\n\nThoughts?\n";

  it("reads the line under each label as what it names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get more people outside, more often, in kit that lasts",
    ]);
    expect(m.valueSets.map((v) => v.values.map((x) => x.name))).toEqual([
      ["Go further", "Repair before replace", "Everyone's outdoors", "Tell it straight"],
    ]);
  });

  it("leaves a quotation whose paragraphs follow no label of their own", async () => {
    const m = await model(
      "# Thread\n\n> **Our mission**? Ha. Nobody here has read it.\n>\n> To sell more jackets, if you ask me.\n",
    );
    expect(m.mission.statements).toEqual([]);
  });
});

describe("a handout box with its own title, a values table and a goals line", () => {
  // A fact sheet set in one quote: the box's bold title, the labelled statements, a table under
  // the values label and another bold label ("**Our goals for 2026**") — still the page's own.
  const body =
    "# Lesson plan\n\n## Fact sheet\n\n" +
    "> **Pellow Dairy — who we are**\n>\n" +
    "> **Our mission**\n> Our mission is to bring milk from the field to the fridge in a day.\n>\n" +
    "> **Our three values**\n>\n> | Value | What it means |\n> | --- | --- |\n" +
    "> | Patience | We let the herd set the pace. |\n> | Thrift | We waste nothing. |\n" +
    "> | Candour | We say what the milk costs to make. |\n>\n" +
    "> **Our goals for 2026**\n> Open a second churn room.\n";

  it("reads the table under the values label as the values", async () => {
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Patience", "Thrift", "Candour"],
    ]);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "bring milk from the field to the fridge in a day",
    ]);
  });

  it("keeps a quote of bold lines with no statement label a quotation", async () => {
    const m = await model(
      "# Notes\n\nOur mission is to bring milk to the fridge in a day.\n\n" +
        "> **Pellow Dairy — who we are**\n>\n> | Value | Meaning |\n> | --- | --- |\n> | Patience | Slow. |\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a quoted card whose values label is “What we value”", () => {
  it("reads the vision under its label and the list under “What we value”", async () => {
    const m = await model(
      "# Thread\n\nTucked inside was a card. Typing it out:\n\n" +
        "> **Our vision**\n>\n> To be the most trusted building society in the North.\n>\n" +
        "> **What we value**\n>\n> - **Members first**: we're owned by you.\n> - **Plain speaking**: no jargon.\n> - **Local roots**: branches in the towns we serve.\n\nThoughts?\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "be the most trusted building society in the North",
    ]);
    expect(m.valueSets.map((v) => v.values.map((x) => x.name))).toEqual([
      ["Members first", "Plain speaking", "Local roots"],
    ]);
  });
});

describe("a fact box titled on a bold line of its own, then its facts", () => {
  it("still reads the labelled statements and values in it", async () => {
    const m = await model(
      "# Report\n\n## Who we are\n\n> **Mwangaza at a glance**\n>\n> Founded in 1958 · 4 factories · exports to 23 countries\n>\n" +
        "> **Our mission:** To grow fine tea in a way that leaves our land better off.\n>\n" +
        "> **Our three values**\n> - **Integrity** – we do what we say\n> - **Care for the land** – soil is capital\n> - **Respect** – for each worker\n",
    );
    expect(m.valueSets.map((v) => v.values.map((x) => x.name))).toEqual([
      ["Integrity", "Care for the land", "Respect"],
    ]);
  });
});

describe("a breadcrumb under a purpose title", () => {
  it("is no mission (“Acme Trust › About us › Our purpose”)", async () => {
    const m = await model(
      "# Our purpose\n\nHollin Carers' Trust › About us › Our purpose\n\nOur purpose is to find carers early and give them a break.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "find carers early and give them a break",
    ]);
  });
});

describe("a numbered card's label", () => {
  // Flashcards and slides number their labels ("**Card 2 — Mission**", "**Slide 3: Vision**"):
  // the number sorts the cards, the word after it is the label.
  const body =
    "# Revision cards\n\n" +
    "**Card 1 — Mission**\n“To mend every bicycle in the Wendle valley for free.”\n\n" +
    "**Slide 2: Vision**\nA valley where everyone can ride to work.\n\n" +
    "**Card 3 — Values**\nPatience, Thrift and Cheer.\n\n" +
    "**Card 4 — Mission or goal?**\nForty bikes a week is a goal: it has a number.\n";

  it("reads each card's words as the statement or list its label names", async () => {
    const m = await model(body);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "mend every bicycle in the Wendle valley for free",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A valley where everyone can ride to work",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Patience", "Thrift", "Cheer"],
    ]);
  });
});

describe("a chat post pasted as a quote, its sender over labelled statements", () => {
  const body =
    "> **Lena Farouk** (CEO) · 9:02 AM\n>\n> Morning all! We've signed off our new vision and values.\n>\n" +
    "> **Vision**\n> We believe every patient should leave calmer than they arrived.\n>\n" +
    "> **Our three values**\n> :seedling: **Gentle** – no rushing\n> :mag: **Thorough** – do it properly\n> :handshake: **Together** – one team\n>\n" +
    '> :tada: 23 · :heart: 17\n\n> **Ravi Menon** · 9:14 AM\n> can the mission just be "fewer fillings" :joy:\n';

  it("reads the post's labelled vision and values as the page's own", async () => {
    const m = await model(body);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every patient should leave calmer than they arrived",
    ]);
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Gentle", "Thorough", "Together"]],
    ]);
    expect(m.mission.statements).toEqual([]);
  });

  it("leaves a quoted post with no labels a quotation", async () => {
    const m = await model(
      "> **Ravi Menon** · 9:14 AM\n> Our vision is honestly just fewer fillings.\n\nThe team laughed.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});
