/**
 * Inputs that make CommonMark parsers slow or recurse without bound (the cmark/micromark
 * pathological set) and a body too large for the sentence splitter. Each runs through the CLI in
 * a child process, so a stack overflow or a hang shows as an exit code, a signal or a timeout:
 * every one must end within seconds with its outputs written, or with a clear content error
 * (exit 1) that names the file and the line — never a crash.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, timedCredo, VALID_BRIEF, writeIn } from "../../helpers/adversarial.js";

const dir = tempDir("pathological");

/** A hang detector, not a speed test (times are noisy on a loaded 2-core machine: 23 s was seen
 * for "many unclosed links" at load 10); the unguarded inputs took minutes or crashed. */
const WITHIN_MS = 60_000;

const nestedLists = Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join(
  "\n",
);
const emphasisRamp = Array.from({ length: 2000 }, (_, i) => `${"*".repeat(i % 40)}a`).join(" ");

/** name → [Markdown appended to a valid brief, what must happen] */
const CASES: Record<string, [string, "built" | "rejected"]> = {
  "50 000 nested block quotes": [`${">".repeat(50_000)} deep`, "rejected"],
  "50 000 opening brackets": ["[".repeat(50_000), "built"],
  "5 000 nested images": [`${"![".repeat(5000)}a${"](x)".repeat(5000)}`, "rejected"],
  "1 000-level nested list": [nestedLists, "rejected"],
  "4 000 list markers on one line": [`${"- ".repeat(4000)}x`, "rejected"],
  "emphasis ramp *a **a ***a…": [emphasisRamp, "built"],
  "4 000 nested emphasis pairs": [`${"*a ".repeat(4000)}b${" a*".repeat(4000)}`, "rejected"],
  "32 000 emphasis closers": ["a* ".repeat(32_000), "rejected"],
  "2 000 nested strikethroughs": [`${"~a ".repeat(2000)}b${" a~".repeat(2000)}`, "rejected"],
  // Under the document's 5 000 inline marks (each `]` counts): unclosed links are cheap to parse.
  "many unclosed links": [`${"[a](".repeat(4000)}\n\n${"[x](<".repeat(900)}`, "built"],
  "10 000 unclosed links": [`${"[a](".repeat(10_000)}`, "rejected"],
  "a 150 000-word paragraph": ["word ".repeat(150_000), "rejected"],
  // Issue #14 item 8: each definition opens a container, as a block quote does.
  "5 000 nested footnote definitions": [
    `${Array.from({ length: 5000 }, (_, i) => `[^a${i}]: `).join("")}x`,
    "rejected",
  ],
};

describe("pathological Markdown", () => {
  for (const [name, [attack, expected]] of Object.entries(CASES)) {
    it(
      `${name}: ${expected} in seconds, no crash`,
      async () => {
        const slug = name.replace(/[^a-z0-9]+/gi, "-");
        const file = writeIn(dir, `${slug}.md`, `${VALID_BRIEF}\n${attack}\n`);
        const out = join(dir, "out");
        const run = await timedCredo(
          // Above the default size limit (the 150 000-word paragraph), so the structural limits
          // are what is tested.
          [
            "build",
            file,
            "--out",
            out,
            "--format",
            "model,html,slides-html,pptx",
            "--max-bytes",
            "1048576",
          ],
          dir,
          // Past the bound, kill it: a hang fails here instead of outliving the test.
          WITHIN_MS + 10_000,
        );
        expect(run.signal).toBeNull();
        expect(run.stderr).not.toMatch(/Maximum call stack|RangeError|JavaScript heap/);
        expect(run.ms).toBeLessThan(WITHIN_MS);
        if (expected === "built") {
          expect(run.code, run.stderr).toBe(0);
          for (const output of ["model.json", "brief.html", "slides.html", "slides.pptx"])
            expect(existsSync(join(out, slug, output))).toBe(true);
        } else {
          expect(run.code, run.stderr).toBe(1);
          // Named with its line, and says what to change.
          expect(run.stderr).toMatch(new RegExp(`${slug}\\.md:\\d+`));
          expect(run.stderr).toMatch(/at most|limit/);
          expect(existsSync(join(out, slug))).toBe(false);
        }
      },
      WITHIN_MS + 30_000,
    );
  }
});
