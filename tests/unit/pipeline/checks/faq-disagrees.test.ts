/** `faq-disagrees`: an FAQ answer states a mission, vision or value list the body never gives. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const BODY = [
  "# Mission", // 6
  "",
  "Our mission is to inspire creativity and bring joy.", // 8
  "",
  "## Values", // 10
  "",
  "- Creativity: make things", // 12
  "- Authenticity: be real",
  "- Joy: have fun",
  "",
  "## FAQ", // 16
  "",
].join("\n");

describe("faq-disagrees", () => {
  it("warns about a mission stated only in the FAQ, naming the body's", async () => {
    const m = await model(
      `${BODY}\n### What is the mission?\n\nThe mission is to connect people worldwide every day.\n`,
    );
    const found = diagnostics(m, "faq-disagrees");
    expect(found).toHaveLength(1);
    // The answer is on line 20; the statement starts at "to", column 16.
    expect(found[0]).toMatchObject({ severity: "warning", line: 20, column: 16 });
    expect(found[0]?.message).toContain("The FAQ's mission “connect people worldwide every day”");
    expect(found[0]?.message).toContain("the body gives “inspire creativity and bring joy”");
  });

  it("says the body states none when only the FAQ has a vision", async () => {
    const m = await model(
      `${BODY}\n### And the vision?\n\nThe vision is to be the home of every creator.\n`,
    );
    const found = diagnostics(m, "faq-disagrees");
    expect(found.map((d) => [d.line, d.column])).toEqual([[20, 15]]);
    expect(found[0]?.message).toContain("the body states no vision");
  });

  it("warns about an FAQ value list that matches no body set, at the answer's line", async () => {
    const m = await model(
      `${BODY}\n### What are the values?\n\nIts values are speed, craft and care.\n`,
    );
    const found = diagnostics(m, "faq-disagrees");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", line: 20, column: 1 });
    expect(found[0]?.message).toContain("The FAQ lists the values speed, craft, care");
  });

  it("stays quiet when the FAQ quotes the body's mission and values", async () => {
    const m = await model(
      [
        BODY,
        "### What is the mission?",
        "",
        "Its mission is “to inspire creativity and bring joy”.",
        "",
        "### What are the values?",
        "",
        // Stems match: creative ~ Creativity, authentic ~ Authenticity.
        "Its values are creative, authentic and joy.",
      ].join("\n"),
    );
    expect(m.mission.statements).toHaveLength(1);
    expect(m.mission.primary?.occurrences.map((o) => o.section)).toEqual(["Mission", "FAQ"]);
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });

  it("stays quiet without an FAQ section", async () => {
    const m = await model(
      "# About\n\nOur mission is to inspire creativity and bring joy.\n\nOur mission is to connect people worldwide every day.\n",
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees on a bare list answering a values question", () => {
  const page = (answer: string) => model(`${BODY}\n### What are Acme's values?\n\n${answer}\n`);

  it("warns when the answer lists only some of the body's values", async () => {
    const m = await page("Creativity and joy.");
    expect(diagnostics(m, "faq-disagrees").map((d) => d.message)).toEqual([
      "The FAQ lists the values Creativity, joy, which match no value list in the body; make the answer list one of the body's value sets in full",
    ]);
  });

  it("reads the list after a lead-in ending in a colon, and stays quiet when it is the whole set", async () => {
    const m = await page("All three matter: Creativity, Authenticity and Joy.");
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });

  it("stays quiet on a prose answer", async () => {
    const m = await page("They are printed on the wall of every office we have ever opened.");
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees about another organisation's values", () => {
  it("stays quiet when the question asks for another organisation's values", async () => {
    const m = await model(
      "Acme makes gloves, and Acme's staff own a third of it.\n\n## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## FAQ\n\n### What are Pennock's values?\n\nHustle, heart and home.\n\n### What are Acme's values?\n\nThrift and candour.\n",
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees on a question put with an auxiliary or a comparison", () => {
  const values =
    "Acme makes gloves.\n\n## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n- **Pace** – same day\n\n## FAQ\n\n";

  it("reads “Will Halden's values change?” as about Halden Analytics' values", async () => {
    const m = await model(
      "---\ncompany: Halden Analytics\n---\n\nHalden makes reports.\n\n## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n- **Pace** – same day\n\n## FAQ\n\n### Will Halden's values change?\n\nNo. They will be thrift and candour, as they are today.\n",
      true,
    );
    expect(diagnostics(m, "faq-disagrees").length).toBe(1);
  });

  it("stays quiet on “Are Acme's values the same as the NHS values?”", async () => {
    const m = await model(
      `${values}### Are Acme's values the same as the NHS values?\n\nNo. The NHS values are compassion, respect and dignity.\n`,
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees on an answer that counts the values", () => {
  it("stays quiet when the answer opens with a bare count", async () => {
    const m = await model(
      `${BODY}\n### How many values does Acme have?\n\nThree, listed in its handbook.\n`,
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });

  it("still reads the names after a count and a colon", async () => {
    const m = await model(
      `${BODY}\n### How many values does Acme have?\n\nTwo: speed and thrift.\n`,
    );
    expect(diagnostics(m, "faq-disagrees")).toHaveLength(1);
  });
});

describe("faq-disagrees on a question about a situation the values meet", () => {
  const ask = (question: string, answer: string) =>
    model(`${BODY}\n### ${question}\n\n${answer}\n`);

  it.each([
    [
      "What if two values clash?",
      "It happens, mostly between Creativity and Joy on deadline days.",
    ],
    ["What happens when the values pull apart?", "It happens, mostly between Creativity and Joy."],
    ["What should I do if a value feels wrong?", "Talk to your lead, then to the People Team."],
  ])("stays quiet on “%s” answered in prose", async (question, answer) => {
    expect(diagnostics(await ask(question, answer), "faq-disagrees")).toEqual([]);
  });

  it("still warns on a list of other values in the answer", async () => {
    const m = await ask("What if two values clash?", "Our values are speed, thrift and care.");
    expect(diagnostics(m, "faq-disagrees")).toHaveLength(1);
  });
});

describe("faq-disagrees on a page that is all questions and answers", () => {
  it("raises nothing: the answers are the page's body", async () => {
    const m = await model(
      "# Tarn Savings: Your Questions Answered\n\n**Q: What is Tarn Savings' mission?**\nA: Tarn Savings' mission is to help people in the dales save safely.\n\n**Q: Does Tarn Savings have values?**\nA: They are printed in the member handbook and in each annual review.\n\n**Q: How do I vote?**\nA: By post or online.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "help people in the dales save safely",
    ]);
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees: an answer saying where the values are printed", () => {
  it("reads no list in “They are printed in the handbook and in each annual review.”", async () => {
    const m = await model(
      `${BODY}\n### What are the values?\n\nThey are printed in the member handbook and in each annual review.\n`,
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });
});

describe("faq-disagrees on an FAQ page with an introduction of its own", () => {
  it("still warns: the introduction is a body that states no mission", async () => {
    const m = await model(
      "# Frequently asked questions\n\nNew to the Trust? Start here.\n\n### What is the Trust's mission?\n\nWe're here to bring every river in the Vale back to swimmable health.\n\n### Can I volunteer?\n\nYes, every spring.\n",
    );
    expect(diagnostics(m, "faq-disagrees").map((d) => d.subject)).toEqual(["mission"]);
  });
});

describe("faq-disagrees on a page headed as questions answered", () => {
  const page = (answer: string) =>
    `# Working at Acme: your questions answered\n\nOur mission is to turn immune memory into medicines.\n\nWe envision a future in which lupus is cured in a month.\n\n### What does Acme do?\n\n${answer}\n\n### Do I need a PhD?\n\nNo.\n`;

  it("reads the opening before the first question as the body: an answer repeating it agrees", async () => {
    const m = await model(
      page("We make medicines. Our mission is to turn immune memory into medicines."),
    );
    expect(diagnostics(m, "faq-disagrees")).toEqual([]);
  });

  it("still warns about an answer's mission the opening never gives", async () => {
    const m = await model(page("Our mission is to sell the most tablets in Europe."));
    expect(diagnostics(m, "faq-disagrees").map((d) => d.message)).toEqual([
      expect.stringContaining("The FAQ's mission “sell the most tablets in Europe”"),
    ]);
  });
});
