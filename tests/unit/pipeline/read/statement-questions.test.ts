/**
 * A question states nothing: under a title naming the purpose, a case study's standfirst ("Can a
 * freight operator's new purpose change …?") is no mission (statements.ts).
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a question under a title naming the purpose", () => {
  it("is no statement", async () => {
    const doc = [
      "# Harrowgate Rail: Rewriting the Purpose",
      "",
      "Can a freight operator’s new purpose change how its drivers and planners behave?",
      "",
      "## The new statement",
      "",
      "Harrowgate’s mission is to take lorries off the road by making rail the simplest way to ship.",
      "",
    ].join("\n");
    expect(await texts(doc)).toEqual([
      "take lorries off the road by making rail the simplest way to ship",
    ]);
  });
});

describe("an FAQ asking whether the company has a vision, answered “Yes.”", () => {
  const faq = (answer: string) =>
    `# Tarn Savings: Your Questions Answered\n\n**Q: What is Tarn Savings' mission?**\nA: Tarn Savings' mission is to help people in the dales save safely.\n\n**Q: Does Tarn Savings have a vision?**\nA: ${answer}\n\n**Q: How do I vote?**\nA: By post or online.\n`;

  it("reads the vision in the sentence after “Yes.”, or after “Yes –”", async () => {
    for (const answer of [
      "Yes. We want to be the society members recommend to their children.",
      "Yes – we want to be the society members recommend to their children.",
    ])
      expect(await texts(faq(answer), "vision"), answer).toEqual([
        "be the society members recommend to their children",
      ]);
  });

  it("reads none when the answer is “No.” or the next sentence is no statement", async () => {
    for (const answer of [
      "No. We want to be the society members recommend to their children one day.",
      "Yes. It is on page four of the annual review.",
    ])
      expect(await texts(faq(answer), "vision"), answer).toEqual([]);
  });
});

describe("an FAQ answer on the question's line, after a word on how it is put", () => {
  it("reads “In short, to …” under “**What is Acme's mission?**” in one paragraph", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to make rota software that disappears into the day.\n\n## FAQ\n\n**What is Acme's mission?**\nIn short, to give every shift worker an hour of their week back.\n\n**Do you hire abroad?**\nNo, UK only for now.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make rota software that disappears into the day",
      "give every shift worker an hour of their week back",
    ]);
  });

  // A purpose is a mission by another name, in a question as in a heading.
  it("reads “Put simply, to …” under “**What is Acme's new purpose?**”", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to make rota software that disappears into the day.\n\n## FAQ\n\n**What is Acme's new purpose?**\nPut simply, to give every shift worker an hour of their week back.\n\n**Do you hire abroad?**\nNo, UK only for now.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make rota software that disappears into the day",
      "give every shift worker an hour of their week back",
    ]);
  });

  it("reads no mission from the answer to “What is the purpose of the values?”", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to make rota software that disappears into the day.\n\n## FAQ\n\n**What is the purpose of the values?**\nTo give every team the same yardstick for hard calls.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "make rota software that disappears into the day",
    ]);
  });
});

describe("an FAQ answer that goes on after its “To …” sentence", () => {
  it("reads the first sentence as the answer's mission, and flags it when the body's differs", async () => {
    const m = await model(
      "## Life at Acme\n\nOur mission is to give every nurse a rota they can plan a life around.\n\n## FAQ\n\n### What is Acme's mission?\n\nTo take the guesswork out of hospital staffing. In practice that means better forecasts, fairer shifts and rotas published weeks ahead.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "give every nurse a rota they can plan a life around",
      "take the guesswork out of hospital staffing",
    ]);
    expect(diagnostics(m, "faq-disagrees")).toHaveLength(1);
  });

  it("reads no statement from the answer to “What was Acme's old mission?”: it is history", async () => {
    const m = await model(
      "## Mission\n\nOur mission is to give every nurse a rota they can plan a life around.\n\n## FAQ\n\n### What was Acme's old mission?\n\nTo bring cheap rotas to every ward. It was replaced in 2022.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "give every nurse a rota they can plan a life around",
    ]);
  });
});
