import { describe, expect, it } from "vitest";
import { keepHeapInBudget } from "../../../src/output/memory.js";

const MB = 1024 * 1024;

describe("keepHeapInBudget", () => {
  it("collects the garbage of a heap past its budget", () => {
    // Garbage in large arrays until the heap is well past the 96 MB budget (V8 may collect some
    // on the way; the loop goes on until it is past anyway).
    let keep: number[][] = [];
    for (let i = 0; i < 200 && process.memoryUsage().heapUsed < 140 * MB; i++) {
      keep.push(new Array(1_000_000).fill(i));
      if (keep.length > 4) keep = [];
    }
    keep = [];
    const before = process.memoryUsage().heapUsed;
    expect(before).toBeGreaterThan(130 * MB);
    keepHeapInBudget();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 60 * MB);
  });
});
