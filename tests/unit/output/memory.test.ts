import { describe, expect, it } from "vitest";
import { keepHeapInBudget } from "../../../src/output/memory.js";

const MB = 1024 * 1024;

describe("keepHeapInBudget", () => {
  it("collects the garbage of a heap past its budget", () => {
    // What the worker holds anyway (other test files' modules share it), measured after a collection.
    keepHeapInBudget();
    const floor = process.memoryUsage().heapUsed;
    // Garbage in large arrays until the heap is well past the 96 MB budget and the floor (V8 may
    // collect some on the way; the loop goes on until it is past anyway).
    let keep: number[][] = [];
    for (
      let i = 0;
      i < 200 && process.memoryUsage().heapUsed < Math.max(140 * MB, floor + 80 * MB);
      i++
    ) {
      keep.push(new Array(1_000_000).fill(i));
      if (keep.length > 4) keep = [];
    }
    keep = [];
    const before = process.memoryUsage().heapUsed;
    expect(before).toBeGreaterThan(Math.max(130 * MB, floor + 70 * MB));
    keepHeapInBudget();
    expect(process.memoryUsage().heapUsed).toBeLessThan(floor + 30 * MB);
  });
});
