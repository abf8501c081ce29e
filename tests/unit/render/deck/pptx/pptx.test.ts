/**
 * The PPTX: one native slide per planned slide with the same titles, text and notes, 16:9,
 * colours and fonts from theme.css (so an override re-themes it), and reproducible bytes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { planSlides } from "../../../../../src/render/deck/plan/plan.js";
import { renderPptx } from "../../../../../src/render/deck/pptx/render-pptx.js";
import { parseTheme, toHex } from "../../../../../src/render/deck/pptx/theme.js";
import { loadTemplates } from "../../../../../src/render/shared/templates.js";
import type { Model } from "../../../../../src/schema/schema.js";
import { longModel, tiktokModel } from "../../../../fixtures/models/fixtures.js";
import { decodeXml as decode } from "../../../../helpers/xml-text.js";

/** The text runs of one part of the package, decoded. */
const runs = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ""));

async function unpack(model: Model, templatesDir?: string) {
  const zip = await JSZip.loadAsync(await renderPptx(model, { templatesDir }));
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  const numbered = (folder: string, prefix: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^${folder}/${prefix}\\d+\\.xml$`).test(name))
      .sort((a, b) => Number(a.match(/(\d+)\.xml$/)?.[1]) - Number(b.match(/(\d+)\.xml$/)?.[1]));
  const slides = await Promise.all(numbered("ppt/slides", "slide").map(read));
  const notes = await Promise.all(numbered("ppt/notesSlides", "notesSlide").map(read));
  return { slides, notes, presentation: await read("ppt/presentation.xml") };
}

describe("renderPptx", () => {
  it("draws the findings about an FAQ answer and a statement on the slides", async () => {
    const { slides } = await unpack(tiktokModel);
    const text = slides.map((xml) => runs(xml).join("\n"));
    const faq = text.find((slide) => slide.includes("Q3: What are TikTok’s core values?"));
    expect(faq).toContain(
      "names values that match none of the value lists in the body of the text.",
    );
    // Beside the primary (whose slide says why it leads), besides the Findings slide.
    for (const flag of [
      "The text gives four different wordings of the mission.",
      "The text gives five different wordings of the vision.",
    ]) {
      const shown = text.filter((slide) => slide.includes(flag));
      expect(shown).toHaveLength(2);
      expect(shown.filter((slide) => slide.includes("one shown"))).toHaveLength(1);
    }
  });

  it.each([
    ["tiktok", tiktokModel],
    ["long", longModel],
  ] as const)(
    "has one slide per planned slide of %s, with its title, text and notes",
    async (_, model) => {
      const plan = planSlides(model);
      const { slides, notes } = await unpack(model);
      expect(slides).toHaveLength(plan.length);
      expect(notes).toHaveLength(plan.length);
      for (const [index, slide] of plan.entries()) {
        const text = runs(slides[index] ?? "");
        expect(text, slide.title).toContain(slide.title);
        expect(runs(notes[index] ?? "")).toEqual(expect.arrayContaining(slide.notes));
        if (slide.kind === "cards") {
          for (const card of slide.cards) expect(text).toContain(card.name);
        }
        if (slide.kind === "faq") {
          for (const entry of slide.entries) expect(text).toContain(entry.answer);
        }
        if (slide.kind === "list") {
          for (const item of slide.items) expect(text).toContain(item);
        }
      }
    },
  );

  it("draws native text boxes and shapes, not pictures", async () => {
    const { slides } = await unpack(tiktokModel);
    const all = slides.join("");
    expect(all).not.toContain("<p:pic>");
    expect(all).toContain("<p:txBody>");
    expect(all).toContain('prst="roundRect"'); // the count badge
  });

  it("gives every slide a title placeholder holding its title (accessibility checkers)", async () => {
    const plan = planSlides(tiktokModel);
    const { slides } = await unpack(tiktokModel);
    for (const [index, xml] of slides.entries()) {
      const shapes = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
      const titles = shapes.filter((shape) => shape.includes('<p:ph type="title"/>'));
      expect(titles).toHaveLength(1);
      expect(runs(titles[0] ?? "").join("")).toBe(plan[index]?.title);
    }
  });

  it("is 16:9 widescreen (13.333 × 7.5 in)", async () => {
    const { presentation } = await unpack(tiktokModel);
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it("takes colours and fonts from theme.css", async () => {
    const theme = parseTheme(loadTemplates().asset("theme/theme.css"));
    expect(theme.fonts).toEqual({ sans: "Inter", serif: "Source Serif 4" });
    const all = (await unpack(tiktokModel)).slides.join("");
    for (const color of [
      theme.colors.ink,
      theme.colors.accent,
      theme.colors.muted,
      theme.colors.surface,
    ]) {
      expect(all).toContain(`<a:srgbClr val="${color}"/>`);
    }
    expect(all).toContain('<a:latin typeface="Inter"');
    expect(all).toContain('<a:latin typeface="Source Serif 4"');
  });

  it("is re-themed by a theme.css override", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-pptx-"));
    mkdirSync(join(dir, "theme"));
    const css = loadTemplates()
      .asset("theme/theme.css")
      .replace(/--accent:\s*#[0-9a-f]+;/i, "--accent: #c026d3;")
      .replace(/--font-sans:[^;]+;/, '--font-sans: "IBM Plex Sans", sans-serif;');
    writeFileSync(join(dir, "theme", "theme.css"), css);
    const all = (await unpack(tiktokModel, dir)).slides.join("");
    expect(all).toContain('<a:srgbClr val="C026D3"/>');
    expect(all).not.toContain('<a:srgbClr val="0F766E"/>');
    expect(all).toContain('<a:latin typeface="IBM Plex Sans"');
  });

  it("gives the same bytes for the same model", async () => {
    const [first, second] = await Promise.all([renderPptx(tiktokModel), renderPptx(tiktokModel)]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe("theme colours", () => {
  it("accepts #rgb, #rrggbb and rgb(), and rejects what a PPTX cannot use", () => {
    expect(toHex("#0f766e")).toBe("0F766E");
    expect(toHex("#fff")).toBe("FFFFFF");
    expect(toHex("rgb(15, 118, 110)")).toBe("0F766E");
    expect(() => toHex("color-mix(in srgb, red, blue)")).toThrow(/cannot use/);
  });
});
