/**
 * Slide bodies in the PPTX, placed with the same layout functions the planner measured with:
 * statements, cards, numbered lists (takeaways, findings) and the FAQ.
 */
import {
  CARD,
  CARD_RULE,
  CONTENT_BOTTOM,
  cardRows,
  cardWidth,
  faqHeight,
  ITEM_TEXT_WIDTH,
  itemHeight,
  primaryHeight,
  VARIANT_TEXT_WIDTH,
  variantHeight,
} from "../layout/layout.js";
import {
  COLUMN,
  CONTENT_WIDTH,
  FRAME,
  GAP,
  STATEMENT_STEPS,
  step,
  TEXT,
} from "../layout/metrics.js";
import type { CardsSlide, FaqSlide, ListSlide, StatementSlide } from "../layout/types.js";
import { type Canvas, points } from "./canvas.js";

const X = FRAME.padX;

export function drawStatement(canvas: Canvas, slide: StatementSlide, top: number): void {
  const { colors } = canvas.theme;
  const { measure } = canvas;
  let y = top;
  if (slide.primary) {
    const { text, meta, flag } = slide.primary;
    const h = primaryHeight(slide.primary, slide.primary.step, measure);
    canvas.paragraphs(
      [
        { text, style: step(STATEMENT_STEPS, slide.primary.step), color: colors.ink },
        { text: meta, style: TEXT.meta, color: colors.muted, before: GAP.meta },
        ...(flag ? [{ text: flag, style: TEXT.meta, color: colors.warn, before: GAP.meta }] : []),
      ],
      { x: X, y, w: CONTENT_WIDTH, h },
    );
    y += h + GAP.block;
  }
  if (slide.variants.length === 0 || !slide.variantsLabel) return;
  const labelHeight = measure.height(slide.variantsLabel, TEXT.label, CONTENT_WIDTH);
  canvas.text(
    slide.variantsLabel,
    { x: X, y, w: CONTENT_WIDTH, h: labelHeight },
    TEXT.label,
    colors.muted,
  );
  y += labelHeight + GAP.label;
  const whereX = X + CONTENT_WIDTH - COLUMN.variantWhere;
  for (const variant of slide.variants) {
    const h = variantHeight(variant, measure);
    canvas.rect({ x: X, y, w: 3, h }, colors.accentSoft);
    canvas.text(
      variant.text,
      { x: X + GAP.variantRule, y, w: VARIANT_TEXT_WIDTH, h },
      TEXT.variant,
      colors.ink,
    );
    canvas.text(
      variant.where,
      { x: whereX, y, w: COLUMN.variantWhere, h },
      TEXT.where,
      colors.muted,
      { align: "right" },
    );
    y += h + GAP.variant;
  }
}

/** Each card is one text box (name and description flow together) on the card's fill. */
export function drawCards(canvas: Canvas, slide: CardsSlide, top: number): void {
  const { colors } = canvas.theme;
  const spec = CARD[slide.density];
  const width = cardWidth(slide.columns);
  const rows = cardRows(slide.cards, slide.columns, slide.density, canvas.measure);
  let y = top;
  for (const [rowIndex, rowHeight] of rows.entries()) {
    const row = slide.cards.slice(rowIndex * slide.columns, (rowIndex + 1) * slide.columns);
    for (const [column, card] of row.entries()) {
      const x = X + column * (width + GAP.cardGrid);
      canvas.rect({ x, y, w: width, h: CARD_RULE }, colors.accent);
      const name = { text: card.name, style: spec.name, color: colors.ink };
      const description = card.description
        ? [{ text: card.description, style: spec.text, color: colors.muted, before: spec.gap }]
        : [];
      canvas.paragraphs(
        [name, ...description],
        { x, y: y + CARD_RULE, w: width, h: rowHeight - CARD_RULE },
        { fill: { color: colors.surface }, margin: points(spec.pad) },
      );
    }
    y += rowHeight + GAP.cardGrid;
  }
}

export function drawList(canvas: Canvas, slide: ListSlide, top: number): void {
  const { colors } = canvas.theme;
  let y = top;
  for (const [index, item] of slide.items.entries()) {
    const h = itemHeight(item, canvas.measure);
    canvas.text(
      String(slide.start + index),
      { x: X, y, w: GAP.listNumber, h: canvas.measure.height("0", TEXT.number, GAP.listNumber) },
      TEXT.number,
      colors.accent,
    );
    canvas.text(item, { x: X + GAP.listNumber, y, w: ITEM_TEXT_WIDTH, h }, TEXT.item, colors.ink);
    y += h + GAP.listItem;
  }
}

/** All questions and answers flow in one text box: an answer cannot run into the next question. */
export function drawFaq(canvas: Canvas, slide: FaqSlide, top: number): void {
  const { colors } = canvas.theme;
  const paragraphs = slide.entries.flatMap((entry, index) => [
    {
      text: entry.question,
      style: TEXT.question,
      color: colors.ink,
      before: index > 0 ? GAP.faqEntry : 0,
    },
    { text: entry.answer, style: TEXT.answer, color: colors.muted, before: GAP.faqAnswer },
    ...entry.flags.map((flag) => ({
      text: flag,
      style: TEXT.meta,
      color: colors.warn,
      before: GAP.meta,
    })),
  ]);
  const h = Math.max(faqHeight(slide.entries, canvas.measure), CONTENT_BOTTOM - top);
  canvas.paragraphs(paragraphs, { x: X, y: top, w: CONTENT_WIDTH, h });
}
