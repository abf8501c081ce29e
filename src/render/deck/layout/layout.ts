/**
 * Box heights of each slide part, from the metrics. The planner uses them to decide what fits on
 * a slide; the PPTX uses them to place its text boxes. The HTML lays the same parts out with CSS
 * flow and grid using the same numbers (metricsCss), so the three agree. Each takes the Measure
 * to size text with: the web fonts' by default, the fallbacks' for the PPTX.
 */

import {
  COLUMN,
  CONTENT_WIDTH,
  COVER_STEPS,
  FRAME,
  GAP,
  type Measure,
  SLIDE,
  STATEMENT_STEPS,
  step,
  TEXT,
  TITLE_STEPS,
  WEB_MEASURE,
} from "./metrics.js";
import type { Card, CoverSlide, FaqEntry, Slide } from "./types.js";

export interface HeaderLayout {
  kickerHeight: number;
  titleStep: number;
  titleHeight: number;
  /** Top of the content box, px from the slide top. */
  contentTop: number;
  contentHeight: number;
}

/** Bottom of the content box: above the footer line. */
export const CONTENT_BOTTOM = SLIDE.height - FRAME.padBottom - TEXT.footer.line - GAP.contentFooter;

/** Width the badge pill takes beside the title (padding 12 px each side, plus the gap). */
export function badgeWidth(badge: string | null, measure: Measure = WEB_MEASURE): number {
  if (!badge) return 0;
  return Math.ceil(measure.width(badge, TEXT.badge)) + 24 + GAP.badge;
}

/** Header of a content slide: kicker, title at the largest step it fits, and the box left over. */
export function headerLayout(
  kicker: string | null,
  title: string,
  badge: string | null = null,
  measure: Measure = WEB_MEASURE,
) {
  const kickerHeight = kicker
    ? measure.height(kicker, TEXT.kicker, CONTENT_WIDTH) + GAP.kickerTitle
    : 0;
  const titleWidth = CONTENT_WIDTH - badgeWidth(badge, measure);
  let titleStep = TITLE_STEPS.length - 1;
  let titleHeight = 0;
  for (const [index, titleStyle] of TITLE_STEPS.entries()) {
    const height = measure.height(title, titleStyle, titleWidth);
    if (height / titleStyle.line <= titleStyle.maxLines || index === TITLE_STEPS.length - 1) {
      titleStep = index;
      titleHeight = height;
      break;
    }
  }
  const contentTop = FRAME.padTop + kickerHeight + titleHeight + GAP.headerContent;
  return {
    kickerHeight,
    titleStep,
    titleHeight,
    contentTop,
    contentHeight: CONTENT_BOTTOM - contentTop,
  } satisfies HeaderLayout;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const stack = (heights: number[], gap: number): number =>
  heights.length === 0 ? 0 : sum(heights) + gap * (heights.length - 1);

/* Mission / vision ------------------------------------------------------------------------- */

export const VARIANT_TEXT_WIDTH =
  CONTENT_WIDTH - GAP.variantRule - COLUMN.variantWhere - GAP.cellGap;

/** A line under a statement or an answer: its meta line, or a flag naming findings about it. */
function noteHeight(note: string | null, measure: Measure): number {
  return note ? GAP.meta + measure.height(note, TEXT.meta, CONTENT_WIDTH) : 0;
}

export function primaryHeight(
  primary: { text: string; meta: string; flag: string | null },
  index: number,
  measure: Measure = WEB_MEASURE,
): number {
  const textStyle = step(STATEMENT_STEPS, index);
  return (
    measure.height(primary.text, textStyle, CONTENT_WIDTH) +
    noteHeight(primary.meta, measure) +
    noteHeight(primary.flag, measure)
  );
}

/** One variant row: the wording beside the column naming its source lines. */
export function variantHeight(
  variant: { text: string; where: string },
  measure: Measure = WEB_MEASURE,
): number {
  return Math.max(
    measure.height(variant.text, TEXT.variant, VARIANT_TEXT_WIDTH),
    measure.height(variant.where, TEXT.where, COLUMN.variantWhere),
  );
}

/** The variants block: its label line, then one row per variant. */
export function variantsHeight(
  variants: { text: string; where: string }[],
  measure: Measure = WEB_MEASURE,
): number {
  if (variants.length === 0) return 0;
  return (
    TEXT.label.line +
    GAP.label +
    stack(
      variants.map((variant) => variantHeight(variant, measure)),
      GAP.variant,
    )
  );
}

/* Cards ------------------------------------------------------------------------------------ */

/** Card type sizes, largest first: a set takes the largest its slide has room for. */
export type Density = "large" | "regular" | "compact";

export const CARD = {
  large: {
    pad: GAP.cardPadLarge,
    name: TEXT.cardNameLarge,
    gap: GAP.cardNameLarge,
    text: TEXT.cardTextLarge,
  },
  regular: { pad: GAP.cardPad, name: TEXT.cardName, gap: GAP.cardName, text: TEXT.cardText },
  compact: {
    pad: GAP.cardPadCompact,
    name: TEXT.cardNameCompact,
    gap: GAP.cardNameCompact,
    text: TEXT.cardTextCompact,
  },
} as const;

/** Thickness of the accent rule on top of each card. */
export const CARD_RULE = 3;

export function cardWidth(columns: number): number {
  return (CONTENT_WIDTH - GAP.cardGrid * (columns - 1)) / columns;
}

/** Height of the card's name and of its description (0 without one), inside the padding. */
export function cardParts(
  card: Card,
  columns: number,
  density: Density,
  measure: Measure = WEB_MEASURE,
): [number, number] {
  const spec = CARD[density];
  const inner = cardWidth(columns) - 2 * spec.pad;
  const name = measure.height(card.name, spec.name, inner);
  const text = card.description ? measure.height(card.description, spec.text, inner) : 0;
  return [name, text];
}

export function cardHeight(
  card: Card,
  columns: number,
  density: Density,
  measure: Measure = WEB_MEASURE,
): number {
  const spec = CARD[density];
  const [name, text] = cardParts(card, columns, density, measure);
  return CARD_RULE + 2 * spec.pad + name + (text > 0 ? spec.gap + text : 0);
}

/** Row heights of a card grid: cards in a row stretch to the tallest. */
export function cardRows(
  cards: Card[],
  columns: number,
  density: Density,
  measure: Measure = WEB_MEASURE,
): number[] {
  const rows: number[] = [];
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns);
    rows.push(Math.max(...row.map((card) => cardHeight(card, columns, density, measure))));
  }
  return rows;
}

export function cardGridHeight(
  cards: Card[],
  columns: number,
  density: Density,
  measure: Measure = WEB_MEASURE,
): number {
  return stack(cardRows(cards, columns, density, measure), GAP.cardGrid);
}

/* Lists and FAQ ------------------------------------------------------------------------------ */

export const ITEM_TEXT_WIDTH = CONTENT_WIDTH - GAP.listNumber;

export function itemHeight(text: string, measure: Measure = WEB_MEASURE): number {
  return measure.height(text, TEXT.item, ITEM_TEXT_WIDTH);
}

export function listHeight(items: string[], measure: Measure = WEB_MEASURE): number {
  return stack(
    items.map((item) => itemHeight(item, measure)),
    GAP.listItem,
  );
}

export function faqEntryHeight(entry: FaqEntry, measure: Measure = WEB_MEASURE): number {
  return (
    measure.height(entry.question, TEXT.question, CONTENT_WIDTH) +
    GAP.faqAnswer +
    measure.height(entry.answer, TEXT.answer, CONTENT_WIDTH) +
    sum(entry.flags.map((flag) => noteHeight(flag, measure)))
  );
}

export function faqHeight(entries: FaqEntry[], measure: Measure = WEB_MEASURE): number {
  return stack(
    entries.map((entry) => faqEntryHeight(entry, measure)),
    GAP.faqEntry,
  );
}

/* Cover -------------------------------------------------------------------------------------- */

/** The cover stacks company, title, subtitle, a rule, byline and facts, vertically centred. */
export const COVER_HEIGHT = SLIDE.height - 2 * FRAME.padTop;
export const COVER_RULE = 32;

export interface CoverParts {
  company: string;
  title: string;
  subtitle: string | null;
  byline: string | null;
  facts: string | null;
  disclaimer: string | null;
}

export function coverParts(
  parts: CoverParts,
  index: number,
  measure: Measure = WEB_MEASURE,
): number[] {
  const titleStyle = step(COVER_STEPS, index);
  const heights = [
    measure.height(parts.company, TEXT.coverKicker, CONTENT_WIDTH),
    measure.height(parts.title, titleStyle, CONTENT_WIDTH),
  ];
  if (parts.subtitle)
    heights.push(measure.height(parts.subtitle, TEXT.coverSubtitle, CONTENT_WIDTH));
  heights.push(COVER_RULE);
  for (const line of [parts.byline, parts.facts, parts.disclaimer]) {
    if (line) heights.push(measure.height(line, TEXT.coverByline, CONTENT_WIDTH));
  }
  return heights;
}

export function coverHeight(
  parts: CoverParts,
  index: number,
  measure: Measure = WEB_MEASURE,
): number {
  return stack(coverParts(parts, index, measure), GAP.coverStack);
}

/* A whole body ------------------------------------------------------------------------------ */

/** Height of a content slide's body, by the same functions it was planned and is drawn with. */
export function bodyHeight(slide: Exclude<Slide, CoverSlide>, measure: Measure = WEB_MEASURE) {
  const heights: {
    [K in Exclude<Slide, CoverSlide>["kind"]]: (s: Extract<Slide, { kind: K }>) => number;
  } = {
    statement: (s) => {
      const primary = s.primary ? primaryHeight(s.primary, s.primary.step, measure) : 0;
      const gap = s.primary && s.variants.length > 0 ? GAP.block : 0;
      return primary + gap + variantsHeight(s.variants, measure);
    },
    cards: (s) => cardGridHeight(s.cards, s.columns, s.density, measure),
    list: (s) => listHeight(s.items, measure),
    faq: (s) => faqHeight(s.entries, measure),
  };
  return (heights[slide.kind] as (s: typeof slide) => number)(slide);
}
