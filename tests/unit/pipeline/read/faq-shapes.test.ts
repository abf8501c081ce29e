/** FAQ shapes beyond headings and bold questions: numbered items, plain lines, "you ask" headings. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const pairs = async (body: string) =>
  (await model(body)).faq.map((f) => ({ question: f.question, answer: f.answer }));

describe("FAQ shapes", () => {
  it("reads a numbered list whose items are a plain question, then the answer", async () => {
    const body = [
      "## FAQ",
      "",
      "1. Who runs the mill?",
      "",
      "   A family of millers since 1902.",
      "",
      "2. Can I buy flour on site?",
      "",
      "   Yes, on Saturdays.",
      "",
    ].join("\n");
    expect(await pairs(body)).toEqual([
      { question: "Who runs the mill?", answer: "A family of millers since 1902." },
      { question: "Can I buy flour on site?", answer: "Yes, on Saturdays." },
    ]);
  });

  it("reads a table of questions and short answers, one pair a row", async () => {
    const body =
      "## Quick answers\n\n| Question | Short answer |\n|---|---|\n| Who runs the mill? | A family of millers. |\n| Can I buy flour on site? | Yes, on Saturdays. |\n";
    expect(await pairs(body)).toEqual([
      { question: "Who runs the mill?", answer: "A family of millers." },
      { question: "Can I buy flour on site?", answer: "Yes, on Saturdays." },
    ]);
  });

  it("reads question headings under “## Good to know” as the FAQ", async () => {
    const body =
      "## Good to know\n\n### Do you use treats?\n\nYes, lots.\n\n### Where are classes held?\n\nIn the field behind the chapel.\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual([
      "Do you use treats?",
      "Where are classes held?",
    ]);
  });

  it("reads no pairs from a table in the FAQ whose rows are not questions", async () => {
    const body =
      "## FAQ\n\n### Who runs the mill?\n\nA family.\n\n| Year | Flour sold |\n|---|---|\n| 2023 | 40 t |\n| 2024 | 52 t |\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Who runs the mill?"]);
  });

  it("drops a bold question's own number and a wiki toggle's 'Expand:' from the question", async () => {
    const body =
      "## FAQ\n\n**1. Who runs the mill?**\nA family of millers.\n\n▶ **Expand: Can I buy flour on site?**\n\n> Yes, on Saturdays.\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual([
      "Who runs the mill?",
      "Can I buy flour on site?",
    ]);
  });

  it("a question asking the reader to act, answered by a link to do it, is a call to action", async () => {
    const body =
      "## FAQ\n\n### Who runs the mill?\n\nA family of millers.\n\n---\n\n**Was this analysis useful?** Subscribe for a new breakdown every week. [Sign up →](/newsletter/)\n\n*Like this teardown?* Get the next one in your inbox. [Subscribe](/subscribe)\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Who runs the mill?"]);
    // (A question the page answers with a link stays: its answer does not tell the reader to act.)
    const answered =
      "## FAQ\n\n**Where can I read the full plan?**\nYou can download the [full plan (PDF)](/plan.pdf).\n";
    expect((await pairs(answered)).map((p) => p.question)).toEqual([
      "Where can I read the full plan?",
    ]);
  });

  it("a question asking the reader to rate the page is its feedback widget, not a question it answers", async () => {
    const body =
      "## FAQ\n\n### Who runs the mill?\n\nA family of millers.\n\n---\n\n**Was this article helpful?** 👍 Yes · 👎 No\n\n### Did this answer your question?\n\nYes · No\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Who runs the mill?"]);
  });

  it("reads a plain question and its answer in one paragraph, a line apart", async () => {
    const body = "## FAQ\n\nWhere is the mill?\nOn the river, below the weir.\n";
    expect(await pairs(body)).toEqual([
      { question: "Where is the mill?", answer: "On the river, below the weir." },
    ]);
  });

  it("reads the questions under a heading that says readers ask them", async () => {
    const body =
      "## Visitors often ask\n\n### Is the mill open in winter?\n\nOnly at weekends.\n\n### Do you allow dogs?\n\nOn a lead.\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual([
      "Is the mill open in winter?",
      "Do you allow dogs?",
    ]);
  });

  it("question headings above the page's own FAQ are sections, not FAQ entries", async () => {
    const body = [
      "# Ashby Mill",
      "",
      "A water mill on the Soar.",
      "",
      "## What does the mill make?",
      "",
      "Flour, mostly, and some oats.",
      "",
      "## Where does its grain come from?",
      "",
      "Farms within thirty miles.",
      "",
      "## FAQ",
      "",
      "### Is there parking?",
      "",
      "Yes, behind the mill.",
      "",
    ].join("\n");
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Is there parking?"]);
  });

  it("a question heading run with no FAQ of its own is still the FAQ", async () => {
    const body =
      "# Ashby Mill\n\nA water mill.\n\n## Is there parking?\n\nYes.\n\n## Can I bring a dog?\n\nOn a lead.\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual([
      "Is there parking?",
      "Can I bring a dog?",
    ]);
  });

  it("reads no question from a line of links to other pages after the FAQ", async () => {
    const body = [
      "## FAQ",
      "",
      "### Who runs the mill?",
      "",
      "A family of millers since 1902.",
      "",
      "---",
      "",
      "**Read next:** [Mill or bakery: which suits a village?](#) · [What is stoneground flour?](#)",
      "",
      "*Some links on this page earn us a small fee.*",
      "",
    ].join("\n");
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Who runs the mill?"]);
  });
});

describe("a call to action at the foot of the FAQ", () => {
  it("is no question when its “answer” is contact details", async () => {
    const m = await model(
      "# Acme\n\n## FAQ\n\n**Is it open on Sundays?**\nYes, from ten.\n\n---\n\n**Ready to talk?** hello@acme.example · 01234 555 678 · 1 High Street, Ludlow\n",
    );
    expect(m.faq.map((f) => f.question)).toEqual(["Is it open on Sundays?"]);
  });
});

describe("a transcript's Q&A", () => {
  it("reads no FAQ from the speakers' turns, each led by a bold name", async () => {
    const body =
      "## Q&A\n\n**Ana Pike, Tarn Securities:** Thanks. Is the new pricing here to stay?\n\n**Rhea Lund:** Yes. We tested it for a year.\n\n**Tom Reed, Fell Partners:** What comes after the pilot?\n\n**Rhea Lund:** A national roll-out.\n";
    expect(await pairs(body)).toEqual([]);
  });

  it("still reads bold questions with a “Q:” label", async () => {
    const body = "## Q&A\n\n**Q: Is the shop open on Sundays?** Yes, from ten.\n";
    expect(await pairs(body)).toEqual([
      { question: "Is the shop open on Sundays?", answer: "Yes, from ten." },
    ]);
  });
});

describe("question headings that are the article's own sections", () => {
  const page = (closing: string) =>
    [
      "# Acme Mission and Values: A Review",
      "",
      "Acme sells kettles.",
      "",
      "## What is Acme's mission?",
      "",
      "Acme's mission is to make kettles that last a lifetime.",
      "",
      "## What are Acme's values?",
      "",
      "Acme names three values: thrift, care and patience.",
      "",
      closing,
    ].join("\n");

  it("are no FAQ when the page's takeaways follow them", async () => {
    const m = await model(
      page("## Key takeaways\n\n- The mission is short.\n- The values are plain.\n"),
    );
    expect(m.faq).toEqual([]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["thrift", "care", "patience"],
    ]);
  });

  it("still make an FAQ when they close the page after its takeaways", async () => {
    const m = await model(
      "# Acme review\n\nAcme sells kettles.\n\n## Key takeaways\n\n- The mission is short.\n\n## What is Acme's mission?\n\nTo make kettles that last.\n\n## Who owns Acme?\n\nIts staff.\n",
    );
    expect(m.faq.map((f) => f.question)).toEqual(["What is Acme's mission?", "Who owns Acme?"]);
  });
});

describe("an FAQ sub-heading inside a broader section", () => {
  it("reads the question headings under “### Questions we get asked a lot”, and the section after it as its own", async () => {
    const body =
      "# One year of Ferrow\n\n## Where we're going\n\nWe will open a second depot.\n\n### Questions we get asked a lot\n\n#### Do you deliver outside the ring road?\n\nNot yet.\n\n#### Are your riders employees?\n\nYes, all of them.\n\n## Thank you\n\nSee you next year.\n";
    const m = await model(body);
    expect(m.faq.map((f) => [f.question, f.answer])).toEqual([
      ["Do you deliver outside the ring road?", "Not yet."],
      ["Are your riders employees?", "Yes, all of them."],
    ]);
    expect(m.sections.map((s) => s.heading)).toContain("Thank you");
  });

  it("reads bold questions under “### FAQ” inside a `##` part", async () => {
    const body =
      "## Aalund Audio Mission Statement\n\nAalund Audio exists to build loudspeakers that sound like the room.\n\n### FAQ\n\n**Does Aalund have a vision statement?**\nNo, not a published one.\n\n**Where is it based?**\nCambridge.\n";
    const m = await model(body);
    expect(m.faq.map((f) => [f.question, f.answer])).toEqual([
      ["Does Aalund have a vision statement?", "No, not a published one."],
      ["Where is it based?", "Cambridge."],
    ]);
  });
});

describe("a gerund answering the mission question", () => {
  it("is the mission: '**What's the mission, in one line?**' over 'Making ops boring …'", async () => {
    const m = await model(
      "## FAQ\n\n**What's the mission, in one line?**\nMaking ops boring enough that small teams can ignore it.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "Making ops boring enough that small teams can ignore it",
    ]);
  });
  it("is not 'According to its website, …'", async () => {
    const m = await model(
      "## FAQ\n\n**What is the mission?**\nAccording to its leaflet, the mission is under review.\n",
    );
    expect(m.mission.statements).toEqual([]);
  });
});

describe("a related post's linked title after the FAQ", () => {
  it("is no question: '### [How water companies write their purpose](…)'", async () => {
    const body =
      "## FAQ\n\n### Who runs the mill?\n\nA family of millers.\n\n### Related analyses\n\n### [How water companies write their purpose](https://example.org/water)\n\n9 December 2024\n";
    expect((await pairs(body)).map((p) => p.question)).toEqual(["Who runs the mill?"]);
  });
});

describe("an answer that says how it is put first", () => {
  it("reads “In one line: to make …” as the mission the question asks for", async () => {
    const m = await model(
      "## FAQ\n\n### What is Acme's mission?\n\nIn one line: to make running a small clinic feel less like running an office.\n\n### Do you hire remotely?\n\nYes.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make running a small clinic feel less like running an office",
    ]);
  });
});
