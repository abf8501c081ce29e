/**
 * The deck's geometry and type scale in one place. The planner measures text with these numbers,
 * the PPTX places its boxes with them, and the HTML/print stylesheets get them as generated CSS
 * (`metricsCss()`), so what was planned to fit is what is drawn.
 */
import {
  type Face,
  type Family,
  type Fonts,
  lineCount,
  textWidth,
  type Weight,
} from "./measure.js";

/** Slides are a fixed 16:9 canvas in CSS px (96 px = 1 in, so 13.333 × 7.5 in). */
export const SLIDE = { width: 1280, height: 720 } as const;

export const FRAME = { padX: 80, padTop: 56, padBottom: 40 } as const;

/** Width of the content column between the side margins. */
export const CONTENT_WIDTH = SLIDE.width - 2 * FRAME.padX;

/** Vertical and horizontal spacing (px) shared by the stylesheet and the PPTX. */
export const GAP = {
  kickerTitle: 8,
  headerContent: 28,
  contentFooter: 24,
  badge: 20,
  block: 40,
  meta: 12,
  label: 14,
  variant: 14,
  variantRule: 20,
  cardGrid: 20,
  cardPadLarge: 28,
  cardPad: 24,
  cardPadCompact: 18,
  cardNameLarge: 12,
  cardName: 10,
  cardNameCompact: 6,
  faqEntry: 22,
  faqAnswer: 6,
  listItem: 18,
  listNumber: 56,
  cellGap: 16,
  coverStack: 20,
} as const;

/** Widths (px) of fixed columns: the source-line column of variants, the widest badge. */
export const COLUMN = {
  variantWhere: 140,
  badgeMax: 360,
} as const;

export interface TextStyle {
  family: Family;
  weight: Weight;
  size: number;
  line: number;
  /** Letter spacing in em. */
  tracking: number;
  upper: boolean;
}

const style = (
  family: Family,
  weight: TextStyle["weight"],
  size: number,
  line: number,
  tracking = 0,
  upper = false,
): TextStyle => ({ family, weight, size, line, tracking, upper });

/** Named text styles; each becomes a `.tx-<name>` class in the stylesheet. */
export const TEXT = {
  kicker: style("sans", 600, 14, 18, 0.08, true),
  footer: style("sans", 400, 13, 16),
  label: style("sans", 600, 13, 18, 0.08, true),
  meta: style("sans", 400, 15, 20),
  badge: style("sans", 600, 14, 18),
  variant: style("sans", 400, 18, 26),
  where: style("sans", 400, 14, 26),
  cardNameLarge: style("sans", 600, 30, 40),
  cardTextLarge: style("sans", 400, 20, 30),
  cardName: style("sans", 600, 22, 28),
  cardNameCompact: style("sans", 600, 19, 24),
  cardText: style("sans", 400, 17, 25),
  cardTextCompact: style("sans", 400, 15, 21),
  question: style("sans", 600, 21, 28),
  answer: style("sans", 400, 18, 26),
  item: style("sans", 400, 22, 32),
  number: style("serif", 600, 22, 32),
  coverKicker: style("sans", 600, 16, 22, 0.08, true),
  coverSubtitle: style("sans", 400, 24, 32),
  coverByline: style("sans", 400, 17, 24),
} as const;

export type TextName = keyof typeof TEXT;

/** Slide titles: the first step the title fits in (at most `maxLines` lines) is used. */
export const TITLE_STEPS = [
  { ...style("sans", 700, 40, 48), maxLines: 1 },
  { ...style("sans", 700, 34, 42), maxLines: 1 },
  { ...style("sans", 700, 28, 34), maxLines: 2 },
  { ...style("sans", 700, 22, 28), maxLines: Number.POSITIVE_INFINITY },
] as const;

/**
 * Serif line heights are at least 1.36 em: Source Serif 4's line box content area is 1.36 em, and
 * a tighter line height lets it stick out of its block (scrollHeight > clientHeight).
 */

/** Steps for a primary mission/vision statement, largest first (never truncated, only smaller). */
export const STATEMENT_STEPS = [
  style("serif", 400, 56, 76),
  style("serif", 400, 46, 63),
  style("serif", 400, 38, 52),
  style("serif", 400, 31, 43),
  style("serif", 400, 25, 34),
] as const;

/** Steps for the deck title on the cover slide. */
export const COVER_STEPS = [
  style("serif", 600, 64, 88),
  style("serif", 600, 54, 74),
  style("serif", 600, 44, 60),
  style("serif", 600, 36, 49),
  style("serif", 600, 28, 38),
] as const;

/** The step at `index` of a scale, clamped to its smallest step. */
export function step<T>(scale: readonly [T, ...T[]], index: number): T {
  return scale[Math.max(0, Math.min(index, scale.length - 1))] ?? scale[0];
}

/** Height in px of `text` set in `textStyle` in a box `width` px wide. */
export function textHeight(
  text: string,
  textStyle: TextStyle,
  width: number,
  fonts: Fonts = "web",
): number {
  const shown = textStyle.upper ? text.toUpperCase() : text;
  return lineCount(shown, textStyle, width, fonts) * textStyle.line;
}

/**
 * How a layout measures text. The HTML deck measures for its inlined fonts (WEB_MEASURE); the
 * PPTX for whatever font a machine falls back to, at the type scale it draws with.
 */
export interface Measure {
  width(text: string, face: Face): number;
  height(text: string, textStyle: TextStyle, width: number): number;
}

export const WEB_MEASURE: Measure = {
  width: (text, face) => textWidth(text, face),
  height: (text, textStyle, width) => textHeight(text, textStyle, width),
};

function declarations(textStyle: TextStyle): string {
  return [
    `font-family:var(--font-${textStyle.family})`,
    `font-weight:${textStyle.weight}`,
    `font-size:${textStyle.size}px`,
    `line-height:${textStyle.line}px`,
    `letter-spacing:${textStyle.tracking}em`,
    `text-transform:${textStyle.upper ? "uppercase" : "none"}`,
  ].join(";");
}

/** CSS for the metrics: custom properties for the geometry and one class per text style. */
export function metricsCss(): string {
  const props = [
    `--slide-width:${SLIDE.width}px`,
    `--slide-height:${SLIDE.height}px`,
    `--pad-x:${FRAME.padX}px`,
    `--pad-top:${FRAME.padTop}px`,
    `--pad-bottom:${FRAME.padBottom}px`,
    ...Object.entries(GAP).map(([name, px]) => `--gap-${name}:${px}px`),
    ...Object.entries(COLUMN).map(([name, px]) => `--col-${name}:${px}px`),
  ];
  const classes = [
    ...Object.entries(TEXT).map(([name, s]) => `.tx-${name}{${declarations(s)}}`),
    ...TITLE_STEPS.map((s, i) => `.tx-title-${i}{${declarations(s)}}`),
    ...STATEMENT_STEPS.map((s, i) => `.tx-statement-${i}{${declarations(s)}}`),
    ...COVER_STEPS.map((s, i) => `.tx-cover-${i}{${declarations(s)}}`),
  ];
  return `:root{${props.join(";")}}\n${classes.join("\n")}`;
}
