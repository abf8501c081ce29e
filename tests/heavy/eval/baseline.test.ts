/**
 * Reading quality cannot silently get worse: every field's F1 on both halves of the gold corpus
 * (tests/corpus) must stay at or above the baseline recorded in tests/corpus/baseline.json
 * (`npm run eval -- --write-baseline` records a new one after an improvement).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { HALVES, scoreHalf } from "../../../src/eval/corpus.js";
import { type DocScore, FIELDS, summarise } from "../../../src/eval/score.js";

const baseline = JSON.parse(readFileSync("tests/corpus/baseline.json", "utf8")) as Record<
  string,
  Record<string, number>
>;

describe.each(HALVES)("gold corpus, %s half", (half) => {
  // Reading a half is the whole cost (half a minute alone, over a minute on a loaded machine):
  // once, for both checks, with room for a corpus that keeps growing.
  let docs: DocScore[];
  beforeAll(async () => {
    docs = await scoreHalf("tests/corpus", half);
  }, 300_000);

  it("has at least the documents the issue asks for", () => {
    expect(docs.length).toBeGreaterThanOrEqual(half === "held" ? 15 : 20);
  });

  it("scores every field at or above its recorded baseline, and refuses no document", () => {
    const scores = summarise(docs);
    for (const field of FIELDS) {
      const floor = baseline[half]?.[field];
      expect(floor, `${half}.${field} has a baseline`).toBeTypeOf("number");
      expect(scores[field].f1, `${half}.${field} F1`).toBeGreaterThanOrEqual(floor as number);
    }
    expect(scores.builds.fn).toBe(0);
  });
});
