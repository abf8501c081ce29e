#!/usr/bin/env node
/**
 * Renders PPTX files through LibreOffice (headless) and checks the text positions in the PDF it
 * prints: no two text lines overlap, no line leaves its slide, and no line leaves the text box it
 * belongs to (a badge wrapping out of its pill, a card body running out of its card). Run it on a
 * machine WITHOUT the theme's fonts to see what a stranger's machine shows.
 *
 *   node scripts/pptx-overlap.mjs [--png DIR] FILE.pptx…
 *
 * Prints one line per slide problem and a summary per file; exits 1 on any problem, 2 when
 * LibreOffice (soffice) or poppler (pdftotext) is missing.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import JSZip from "jszip";

/** pt: how far a line may stick out of its slide or box (anti-aliasing, glyph overshoot). */
const SLACK = 1.5;
/**
 * Two lines overlap when they share more than this share of the shorter one's height: pdftotext
 * boxes span the font's whole ascent-to-descent, taller than a tight line pitch, so touching
 * neighbours in one paragraph share a few percent; text printed over text shares most of a line.
 */
const OVERLAP_SHARE = 0.35;
const EMU_PER_PT = 12700;

const decode = (text) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");

/** Text compared without spaces, case or ligatures: LibreOffice rewraps, pdftotext re-spaces. */
const key = (text) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") {
      console.error(
        `pptx-overlap: ${command} not found (apt-get install -y ${command === "soffice" ? "libreoffice-impress" : "poppler-utils"})`,
      );
      process.exit(2);
    }
    throw error;
  }
}

/** Text boxes of each slide (pt), in slide order, from the PPTX itself. */
async function textBoxes(pptxPath) {
  const zip = await JSZip.loadAsync(readFileSync(pptxPath));
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/(\d+)\.xml$/)[1]) - Number(b.match(/(\d+)\.xml$/)[1]));
  const slides = [];
  for (const name of names) {
    const xml = await zip.file(name).async("string");
    const boxes = [];
    for (const [shape, kind] of xml.matchAll(/<p:(sp|graphicFrame)>[\s\S]*?<\/p:\1>/g)) {
      const off = shape.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/>/);
      const ext = shape.match(/<a:ext cx="(\d+)" cy="(\d+)"\/>/);
      const text = [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1])).join("");
      if (!off || !ext || text.trim() === "") continue;
      const [x, y, w, h] = [off[1], off[2], ext[1], ext[2]].map((v) => Number(v) / EMU_PER_PT);
      // A table's rows grow with their text: its box ends at the slide's bottom.
      const bottom = kind === "graphicFrame" ? Number.POSITIVE_INFINITY : y + h;
      boxes.push({ x0: x, y0: y, x1: x + w, y1: bottom, text: key(text) });
    }
    slides.push(boxes);
  }
  return slides;
}

/** Pages of text lines with their boxes (pt), from `pdftotext -bbox-layout`. */
function pdfLines(pdfPath, htmlPath) {
  run("pdftotext", ["-bbox-layout", pdfPath, htmlPath]);
  const html = readFileSync(htmlPath, "utf8");
  const pages = [];
  for (const [, width, height, body] of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g,
  )) {
    const lines = [];
    for (const [, x0, y0, x1, y1, words] of body.matchAll(
      /<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g,
    )) {
      const text = [...words.matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
        .map((m) => decode(m[1]))
        .join(" ");
      lines.push({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text });
    }
    pages.push({ width: +width, height: +height, lines });
  }
  return pages;
}

const share = (a, b) => {
  const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (across <= SLACK || down <= 0) return 0;
  return down / Math.min(a.y1 - a.y0, b.y1 - b.y0);
};

/**
 * Within its box: across, the whole line; down, its middle (a line box spans the font's ascent
 * and descent, which stick out of a tight line pitch; a line that overflows lies wholly below).
 */
const inside = (line, box) => {
  const middle = (line.y0 + line.y1) / 2;
  return (
    line.x0 >= box.x0 - SLACK && line.x1 <= box.x1 + SLACK && middle >= box.y0 && middle <= box.y1
  );
};

const quote = (text) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** Every problem on one page, as readable sentences. */
function problems(page, boxes) {
  const found = [];
  const { lines } = page;
  for (const [i, line] of lines.entries()) {
    if (
      line.x0 < -SLACK ||
      line.y0 < -SLACK ||
      line.x1 > page.width + SLACK ||
      line.y1 > page.height + SLACK
    ) {
      found.push(`leaves the slide: ${quote(line.text)}`);
    }
    for (const other of lines.slice(i + 1)) {
      if (share(line, other) > OVERLAP_SHARE) {
        found.push(`overlap: ${quote(line.text)} and ${quote(other.text)}`);
      }
    }
    // Its own box: a shape or table whose text holds this line.
    const owners = boxes.filter(
      (box) => key(line.text) !== "" && box.text.includes(key(line.text)),
    );
    if (owners.length > 0 && !owners.some((box) => inside(line, box))) {
      found.push(`leaves its text box: ${quote(line.text)}`);
    }
  }
  return found;
}

/** Problems of one converted deck; prints them and a summary line. */
async function report(pptxPath, pdf, pngDir) {
  if (pngDir) {
    mkdirSync(pngDir, { recursive: true });
    run("pdftoppm", ["-png", "-r", "50", pdf, join(pngDir, "slide")]);
  }
  const pages = pdfLines(pdf, pdf.replace(/\.pdf$/, ".html"));
  const boxes = await textBoxes(pptxPath);
  let count = 0;
  for (const [index, page] of pages.entries()) {
    for (const problem of problems(page, boxes[index] ?? [])) {
      console.log(`${pptxPath}: slide ${index + 1}: ${problem}`);
      count += 1;
    }
  }
  if (pages.length !== boxes.length) {
    console.log(
      `${pptxPath}: LibreOffice printed ${pages.length} pages for ${boxes.length} slides`,
    );
    count += 1;
  }
  const lines = pages.reduce((sum, page) => sum + page.lines.length, 0);
  const verdict = count === 0 ? "no overlap, nothing off its slide or box" : `${count} problem(s)`;
  console.log(`${pptxPath}: ${pages.length} slides, ${lines} text lines, ${verdict}`);
  return count;
}

const args = process.argv.slice(2);
const pngAt = args.indexOf("--png");
const pngDir = pngAt >= 0 ? resolve(args.splice(pngAt, 2)[1]) : null;
if (args.length === 0) {
  console.error("usage: node scripts/pptx-overlap.mjs [--png DIR] FILE.pptx…");
  process.exit(64);
}
const work = mkdtempSync(join(tmpdir(), "pptx-overlap-"));
let total = 0;
try {
  // Numbered copies (decks are all called slides.pptx), converted by one soffice start; its own
  // profile, so a concurrent soffice or a first-run dialog cannot swallow the conversion.
  const copies = args.map((file, index) => {
    const copy = join(work, `${index}.pptx`);
    copyFileSync(file, copy);
    return copy;
  });
  const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
  run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", work, ...copies]);
  for (const [index, file] of args.entries()) {
    const pngs = pngDir && join(pngDir, basename(dirname(resolve(file))));
    total += await report(file, join(work, `${index}.pdf`), pngs);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(total === 0 ? 0 : 1);
