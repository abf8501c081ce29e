/** FAQ pairs: `### Q?` + answer, `Q1: … A1: …`, `**Q: …?** A: …`, question + answer paragraphs. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("FAQ", () => {
  it("reads ### questions with the paragraphs after them, and the answer's line", async () => {
    const m = await model(
      [
        "## FAQ", // 6
        "",
        "### What is the mission?", // 8
        "",
        "It is to inspire people.", // 10
        "",
        "More detail.", // 12
        "",
        "### Who founded it?", // 14
        "",
        "## Next", // 16
        "",
        "Text.",
      ].join("\n"),
    );
    expect(m.faq).toEqual([
      {
        question: "What is the mission?",
        answer: "It is to inspire people.\n\nMore detail.",
        line: 8,
        answerLine: 10,
      },
      { question: "Who founded it?", answer: "", line: 14 },
    ]);
    expect(m.sections.map((s) => s.blocks)).toEqual([
      [
        { type: "faq", index: 0, line: 8 },
        { type: "faq", index: 1, line: 14 },
      ],
      [{ type: "prose", html: "<p>Text.</p>", text: "Text.", line: 18 }],
    ]);
  });

  it("reads labelled pairs in one paragraph and strips the labels", async () => {
    const m = await model(
      [
        "## Frequently asked questions", // 6
        "",
        "Q1: What is the mission? A1: To inspire.", // 8
        "",
        "**Q: How many values?** A: Three.", // 10
        "",
        "Question 2. Why? Answer 2. Because.", // 12
      ].join("\n"),
    );
    expect(m.faq).toEqual([
      { question: "What is the mission?", answer: "To inspire.", line: 8 },
      { question: "How many values?", answer: "Three.", line: 10 },
      { question: "Why?", answer: "Because.", line: 12 },
    ]);
  });

  it("reads a question paragraph answered by the paragraphs and lists after it", async () => {
    const m = await model(
      "## FAQ\n\nWhat do they value?\n\nA: Courage and trust.\n\n- a list answer\n\nIs that all?\n\nYes.\n",
    );
    expect(m.faq).toEqual([
      {
        question: "What do they value?",
        answer: "Courage and trust.\n\na list answer",
        line: 8,
        answerLine: 10,
      },
      { question: "Is that all?", answer: "Yes.", line: 14, answerLine: 16 },
    ]);
  });

  it("reads questions only in FAQ sections", async () => {
    const m = await model("## History\n\n### Why?\n\nBecause.\n\nQ: Who? A: Us.\n");
    expect(m.faq).toEqual([]);
  });
});

describe("an FAQ the page does not call one", () => {
  const visit = [
    "# Thornbury Farm",
    "",
    "## Why we're here",
    "",
    "Our mission is to keep a working farm open to the town.",
    "",
    "## Planning your visit",
    "",
    "Wear boots: the yard is muddy in every season.",
    "",
    "**Can I bring my dog?**",
    "Dogs on short leads are welcome in the yard.",
    "",
    "**Is the farm accessible?**",
    "The yard and the tearoom are step-free.",
    "",
    "**Is there parking?**",
    "Yes, in the lower field.",
    "",
  ].join("\n");

  it("reads three short bold questions with their answers, in one section, as the FAQ", async () => {
    const m = await model(visit);
    expect(m.faq.map((f) => [f.question, f.answer])).toEqual([
      ["Can I bring my dog?", "Dogs on short leads are welcome in the yard."],
      ["Is the farm accessible?", "The yard and the tearoom are step-free."],
      ["Is there parking?", "Yes, in the lower field."],
    ]);
    // The section's own text before the questions stays in it.
    expect(m.sections.map((s) => [s.heading, s.kind])).toEqual([
      ["Thornbury Farm", "other"],
      ["Why we're here", "mission"],
      ["Planning your visit", "other"],
      ["Frequently asked questions", "faq"],
    ]);
  });

  it("gives a section that opens with the questions the FAQ kind, under its own heading", async () => {
    const m = await model(visit.replace("Wear boots: the yard is muddy in every season.\n\n", ""));
    expect(m.faq).toHaveLength(3);
    expect(m.sections.map((s) => [s.heading, s.kind])).toEqual([
      ["Thornbury Farm", "other"],
      ["Why we're here", "mission"],
      ["Planning your visit", "faq"],
    ]);
  });

  it("leaves an interview's questions alone: long, led by “You”, or spread over the page", async () => {
    const twoQuestions = visit.replace("**Is there parking?**\nYes, in the lower field.\n", "");
    const long = visit.replace(
      "**Is there parking?**",
      "**You have run the farm for thirty years. What has changed most?**",
    );
    const spread = visit.replace(
      "Our mission is to keep a working farm open to the town.",
      "**Why did you open the gate?**\nBecause a farm nobody sees is a farm nobody defends.",
    );
    const unasked = visit.replace("**Is there parking?**", "**Favourite season?**");
    for (const text of [twoQuestions, long, spread, unasked]) {
      expect((await model(text)).faq, text).toEqual([]);
    }
  });
});

describe("an interview written as question headings", () => {
  const interview = (third: string) =>
    [
      "# Meet the founder",
      "",
      "The warehouse smells of lavender.",
      "",
      "### **Why turn down a supermarket?**",
      "",
      "“Because they wanted our name and not our way of working.”",
      "",
      "### **Where do you want to be in ten years?**",
      "",
      "“In every corner shop in the county.”",
      "",
      `### **${third}**`,
      "",
      "“We’ve got three values and they’re painted on the wall.”",
      "",
    ].join("\n");

  it("is no FAQ when a question is put to the person: led by “You”, or after a sentence", async () => {
    for (const third of [
      "You’ve gone from one person to 38. How do you keep the culture?",
      "And now?",
    ])
      expect((await model(interview(third))).faq).toEqual([]);
  });

  it("is an FAQ when every question heading is one a reader asks", async () => {
    expect((await model(interview("How do you keep the culture?"))).faq).toHaveLength(3);
  });

  it("is an FAQ when a reader tells of their own case first: “My dog is very nervous. Can you still help?”", async () => {
    const page = [
      "# Pawsley Grooming",
      "",
      "## Do I need to book?",
      "",
      "For grooms, yes.",
      "",
      "## Can I stay with my dog?",
      "",
      "For puppy visits, absolutely.",
      "",
      "## My dog is very nervous. Can you still help?",
      "",
      "Very likely: book a quiet slot.",
      "",
    ].join("\n");
    expect((await model(page)).faq.map((f) => f.question)).toEqual([
      "Do I need to book?",
      "Can I stay with my dog?",
      "My dog is very nervous. Can you still help?",
    ]);
  });

  it("is no FAQ under a title naming it a Q&A with someone", async () => {
    const m = await model(
      "# “We stopped pretending”: Q&A with Hollin's brand director\n\n**What did you walk into?**\n\nA brand that had panicked.\n\n**How did you explain it?**\n\nWith one sentence.\n",
    );
    expect(m.faq).toEqual([]);
    expect((await model("# Acme Q&A\n\n**Is there parking?**\n\nYes.\n")).faq).toHaveLength(1);
  });
});

describe("FAQ headings that ask nothing", () => {
  it.each(["### Q:", "###", "### Question 3."])(
    "skips %s and keeps the model valid",
    async (line) => {
      const m = await model(`## FAQ\n\n${line}\n\nAn answer to nothing.\n\n### Why?\n\nBecause.\n`);
      expect(m.faq).toEqual([{ question: "Why?", answer: "Because.", line: 12, answerLine: 14 }]);
    },
  );

  it("reads `<details><summary>Question?</summary>` blocks, text only", async () => {
    const m = await model(
      [
        "## Questions",
        "",
        "<details>",
        "<summary>Can I <b>invest</b> in a project?</summary>",
        "",
        "Yes, when a share offer opens.",
        "",
        "</details>",
        "",
        "<details>",
        "<summary>What is Acme's mission?</summary>",
        "",
        "To turn the wind into power people own.",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(m.faq.map((f) => [f.question, f.answer])).toEqual([
      ["Can I invest in a project?", "Yes, when a share offer opens."],
      ["What is Acme's mission?", "To turn the wind into power people own."],
    ]);
  });
});

describe("a part of the page whose sub-headings are all readers' questions", () => {
  const page = (questions: string[], heading = "## Thinking of joining?") =>
    [
      "# Hartswood Community Choir",
      "",
      "We sing on Tuesday nights in the church hall.",
      "",
      heading,
      "",
      ...questions.flatMap((q) => [`### ${q}`, "", "An answer of a line or two.", ""]),
      "## Contact",
      "",
      "Email the secretary.",
      "",
    ].join("\n");

  it("is an FAQ with three questions or more, whatever its heading calls it", async () => {
    const questions = [
      "Do I need to read music?",
      "How much does it cost?",
      "Can I come along and try it first?",
    ];
    expect((await model(page(questions))).faq.map((f) => f.question)).toEqual(questions);
  });

  it("is no FAQ with two, nor when a sub-heading is no question", async () => {
    expect((await model(page(["Do I need to read music?", "How much does it cost?"]))).faq).toEqual(
      [],
    );
    expect(
      (await model(page(["Do I need to read music?", "Rehearsals", "How much does it cost?"]))).faq,
    ).toEqual([]);
  });
});
