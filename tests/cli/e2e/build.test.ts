/**
 * End to end, as users run it: `credo build` on the seed content, then the real files are read
 * back — the PDF as a viewer reads it, the deck and PPTX as their tools do.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { planSlides } from "../../../src/render/deck/plan/plan.js";
import { Model } from "../../../src/schema/schema.js";
import { credo } from "../../helpers/cli.js";
import { inspectPdf, rawText } from "../../helpers/pdf-inspect.js";

/** A project with the seed as `content/tiktok.md` (the path its notes name), built into `output/`. */
const project = mkdtempSync(join(tmpdir(), "credo-e2e-"));
const out = join(project, "output");
const file = (name: string) => join(out, "tiktok", name);
let model: Model;

beforeAll(async () => {
  mkdirSync(join(project, "content"));
  cpSync("content/tiktok.md", join(project, "content", "tiktok.md"));
  const run = await credo(["build", "--format", "all", "--out", "output", "content/tiktok.md"], {
    cwd: project,
  });
  expect(run.code, run.stderr).toBe(0);
  model = Model.parse(JSON.parse(readFileSync(file("model.json"), "utf8")));
}, 180_000);

describe("brief.pdf of the seed", () => {
  it("is a valid A4 PDF with metadata, an outline from the headings, tags and the primary mission", async () => {
    const pdf = await inspectPdf(new Uint8Array(readFileSync(file("brief.pdf"))));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(8);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.9, 0);
      expect(page.height).toBeCloseTo(841.9, 0);
    }
    expect(pdf.info).toMatchObject({
      Title: "TikTok’s Mission Statement Analysis and Vision",
      Author: "Strategy Team",
      Subject: "Mission, vision and core values — an analysis",
    });
    const outline = pdf.outline.map((t) => t.trim().replace(/\s+/g, ""));
    for (const heading of [
      "At a glance",
      "TikTok Core Values",
      "Frequently Asked Questions",
      "Source notes",
    ]) {
      expect(outline).toContain(heading.replace(/\s+/g, ""));
    }
    expect(pdf.tagged).toBe(true);
    const text = pdf.pages.map((p) => p.text).join(" ");
    expect(text).toMatch(/inspire creativity and bring joy/i);
    expect(pdf.pages[1]?.text).toMatch(/Page 2 of \d+/);
  });

  it("embeds its fonts (Inter and Source Serif 4), subset into the file", () => {
    const raw = rawText(readFileSync(file("brief.pdf")));
    expect(raw).toMatch(/\/FontFile[23]?/);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Inter/);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+SourceSerif4/);
  });

  it("prints Letter when asked", async () => {
    const letter = mkdtempSync(join(tmpdir(), "credo-e2e-letter-"));
    const run = await credo([
      "build",
      "--format",
      "pdf",
      "--paper",
      "Letter",
      "--out",
      letter,
      "content/tiktok.md",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = await inspectPdf(new Uint8Array(readFileSync(join(letter, "tiktok", "brief.pdf"))));
    expect(pdf.pages[0]?.width).toBeCloseTo(612, 0);
    expect(pdf.pages[0]?.height).toBeCloseTo(792, 0);
  }, 120_000);
});

describe("brief.html of the seed", () => {
  it("has every paragraph of the content, no script and no external URL", () => {
    const html = readFileSync(file("brief.html"), "utf8");
    const prose = model.sections.flatMap((s) => s.blocks.filter((b) => b.type === "prose"));
    expect(prose.length).toBeGreaterThan(20);
    for (const block of prose) expect(html).toContain(block.html);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:https?:|file:|\/\/)/i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:https?:|file:|\/\/)/i);
  });
});

describe("the deck of the seed", () => {
  it("slides.pdf: one 16:9 page per planned slide, one outline entry per slide", async () => {
    const slides = planSlides(model);
    const pdf = await inspectPdf(new Uint8Array(readFileSync(file("slides.pdf"))));
    expect(pdf.pages).toHaveLength(slides.length);
    for (const page of pdf.pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
    expect(pdf.outline).toHaveLength(slides.length);
  });

  it("slides.pptx: as many slide XML files as slides, with titles and source-line notes", async () => {
    const slides = planSlides(model);
    const zip = await JSZip.loadAsync(readFileSync(file("slides.pptx")));
    const slideFiles = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slideFiles).toHaveLength(slides.length);
    const all = (await Promise.all(slideFiles.map((n) => zip.file(n)?.async("string")))).join("");
    expect(all).toContain("Findings");
    const notes = Object.keys(zip.files).filter((n) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n),
    );
    const notesText = (await Promise.all(notes.map((n) => zip.file(n)?.async("string")))).join("");
    expect(notesText).toContain("content/tiktok.md");
  });
});

describe("editing content, then `build --format deck`", () => {
  it("regenerates slides.html, slides.pdf and slides.pptx with the change (and only what changed)", async () => {
    // A copy of the built project: its deck was built by `--format all` above, and a copied output
    // is hashed again, found the same, and kept.
    const dir = mkdtempSync(join(tmpdir(), "credo-e2e-edit-"));
    cpSync(project, dir, { recursive: true });
    const content = join(dir, "content", "tiktok.md");
    const deckOut = join(dir, "output");
    const deck = ["build", "--format", "deck", "--out", "output", "content/tiktok.md"];
    const before = statSync(join(deckOut, "tiktok", "slides.pdf")).mtimeMs;

    // Unchanged content: nothing is rewritten.
    const again = await credo(deck, { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain("wrote");
    expect(statSync(join(deckOut, "tiktok", "slides.pdf")).mtimeMs).toBe(before);

    writeFileSync(
      content,
      readFileSync(content, "utf8").replace("- **Empowerment**:", "- **Agency**:"),
    );
    const edited = await credo(deck, { cwd: dir });
    expect(edited.code, edited.stderr).toBe(0);
    expect(readFileSync(join(deckOut, "tiktok", "slides.html"), "utf8")).toContain("Agency");
    const pdf = await inspectPdf(
      new Uint8Array(readFileSync(join(deckOut, "tiktok", "slides.pdf"))),
    );
    expect(pdf.pages.map((p) => p.text).join(" ")).toContain("Agency");
    const zip = await JSZip.loadAsync(readFileSync(join(deckOut, "tiktok", "slides.pptx")));
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)?.async("string")),
    );
    expect(xml.join("")).toContain("Agency");
    expect(xml.join("")).not.toContain("Empowerment");
  }, 240_000);
});
