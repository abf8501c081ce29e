// Regenerates the README's pictures under docs/ from real output: the brief's first pages and two
// slides, rendered from the PDFs with poppler's pdftoppm (Debian: apt-get install poppler-utils).
// Usage: npm run docs:screenshots   (builds content/tiktok.md first)
import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

run(process.execPath, [
  "dist/cli/main.js",
  "build",
  "--format",
  "brief,slides",
  "content/tiktok.md",
]);
mkdirSync("docs", { recursive: true });

const pages = (pdf, first, last, prefix, dpi) =>
  run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(first),
    "-l",
    String(last),
    pdf,
    prefix,
  ]);

pages("output/tiktok/brief.pdf", 1, 3, "docs/brief", 50);
for (const [from, to] of [
  ["brief-01.png", "brief-page-1.png"],
  ["brief-02.png", "brief-page-2.png"],
  ["brief-03.png", "brief-page-3.png"],
]) {
  renameSync(`docs/${from}`, `docs/${to}`);
}
pages("output/tiktok/slides.pdf", 2, 2, "docs/slide-mission", 40);
pages("output/tiktok/slides.pdf", 9, 9, "docs/slide-values", 40);
renameSync("docs/slide-mission-02.png", "docs/slide-mission.png");
renameSync("docs/slide-values-09.png", "docs/slide-values.png");
console.log("wrote docs/brief-page-{1,2,3}.png, docs/slide-mission.png, docs/slide-values.png");
