/**
 * After a colon, a clause with a subject of its own starts anew: a negation before the colon
 * ("we don't run for profit either: our purpose is to …") is that other clause's, not a denial of
 * the statement.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a statement after a negated clause and a colon", () => {
  it("takes “we don't sell to supermarkets: our mission is to …”", async () => {
    expect(
      await texts(
        "# About the dairy\n\n## Selling\n\nWe don't sell to supermarkets at all: our mission is to keep milk rounds alive in every village we reach.\n",
      ),
    ).toEqual(["keep milk rounds alive in every village we reach"]);
  });

  it("still lowers a statement the same clause denies", async () => {
    expect(
      await texts(
        "# About the dairy\n\n## Selling\n\nIt is not true that our mission is to keep milk rounds alive in every village.\n",
      ),
    ).toEqual([]);
  });
});
