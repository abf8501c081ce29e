/**
 * #11 item 1, without LibreOffice: every text box of the PPTX holds its text when set in DejaVu
 * (what LibreOffice falls back to without Inter / Source Serif 4, and wider than Office's and
 * Keynote's Arial-like fallbacks). Widths come from the real font files via fontkit, not from the
 * tables the renderer sized the boxes with, so this checks the sizing rather than restating it.
 */
import { existsSync, readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../../src/pipeline/process.js";
import { renderPptx } from "../../../../../src/render/deck/pptx/render-pptx.js";
import type { Model } from "../../../../../src/schema/schema.js";
import { longModel, tiktokModel } from "../../../../fixtures/models/fixtures.js";
import { decodeXml as decode } from "../../../../helpers/xml-text.js";

const DEJAVU = "/usr/share/fonts/truetype/dejavu";
const FILES = {
  sans: `${DEJAVU}/DejaVuSans.ttf`,
  sansBold: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  serif: `${DEJAVU}/DejaVuSerif.ttf`,
  serifBold: `${DEJAVU}/DejaVuSerif-Bold.ttf`,
};
const haveFonts = Object.values(FILES).every(existsSync);

const open = (path: string) => fontkit.openSync(path);

const EMU_PER_PT = 12700;
const attr = (xml: string, name: string) => {
  const value = xml.match(new RegExp(`\\b${name}="(-?\\d+)"`))?.[1];
  return value === undefined ? undefined : Number(value);
};

interface Paragraph {
  text: string;
  size: number;
  bold: boolean;
  serif: boolean;
  /** Letter spacing, pt. */
  spacing: number;
  line: number;
  before: number;
}

interface TextBox {
  slide: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  wrap: boolean;
  paragraphs: Paragraph[];
}

/** The text boxes of every slide, in points, with each paragraph's type. */
async function textBoxes(pptx: Uint8Array): Promise<TextBox[]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const boxes: TextBox[] = [];
  for (const name of names) {
    const slide = Number(name.match(/(\d+)\.xml$/)?.[1]);
    const xml = (await zip.file(name)?.async("string")) ?? "";
    for (const [shape] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
      const body = shape.match(/<a:bodyPr[^>]*>/)?.[0] ?? "";
      const paragraphs: Paragraph[] = [];
      for (const [p] of shape.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)) {
        const runs = [...p.matchAll(/<a:r>(<a:rPr[^>]*>)[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)];
        const first = runs[0];
        if (!first) continue;
        const rPr = first[1] ?? "";
        const spcPts = (tag: string) =>
          attr(p.match(new RegExp(`<a:${tag}>.*?</a:${tag}>`))?.[0] ?? "", "val");
        paragraphs.push({
          text: decode(runs.map((r) => r[2] ?? "").join("")),
          size: (attr(rPr, "sz") ?? 1800) / 100,
          bold: /\bb="1"/.test(rPr),
          serif: /typeface="Source Serif 4"/.test(p),
          spacing: (attr(rPr, "spc") ?? 0) / 100,
          line: (spcPts("lnSpc") ?? 0) / 100,
          before: (spcPts("spcBef") ?? 0) / 100,
        });
      }
      if (paragraphs.length === 0) continue;
      const inset = (side: string) => (attr(body, `${side}Ins`) ?? 91440) / EMU_PER_PT;
      const off = shape.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/>/);
      const ext = shape.match(/<a:ext cx="(\d+)" cy="(\d+)"\/>/);
      boxes.push({
        slide,
        text: paragraphs.map((p) => p.text).join(" / "),
        x: Number(off?.[1]) / EMU_PER_PT + inset("l"),
        y: Number(off?.[2]) / EMU_PER_PT + inset("t"),
        w: (Number(ext?.[1]) - (attr(body, "lIns") ?? 0) - (attr(body, "rIns") ?? 0)) / EMU_PER_PT,
        h: (Number(ext?.[2]) - (attr(body, "tIns") ?? 0) - (attr(body, "bIns") ?? 0)) / EMU_PER_PT,
        wrap: !/wrap="none"/.test(body),
        paragraphs,
      });
    }
  }
  return boxes;
}

describe.skipIf(!haveFonts)("PPTX text boxes set in DejaVu (fonts-dejavu-core)", () => {
  const fonts = haveFonts
    ? {
        sans: open(FILES.sans),
        sansBold: open(FILES.sansBold),
        serif: open(FILES.serif),
        serifBold: open(FILES.serifBold),
      }
    : null;

  /** Width in pt; a serif face may fall back to DejaVu Sans or Serif: the wider counts. */
  function width(text: string, p: Paragraph): number {
    if (!fonts) return 0;
    const faces = p.bold
      ? [fonts.sansBold, ...(p.serif ? [fonts.serifBold] : [])]
      : [fonts.sans, ...(p.serif ? [fonts.serif] : [])];
    const ems = Math.max(...faces.map((f) => f.layout(text).advanceWidth / f.unitsPerEm));
    return ems * p.size + p.spacing * [...text].length;
  }

  /** Greedy word wrap, as LibreOffice and PowerPoint do it. */
  function lines(p: Paragraph, boxWidth: number): number {
    let count = 1;
    let line = "";
    for (const word of p.text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && width(next, p) > boxWidth) {
        count += 1 + Math.floor(width(word, p) / boxWidth);
        line = word;
      } else {
        line = next;
      }
    }
    return count;
  }

  const stress = async (): Promise<Model> =>
    (
      await parseContent({
        path: "stress.md",
        value: readFileSync(new URL("../../../../fixtures/stress.md", import.meta.url), "utf8"),
      })
    ).model;

  it.each([
    ["tiktok", async () => tiktokModel],
    ["long", async () => longModel],
    ["stress", stress],
  ] as const)(
    "%s: each box is tall (and, unwrapped, wide) enough for its text",
    async (_, model) => {
      const boxes = await textBoxes(await renderPptx(await model()));
      expect(boxes.length).toBeGreaterThan(20);
      const tooSmall: string[] = [];
      for (const box of boxes) {
        const needed = box.paragraphs.reduce(
          (sum, p, index) => sum + (index > 0 ? p.before : 0) + lines(p, box.w) * p.line,
          0,
        );
        if (needed > box.h + 0.5)
          tooSmall.push(
            `slide ${box.slide}: ${box.text.slice(0, 50)} needs ${needed.toFixed(1)} pt, has ${box.h.toFixed(1)}`,
          );
        if (!box.wrap) {
          const wide = Math.max(...box.paragraphs.map((p) => width(p.text, p)));
          if (wide > box.w + 0.5)
            tooSmall.push(
              `slide ${box.slide}: ${box.text} needs ${wide.toFixed(1)} pt wide, has ${box.w.toFixed(1)}`,
            );
        }
      }
      expect(tooSmall).toEqual([]);
    },
  );
});
