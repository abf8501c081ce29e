// Renders the key brief pages and slides of two documents to small PNGs (50 dpi): the visual
// regression references (tests/browser/visual/refs/, compared by tests/browser/visual/visual.test.ts) and, with
// --docs, the README's pictures under docs/, so both come from one rendering.
// Usage: npm run visual:update                      (references and README pictures)
//        node scripts/visual-refs.mjs --out DIR     (what the test compares; needs dist/)
// Needs Chromium (scripts/ensure-browser.mjs) and poppler's pdftoppm (Debian: poppler-utils).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// Both documents carry a front matter `date:`, so no page shows the day it was built.
// Page numbers are 1-based; a layout change that moves a page is a change the test should show.
const DOCUMENTS = {
  tiktok: {
    source: "content/tiktok.md",
    brief: { cover: 1, glance: 2, contents: 3, "value-set": 8, findings: 12 },
    slides: { cover: 1, mission: 2, "value-set": 7, "count-mismatch": 9, findings: 12 },
  },
  patagonia: {
    source: "tests/fixtures/companies/patagonia.md",
    brief: { cover: 1, glance: 2, "value-set": 4, findings: 5 },
    slides: { cover: 1, mission: 2, "value-set": 3, findings: 5 },
  },
};

// README picture → the reference it shows.
const README_PICTURES = {
  "brief-page-1.png": "tiktok-brief-cover.png",
  "brief-page-2.png": "tiktok-brief-glance.png",
  "brief-page-3.png": "tiktok-brief-contents.png",
  "slide-mission.png": "tiktok-slides-mission.png",
  "slide-values.png": "tiktok-slides-count-mismatch.png",
};

const DPI = 50;

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "tests/browser/visual/refs" },
    docs: { type: "boolean", default: false },
  },
});

// Quiet: a failing command's error carries its stderr (the build's findings are not news here).
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "pipe" });

const build = mkdtempSync(join(tmpdir(), "credo-visual-"));
try {
  run(process.execPath, [
    "dist/bin/credo.js",
    "build",
    "--format",
    "brief,slides",
    "--out",
    build,
    ...Object.values(DOCUMENTS).map((doc) => doc.source),
  ]);
  mkdirSync(values.out, { recursive: true });
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    for (const format of ["brief", "slides"]) {
      for (const [shot, page] of Object.entries(doc[format])) {
        run("pdftoppm", [
          "-png",
          "-r",
          String(DPI),
          "-f",
          String(page),
          "-l",
          String(page),
          "-singlefile",
          join(build, name, `${format}.pdf`),
          join(values.out, `${name}-${format}-${shot}`),
        ]);
      }
    }
  }
} finally {
  rmSync(build, { recursive: true, force: true });
}

if (values.docs) {
  mkdirSync("docs", { recursive: true });
  for (const [picture, ref] of Object.entries(README_PICTURES)) {
    copyFileSync(join(values.out, ref), join("docs", picture));
  }
}
console.log(`wrote ${values.out}${values.docs ? " and docs/" : ""}`);
