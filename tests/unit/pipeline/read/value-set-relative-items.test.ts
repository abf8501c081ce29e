/**
 * Long items of a prose list whose head noun a relative clause describes: "prices that families
 * can afford", "a rota parents can plan around". The clause says which one; the item is still a
 * noun phrase, a name, not a sentence of its own.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("an item with a relative clause after its noun", () => {
  it("keeps the item when “that” opens the clause", async () => {
    expect(
      await sets(
        "## About the depot\n\nWe run the buses on three principles: drivers before deadlines, clean seats, and prices that families can afford.\n",
      ),
    ).toEqual([
      [3, ["drivers before deadlines", "clean seats", "prices that families can afford"]],
    ]);
  });

  it("keeps the item when the clause has no “that”", async () => {
    expect(
      await sets(
        "## About the depot\n\nWe run the buses on three principles: drivers before deadlines, a rota parents can plan around, and clean seats.\n",
      ),
    ).toEqual([[3, ["drivers before deadlines", "a rota parents can plan around", "clean seats"]]]);
  });

  it("still reads a clause with its own subject as no list of names", async () => {
    expect(
      await sets(
        "## About the depot\n\nWe run the buses on three principles: the drivers choose routes, and the council pays fares.\n",
      ),
    ).toEqual([]);
  });
});
