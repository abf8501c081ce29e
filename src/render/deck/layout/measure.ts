/**
 * Text measurement without a browser: the deck is planned (split into slides, type steps chosen)
 * before anything is rendered, and the PPTX has no layout engine at all. Advance widths were
 * measured in Chromium for the inlined fonts at each weight the deck uses; word wrapping is
 * simulated the way a browser does it, then a small safety margin absorbs kerning and rounding.
 * The overflow test in Chromium keeps this honest. The PPTX is set on machines that may lack the
 * inlined fonts, so it measures with the widest of them and their fallbacks ("anywhere").
 */
import { FALLBACK_WIDTHS } from "./fallback-widths.js";

export type Family = "sans" | "serif";
export type Weight = 400 | 600 | 700;
/** Which fonts text is measured for: the inlined web fonts, or whatever a machine falls back to. */
export type Fonts = "web" | "anywhere";

export const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—…é·×";

/** Advance widths in hundredths of an em, one per character of CHARS (Inter; Source Serif 4). */
const WIDTHS: Record<string, string> = {
  "sans-400":
    "28 29 47 63 64 98 64 30 36 36 50 66 29 46 29 36 63 41 61 62 65 59 62 57 62 62 29 30 66 66 66 51 97 69 65 73 72 60 59 75 74 27 57 67 57 90 75 76 64 76 64 64 65 74 69 99 68 68 63 36 36 36 47 46 32 56 61 57 61 58 37 61 59 24 24 55 24 88 59 60 61 61 38 53 33 59 56 82 55 56 55 43 33 43 66 26 26 44 44 50 100 86 58 29 66",
  "sans-600":
    "25 32 52 64 65 100 66 33 37 37 54 67 32 47 32 38 66 42 62 64 67 61 64 58 64 64 32 33 67 67 67 54 100 73 66 74 72 61 59 75 75 28 58 70 57 92 76 77 65 77 65 65 66 74 73 102 72 71 65 37 38 37 48 47 35 57 62 58 62 59 39 63 61 26 26 57 26 90 61 61 62 62 40 55 35 61 59 84 57 59 57 45 36 45 67 29 29 51 50 50 100 96 59 32 67",
  "sans-700":
    "24 34 55 65 65 102 67 34 38 38 56 68 33 47 33 39 67 43 63 65 68 62 65 58 65 65 33 34 68 68 68 56 102 75 66 74 72 61 59 75 75 28 58 72 57 93 76 77 65 78 66 65 67 73 75 104 74 73 66 38 39 38 49 48 37 58 63 59 63 60 40 63 62 27 27 58 27 91 62 61 63 63 41 56 37 62 60 85 58 60 57 47 37 47 68 31 31 54 53 50 100 100 60 33 68",
  "serif-400":
    "24 29 38 52 52 93 73 18 36 36 46 53 30 32 30 34 53 53 53 53 53 53 53 53 53 53 30 30 53 53 53 41 83 71 65 66 74 64 61 72 81 38 38 71 62 93 77 74 62 74 69 54 63 76 71 100 67 67 59 33 34 33 53 51 40 54 62 52 61 53 37 56 64 33 30 59 33 95 64 58 62 60 46 46 36 63 58 84 57 59 49 36 29 36 53 22 22 44 44 51 81 83 53 30 53",
  "serif-600":
    "23 31 42 54 54 95 74 21 38 38 46 55 31 33 31 36 55 55 55 55 55 55 55 55 55 55 31 31 55 55 55 43 87 71 67 66 74 63 61 72 81 39 39 73 62 93 76 74 64 74 71 56 65 76 71 102 68 67 59 36 36 36 55 53 40 55 63 53 62 54 37 57 65 34 31 61 34 96 65 59 63 61 47 47 37 64 58 85 58 59 50 36 30 36 55 24 24 46 46 53 83 85 54 31 55",
};

const parse = (table: Record<string, string>) =>
  new Map(
    Object.entries(table).map(([face, widths]) => {
      const ems = widths.split(" ").map((hundredths) => Number(hundredths) / 100);
      return [face, new Map([...CHARS].map((char, index) => [char, ems[index] ?? 0]))];
    }),
  );

const WEB = parse(WIDTHS);
const FALLBACK = parse(FALLBACK_WIDTHS);

/** Per character, the wider of the web font and its fallbacks. */
const ANYWHERE = new Map(
  [...WEB].map(([face, widths]) => {
    const fallback = FALLBACK.get(face);
    const widest = [...widths].map(([char, em]): [string, number] => [
      char,
      Math.max(em, fallback?.get(char) ?? 0),
    ]);
    return [face, new Map(widest)];
  }),
);

const TABLES: Record<Fonts, Map<string, Map<string, number>>> = { web: WEB, anywhere: ANYWHERE };

/** Kerning, hinting and fallback glyphs differ a little from the table: plan 3% wide. */
const SAFETY = 1.03;

function table(family: Family, weight: Weight, fonts: Fonts): Map<string, number> {
  // Serif text is never set bolder than 600 in the deck.
  const face = `${family}-${family === "serif" ? Math.min(weight, 600) : weight}`;
  const widths = TABLES[fonts].get(face);
  if (!widths) throw new Error(`No width table for ${face}`);
  return widths;
}

function charWidth(char: string, widths: Map<string, number>): number {
  const known = widths.get(char);
  if (known !== undefined) return known;
  const code = char.codePointAt(0) ?? 0;
  // CJK, Hangul, emoji and other wide scripts take a full em; other letters about a capital's width.
  return code >= 0x2e80 ? 1 : 0.75;
}

export interface Face {
  family: Family;
  weight: Weight;
  size: number;
  /** Letter spacing in em. */
  tracking: number;
}

/** Width of `text` in px set in `face`. */
export function textWidth(text: string, face: Face, fonts: Fonts = "web"): number {
  const widths = table(face.family, face.weight, fonts);
  let em = 0;
  for (const char of text) em += charWidth(char, widths) + face.tracking;
  return em * face.size * SAFETY;
}

/**
 * How many lines `text` takes in a box `widthPx` wide: greedy word wrap like CSS (white space
 * collapses), and words longer than a line break anywhere (the stylesheet sets
 * `overflow-wrap: anywhere` to match).
 */
export function lineCount(text: string, face: Face, widthPx: number, fonts: Fonts = "web"): number {
  const space = textWidth(" ", face, fonts);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word, face, fonts);
    if (used > 0 && used + space + width <= widthPx) {
      used += space + width;
    } else if (width <= widthPx) {
      if (used > 0) lines += 1;
      used = width;
    } else {
      // A word wider than the box wraps mid-word and fills whole lines before its last part.
      if (used > 0) lines += 1;
      const extra = Math.ceil(width / widthPx) - 1;
      lines += extra;
      used = width - extra * widthPx;
    }
  }
  return lines;
}
