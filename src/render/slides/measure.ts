/**
 * Text measurement without a browser: the deck is planned (split into slides, type steps chosen)
 * before anything is rendered, and the PPTX has no layout engine at all. Advance widths were
 * measured in Chromium for the inlined fonts (the widest of the weights the deck uses, so bold
 * text is covered too); word wrapping is simulated the way a browser does it, then a small
 * safety margin absorbs kerning and rounding. The overflow test in Chromium keeps this honest.
 */

export type Family = "sans" | "serif";

const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—…é·×";

// Advance widths in em, one per character of CHARS (Inter 400/600/700 and Source Serif 4 400/600/400i).
const WIDTHS: Record<Family, number[]> = {
  sans: [
    0.28, 0.34, 0.55, 0.65, 0.65, 1.02, 0.67, 0.34, 0.38, 0.38, 0.56, 0.68, 0.33, 0.47, 0.33, 0.39,
    0.67, 0.43, 0.63, 0.65, 0.68, 0.62, 0.65, 0.58, 0.65, 0.65, 0.33, 0.34, 0.68, 0.68, 0.68, 0.56,
    1.02, 0.75, 0.66, 0.74, 0.72, 0.61, 0.59, 0.75, 0.75, 0.28, 0.58, 0.72, 0.57, 0.93, 0.76, 0.77,
    0.65, 0.78, 0.66, 0.65, 0.67, 0.74, 0.75, 1.04, 0.74, 0.73, 0.66, 0.38, 0.39, 0.38, 0.49, 0.48,
    0.37, 0.58, 0.63, 0.59, 0.63, 0.6, 0.4, 0.63, 0.62, 0.27, 0.27, 0.58, 0.27, 0.91, 0.62, 0.61,
    0.63, 0.63, 0.41, 0.56, 0.37, 0.62, 0.6, 0.85, 0.58, 0.6, 0.57, 0.47, 0.37, 0.47, 0.68, 0.31,
    0.31, 0.54, 0.53, 0.5, 1, 1, 0.6, 0.33, 0.68,
  ],
  serif: [
    0.24, 0.31, 0.46, 0.57, 0.54, 0.95, 0.74, 0.26, 0.38, 0.38, 0.48, 0.55, 0.31, 0.33, 0.31, 0.36,
    0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.31, 0.31, 0.55, 0.55, 0.55, 0.46,
    0.88, 0.71, 0.67, 0.66, 0.74, 0.64, 0.61, 0.72, 0.81, 0.39, 0.39, 0.73, 0.62, 0.93, 0.77, 0.74,
    0.64, 0.74, 0.71, 0.56, 0.65, 0.76, 0.71, 1.02, 0.68, 0.67, 0.59, 0.36, 0.36, 0.36, 0.55, 0.53,
    0.4, 0.55, 0.63, 0.53, 0.62, 0.54, 0.37, 0.57, 0.65, 0.34, 0.31, 0.61, 0.34, 0.96, 0.65, 0.59,
    0.63, 0.61, 0.47, 0.47, 0.37, 0.64, 0.58, 0.85, 0.58, 0.59, 0.5, 0.39, 0.3, 0.39, 0.55, 0.27,
    0.27, 0.48, 0.48, 0.53, 0.83, 0.85, 0.54, 0.31, 0.55,
  ],
};

const TABLES: Record<Family, Map<string, number>> = {
  sans: new Map([...CHARS].map((c, i) => [c, WIDTHS.sans[i] ?? 0])),
  serif: new Map([...CHARS].map((c, i) => [c, WIDTHS.serif[i] ?? 0])),
};

/** Kerning, hinting and fallback glyphs differ a little from the table: plan 4% wide. */
const SAFETY = 1.04;

function charWidth(char: string, family: Family): number {
  const known = TABLES[family].get(char);
  if (known !== undefined) return known;
  const code = char.codePointAt(0) ?? 0;
  // CJK, Hangul, emoji and other wide scripts take a full em; other letters about a capital's width.
  return code >= 0x2e80 ? 1 : 0.75;
}

/** Width of `text` in px at `sizePx`, with `trackingEm` of letter spacing after each character. */
export function textWidth(text: string, sizePx: number, family: Family, trackingEm = 0): number {
  let em = 0;
  for (const char of text) em += charWidth(char, family) + trackingEm;
  return em * sizePx * SAFETY;
}

/**
 * How many lines `text` takes in a box `widthPx` wide: greedy word wrap like CSS (white space
 * collapses), and words longer than a line break anywhere (the stylesheet sets
 * `overflow-wrap: anywhere` to match).
 */
export function lineCount(
  text: string,
  sizePx: number,
  widthPx: number,
  family: Family,
  trackingEm = 0,
): number {
  const space = textWidth(" ", sizePx, family, trackingEm);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word, sizePx, family, trackingEm);
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
