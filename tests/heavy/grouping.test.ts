/**
 * Grouping statements by phrasing (statement-group.ts) grows linearly with the number of distinct
 * statements: 4× the statements may cost at most 10× the CPU time (quadratic grouping costs 16×).
 * A ratio of CPU times, the least of nine runs, small and large taken in turn — never a
 * wall-clock bound; it lives in this tier, beside the other scaling checks, because a unit-tier
 * run shares the machine with anything (10.7× was measured once at load 16 with wall-clock time).
 */
import { describe, expect, it } from "vitest";
import { groupStatements } from "../../src/pipeline/read/statement-group.js";
import type { Candidate } from "../../src/pipeline/read/statements.js";

const evidence = { cue: "“mission is …”", context: "opening text" };
const candidates = (n: number): Candidate[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: "mission",
    text: `serve rider number ${i} well every single day`,
    occurrence: { line: i + 1, column: 1, section: null },
    confidence: 0.9,
    evidence,
  }));

/** CPU milliseconds of one grouping of `input`. */
function cost(input: Candidate[]): number {
  const started = process.cpuUsage();
  const { statements } = groupStatements(input, "mission");
  const used = process.cpuUsage(started);
  expect(statements).toHaveLength(input.length);
  return (used.user + used.system) / 1000;
}

describe("grouping time", () => {
  // A ratio spoiled by a neighbour's burst is measured again; a real quadratic fails every attempt.
  it("grows linearly with the number of distinct statements", { retry: 2 }, () => {
    // Sizes stay small enough that the heap's growth does not weigh in.
    const small = candidates(1000);
    const large = candidates(4000);
    cost(small); // warm up
    let smallBest = Number.POSITIVE_INFINITY;
    let largeBest = Number.POSITIVE_INFINITY;
    for (let turn = 0; turn < 9; turn++) {
      smallBest = Math.min(smallBest, cost(small));
      largeBest = Math.min(largeBest, cost(large));
    }
    // About 4.6× on an idle machine.
    expect(largeBest / Math.max(smallBest, 1), `${smallBest} ms → ${largeBest} ms`).toBeLessThan(
      10,
    );
  });
});
