// Visual regression: the key brief pages and slides of two documents, rendered by Credo's own
// build and rasterised at 50 dpi by scripts/visual-refs.mjs, against the committed references in
// tests/browser/visual/refs/. Starts Chromium (browser tier). After an intended change of the look:
// `npm run visual:update`, look at the new PNGs, commit them.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REFS = "tests/browser/visual/refs";
// Where a failing page leaves its actual rendering and the diff, for a developer to look at.
const FAILURES = resolve("output/visual-failures");
// Per-pixel colour distance (0–1) under which two pixels count as the same; anti-aliased edges
// are not counted at all, so font hinting noise does not fail the test.
const THRESHOLD = 0.1;
// Share of a page's pixels that may differ. Two renderings on one machine differ by none; the
// accent colour changed (#0f766e → #7c3aed) moves 0.1–1.4 % on most pages, a word or box more.
const MAX_DIFFERING = 0.001;

const references = readdirSync(REFS)
  .filter((name) => name.endsWith(".png"))
  .sort();
let actualDir: string;

beforeAll(() => {
  // What is there after a run is that run's failures only.
  rmSync(FAILURES, { recursive: true, force: true });
  actualDir = mkdtempSync(join(tmpdir(), "credo-visual-actual-"));
  execFileSync(process.execPath, ["scripts/visual-refs.mjs", "--out", actualDir], {
    stdio: "pipe",
  });
}, 120_000);

afterAll(() => {
  rmSync(actualDir, { recursive: true, force: true });
});

/** Pixels that differ between two same-sized PNGs, and the diff image that shows them. */
function compare(expected: PNG, actual: PNG): { differing: number; diff: PNG } {
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold: THRESHOLD,
  });
  return { differing, diff };
}

describe("visual regression (brief pages and slides against tests/browser/visual/refs)", () => {
  it("renders exactly the pages that have references", () => {
    const rendered = readdirSync(actualDir)
      .filter((name) => name.endsWith(".png"))
      .sort();
    expect(rendered).toEqual(references);
    expect(references.length).toBeGreaterThanOrEqual(16);
  });

  it.each(references)("%s looks as its reference", (name) => {
    const expected = PNG.sync.read(readFileSync(join(REFS, name)));
    const actual = PNG.sync.read(readFileSync(join(actualDir, name)));
    const base = join(FAILURES, name.replace(/\.png$/, ""));
    const keep = (diff?: PNG): string => {
      mkdirSync(FAILURES, { recursive: true });
      writeFileSync(`${base}.actual.png`, PNG.sync.write(actual));
      if (diff) writeFileSync(`${base}.diff.png`, PNG.sync.write(diff));
      return `${base}.actual.png${diff ? ` and ${base}.diff.png` : ""}`;
    };
    const sameSize = actual.width === expected.width && actual.height === expected.height;
    if (!sameSize) {
      expect.fail(
        `${name}: ${actual.width}×${actual.height}, reference ${expected.width}×${expected.height}; see ${keep()}`,
      );
    }
    const { differing, diff } = compare(expected, actual);
    const share = differing / (expected.width * expected.height);
    if (share > MAX_DIFFERING) {
      expect.fail(
        `${name}: ${(share * 100).toFixed(2)} % of pixels differ (allowed ${MAX_DIFFERING * 100} %); see ${keep(diff)}`,
      );
    }
    expect(share).toBeLessThanOrEqual(MAX_DIFFERING);
  });
});
