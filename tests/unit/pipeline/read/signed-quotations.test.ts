/**
 * A quotation whose signature names what it is ("— Tallow Creek Dairy, mission statement adopted
 * 2024") is that statement, wherever it stands (a case study's pull quote); a quotation signed by
 * a person is not.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

const page = (signature: string) =>
  [
    "# Case study: Tallow Creek Dairy",
    "",
    "Tallow Creek Dairy collects milk from 200 family farms and turns it into cheese and butter.",
    "",
    "## The outcome",
    "",
    "In March 2024 the members voted the new wording through. It is printed on every tanker.",
    "",
    "> “To turn our members’ milk into food people trust, and to keep those farms in the family.”",
    "",
    signature,
    "",
  ].join("\n");

describe("a quotation signed with its kind", () => {
  it("is the statement the signature names", async () => {
    expect(await texts(page("— Tallow Creek Dairy, mission statement adopted 2024"))).toEqual([
      "turn our members’ milk into food people trust, and to keep those farms in the family",
    ]);
    expect(await texts(page("– Tallow Creek Dairy, our purpose"))).toHaveLength(1);
  });

  it("while one signed by a person is no statement", async () => {
    expect(await texts(page("— Ruth Amble, chair of the members' board"))).toEqual([]);
  });
});

describe("a quotation signed with a verse's reference", () => {
  const vision = (quote: string) =>
    `# Our ethos\n\n## Our vision\n\n${quote}\n\nOur vision is for every child at Acme to grow in knowledge, kindness and faith.\n`;

  it.each([
    "> “I have come that they may have life, and have it to the full.”\n>\n> John 10:10 – our school verse",
    "> “Let all that you do be done in love.”\n>\n> — 1 Corinthians 16:14",
    "> “Let all that you do be done in love.” (1 Corinthians 16:14)",
  ])("is the verse the page borrows, not its vision: %s", async (quote) => {
    expect(await texts(vision(quote), "vision")).toEqual([
      "every child at Acme to grow in knowledge, kindness and faith",
    ]);
  });

  it("still reads the page's own vision quoted alone, or beside a time", async () => {
    expect(
      await texts(
        "# Our ethos\n\n## Our vision\n\n> “A school where every child grows in knowledge, kindness and faith.”\n",
        "vision",
      ),
    ).toEqual(["A school where every child grows in knowledge, kindness and faith"]);
    expect(
      await texts(
        "# Our ethos\n\n## Our vision\n\nAgreed by governors at 10:30 on 4 March 2024:\n\n> “A school where every child grows in knowledge, kindness and faith.”\n",
        "vision",
      ),
    ).toEqual(["A school where every child grows in knowledge, kindness and faith"]);
  });
});
