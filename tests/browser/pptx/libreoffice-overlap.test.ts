/**
 * #11 item 1, end to end: LibreOffice renders the PPTX (on this machine without Inter and Source
 * Serif 4, so in its fallback fonts) and scripts/pptx-overlap.mjs finds no overlapping text and
 * nothing off its slide or box. CI does not install LibreOffice: there the test is skipped and
 * says so; `apt-get install -y libreoffice-impress` runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderPptx } from "../../../src/render/deck/pptx/render-pptx.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const SOURCES = [
  "content/tiktok.md",
  "tests/fixtures/companies/orbit-learning.md",
  "tests/fixtures/companies/kestrel-freight.md",
  "tests/fixtures/stress.md",
];

describe("PPTX rendered by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "credo-pptx-lo-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(!hasSoffice)(
    hasSoffice
      ? "has no overlapping text and nothing off its slide or box (seed, two companies, stress)"
      : "SKIPPED: LibreOffice (soffice) is not installed — apt-get install -y libreoffice-impress",
    async () => {
      const files: string[] = [];
      for (const source of SOURCES) {
        const { model } = await parseContent({ path: source, value: readFileSync(source, "utf8") });
        const dir = join(work, source.replace(/\W+/g, "-"));
        mkdirSync(dir);
        files.push(join(dir, "slides.pptx"));
        writeFileSync(join(dir, "slides.pptx"), await renderPptx(model));
      }
      const run = spawnSync("node", ["scripts/pptx-overlap.mjs", ...files], { encoding: "utf8" });
      expect(run.stdout.trim().split("\n")).toHaveLength(SOURCES.length);
      expect(run.stdout).not.toMatch(/problem|overlap:|leaves/);
      expect(run.status, run.stdout + run.stderr).toBe(0);
    },
    240_000,
  );
});
