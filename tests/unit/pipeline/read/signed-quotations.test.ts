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
