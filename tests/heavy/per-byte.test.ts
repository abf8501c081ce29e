/**
 * No shape costs much more per byte than an ordinary analysis: each hostile shape (shapes.ts) is
 * checked at the same size as the seed analysis repeated, and may cost at most PER_BYTE times as
 * much CPU. With the scaling test (time in proportion to size) this bounds the time of any file
 * under the default size limit by PER_BYTE times that of an ordinary file of the limit's size —
 * the bound SECURITY.md states in seconds. Before the document-wide counts in limits.ts,
 * lists alternating with paragraphs cost some 30 times prose per byte.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../src/pipeline/process.js";
import { cost, SHAPES } from "./shapes.js";

const SIZE = 32_000;
const PER_BYTE = 8;

/** The seed analysis, its body repeated to `bytes`: what an ordinary long file costs. */
function ordinary(bytes: number): string {
  const seed = readFileSync("content/tiktok.md", "utf8");
  const body = seed.slice(seed.indexOf("\n---", 3) + 4);
  return seed + body.repeat(Math.ceil((bytes - seed.length) / body.length));
}

/** `shape` made about `bytes` long. */
function sized(shape: (n: number) => string, bytes: number): string {
  const probe = 4000;
  return shape(Math.max(1, Math.round((bytes / shape(probe).length) * probe)));
}

/**
 * An ordinary analysis's CPU ms per byte, the least of four runs: measured once, on first use
 * (after the warm-up), and shared by every shape rather than measured again beside each.
 */
let ordinaryPerByte: Promise<number> | undefined;
function ordinaryCostPerByte(): Promise<number> {
  const base = ordinary(SIZE);
  ordinaryPerByte ??= cost(base, 4).then((ms) => ms / base.length);
  return ordinaryPerByte;
}

describe("no shape costs much more per byte than an ordinary analysis", () => {
  it("warms up the reader before anything is measured", async () => {
    const { model } = await parseContent({ path: "w.md", value: ordinary(SIZE) });
    expect(model.mission.primary?.text).toBeTruthy();
  });

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: at most ${PER_BYTE}× an ordinary file's cost per byte`, {
      retry: 2,
    }, async () => {
      const value = sized(shape, SIZE);
      let basePerByte = await ordinaryCostPerByte();
      let shapeMs = await cost(value, 2);
      // The shared base may have been measured while the machine was quieter (CPU time, too,
      // grows when the other core is busy): over the bound, measure both again side by side.
      if (shapeMs / value.length / basePerByte > PER_BYTE) {
        const base = ordinary(SIZE);
        basePerByte = (await cost(base, 2)) / base.length;
        shapeMs = await cost(value, 2);
      }
      expect(
        shapeMs / value.length / basePerByte,
        `${(basePerByte * value.length).toFixed(0)} ms → ${shapeMs.toFixed(0)} ms`,
      ).toBeLessThanOrEqual(PER_BYTE);
    });
  }
});
