/** `faq-disagrees` about values: an answer that names only some of a body set, in any syntax. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const BODY =
  "# Tollgate Ferries\n\nWe run boats.\n\n## Our values\n\n- **Punctuality** – we sail on time\n- **Courtesy** – we greet every passenger\n- **Thrift** – we waste no fuel\n- **Care for the estuary** – we leave no trace\n\n## FAQ\n\n";

const subsetWarnings = async (answer: string, question = "What values guide the crews?") =>
  diagnostics(await model(`${BODY}### ${question}\n\n${answer}\n`), "faq-disagrees").filter(
    (d) => d.subject === "values",
  ).length;

describe("faq-disagrees: an answer naming part of a body set", () => {
  it("flags a prose answer that names some of the values ('guided by a and b')", async () => {
    expect(await subsetWarnings("Every crossing is guided by punctuality and courtesy.")).toBe(1);
  });

  it("flags names given as the subject ('A and B are the two …')", async () => {
    expect(await subsetWarnings("Thrift and courtesy are the two passengers notice most.")).toBe(1);
  });

  it("does not flag an answer that names every value of the set", async () => {
    const all = "We hold to punctuality, courtesy, thrift and care for the estuary, in that order.";
    expect(await subsetWarnings(all)).toBe(0);
  });

  it("does not flag an answer that counts the whole set ('Four, from a to d')", async () => {
    const answer = "Four, from punctuality to care for the estuary.";
    expect(await subsetWarnings(answer, "How many values do the crews keep?")).toBe(0);
  });

  it("does not flag a value named once in an answer to another question", async () => {
    const answer = "Courtesy and punctuality matter, but tickets are bought on board.";
    expect(await subsetWarnings(answer, "How do I buy a ticket?")).toBe(0);
  });

  it("matches a name with a curly apostrophe in the answer and the body alike", async () => {
    const body =
      "# Tollgate Ferries\n\n## Our values\n\n- **Punctuality** – we sail on time\n- **Respect for passengers’ time** – we say why\n- **Thrift** – we waste no fuel\n\n## FAQ\n\n";
    const answer = "Punctuality, thrift and respect for passengers’ time.";
    const found = diagnostics(
      await model(`${body}### What values guide the crews?\n\n${answer}\n`),
      "faq-disagrees",
    );
    expect(found.filter((d) => d.subject === "values")).toEqual([]);
  });
});

describe("faq-disagrees: a question about the values that does not ask which they are", () => {
  it("does not read the answer to “How were the values chosen?” as a list", async () => {
    const answer =
      "In 2019 more than 3,000 passengers, crews and owners took part in meetings and a survey.";
    expect(await subsetWarnings(answer, "How were the values chosen?")).toBe(0);
  });

  it("still flags a bare list answering “Which values matter most?”", async () => {
    expect(await subsetWarnings("Punctuality and thrift.", "Which values matter most?")).toBe(1);
  });
});

describe("faq-disagrees: a question asking what the company values (the verb)", () => {
  it("flags a bare list of some values answering “What do the crews value most?”", async () => {
    expect(await subsetWarnings("Thrift and courtesy.", "What do the crews value most?")).toBe(1);
  });

  it("does not read “What is the value of a season ticket?” as asking for the values", async () => {
    expect(
      await subsetWarnings(
        "Savings and priority boarding.",
        "What is the value of a season ticket?",
      ),
    ).toBe(0);
  });
});
