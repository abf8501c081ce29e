// Pairs of versions written for this project, each with the change list a reader expects. The
// lists were written before the diff code: what counts as a change in meaning, and what does not
// (re-wrapping, moving, reordering, quotes and case).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffModels } from "../../../src/diff/compare.js";
import type { Change } from "../../../src/diff/schema.js";
import { checkOne } from "../../../src/document/document.js";
import type { Model } from "../../../src/schema/schema.js";

const fixture = (name: string) => join("tests/fixtures/diff", `${name}.md`);

async function model(name: string): Promise<Model> {
  const result = await checkOne(fixture(name), {});
  if (!result.model) throw result.error ?? new Error(`${name}: no model`);
  return result.model;
}

/** What a reader checks in a change: what happened, where, from what to what. */
const brief = (change: Change) => ({
  kind: change.kind,
  area: change.area,
  old: change.old?.text ?? null,
  new: change.new?.text ?? null,
});

async function changes(from: string, to: string) {
  return diffModels(await model(from), await model(to)).map(brief);
}

describe("credo diff: what counts as a change in meaning", () => {
  it("a reworded mission is one rewording, not a removal and an addition", async () => {
    // The fixture rewords the FAQ answer that quotes the mission too: that answer changed.
    expect(await changes("base", "mission-reworded")).toEqual([
      {
        kind: "statement-reworded",
        area: "mission",
        old: "make every road safer",
        new: "make every journey safer",
      },
      {
        kind: "answer-changed",
        area: "faq",
        old: "Acme’s mission is to “make every road safer”.",
        new: "Acme’s mission is to “make every journey safer”.",
      },
    ]);
  });

  it("the rewording carries a word-level diff", async () => {
    const [change] = diffModels(await model("base"), await model("mission-reworded"));
    expect(change?.words).toEqual([
      { text: "make every ", op: "same" },
      { text: "road", op: "removed" },
      { text: "journey", op: "added" },
      { text: " safer", op: "same" },
    ]);
  });

  it("a value renamed (same description) is a rename, with both source lines", async () => {
    const list = diffModels(await model("base"), await model("value-renamed"));
    expect(list.map(brief)).toEqual([
      { kind: "value-renamed", area: "values", old: "Candour", new: "Honesty" },
    ]);
    expect(list[0]?.old?.line).toBe(22);
    expect(list[0]?.new?.line).toBe(22);
  });

  it("a value removed and another added (new name, new description) are two changes", async () => {
    expect(await changes("base", "value-replaced")).toEqual([
      { kind: "value-removed", area: "values", old: "Candour", new: null },
      { kind: "value-added", area: "values", old: null, new: "Courage" },
    ]);
  });

  it("a reordered list is no change", async () => {
    expect(await changes("base", "reordered")).toEqual([]);
  });

  it("a re-wrapped paragraph, other quotes and other case are no change", async () => {
    expect(await changes("base", "rewrapped")).toEqual([]);
  });

  it("a section moved (every line shifted) is no change", async () => {
    expect(await changes("base", "section-moved")).toEqual([]);
  });

  it("a count fixed is the count changed and its finding resolved", async () => {
    expect(await changes("miscounted", "base")).toEqual([
      { kind: "count-changed", area: "values", old: "4", new: "3" },
      {
        kind: "finding-fixed",
        area: "findings",
        old: expect.stringContaining("Announces 4"),
        new: null,
      },
    ]);
  });

  it("a count broken is the reverse: the count changed and a new finding", async () => {
    expect((await changes("base", "miscounted")).map((c) => c.kind)).toEqual([
      "count-changed",
      "finding-new",
    ]);
  });

  it("a second, different mission is a statement added and a new contradiction", async () => {
    const list = await changes("base", "contradiction");
    expect(list).toEqual([
      { kind: "statement-added", area: "mission", old: null, new: "sell more cars than anyone" },
      {
        kind: "finding-new",
        area: "findings",
        old: null,
        new: expect.stringContaining("sell more cars"),
      },
    ]);
  });

  it("a finding is matched by rule and subject, never by line", async () => {
    const [fixed] = diffModels(await model("miscounted"), await model("base")).filter(
      (c) => c.kind === "finding-fixed",
    );
    expect(fixed?.rule).toBe("count-mismatch");
    expect(fixed?.within).toBe("values");
  });

  it("the same version against itself is no change", async () => {
    expect(await changes("base", "base")).toEqual([]);
  });

  it("pillars: one added, the count with it, a description reworded; a takeaway and a question added", async () => {
    expect(await changes("pillars", "pillars-edited")).toEqual([
      { kind: "count-changed", area: "pillars", old: "3", new: "4" },
      {
        kind: "description-changed",
        area: "pillars",
        old: "warmth kept from summer for the dark months.",
        new: "warmth kept from the summer for the long dark months.",
      },
      { kind: "value-added", area: "pillars", old: null, new: "Repair" },
      {
        kind: "takeaway-added",
        area: "takeaways",
        old: null,
        new: "The towns, not investors, decide the price.",
      },
      { kind: "faq-added", area: "faq", old: null, new: "How is the price of heat set?" },
    ]);
  });
});
