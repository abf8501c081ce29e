/** The parts of a PPTX slide around its body: header, footer, and the whole cover slide. */

import {
  badgeWidth,
  COVER_HEIGHT,
  COVER_RULE,
  type CoverParts,
  coverHeight,
  coverParts,
  headerLayout,
} from "../layout/layout.js";
import {
  CONTENT_WIDTH,
  COVER_STEPS,
  FRAME,
  GAP,
  SLIDE,
  step,
  TEXT,
  TITLE_STEPS,
} from "../layout/metrics.js";
import type { CoverSlide, Slide } from "../layout/types.js";
import { type Canvas, TITLE_NAME } from "./canvas.js";

/** Draws kicker, title (and badge) like the HTML header; returns the top of the content box. */
export function drawHeader(canvas: Canvas, slide: Exclude<Slide, CoverSlide>): number {
  const { colors } = canvas.theme;
  const badge = slide.kind === "cards" ? slide.badge : null;
  const layout = headerLayout(slide.kicker, slide.title, badge, canvas.measure);
  const x = FRAME.padX;
  canvas.rect({ x, y: 0, w: 96, h: 6 }, colors.accent);
  if (slide.kicker) {
    const h = layout.kickerHeight - GAP.kickerTitle;
    canvas.text(
      slide.kicker,
      { x, y: FRAME.padTop, w: CONTENT_WIDTH, h },
      TEXT.kicker,
      colors.accent,
    );
  }
  const titleStyle = step(TITLE_STEPS, layout.titleStep);
  const titleTop = FRAME.padTop + layout.kickerHeight;
  const titleBox = {
    x,
    y: titleTop,
    w: CONTENT_WIDTH - badgeWidth(badge, canvas.measure),
    h: layout.titleHeight,
  };
  canvas.text(slide.title, titleBox, titleStyle, colors.ink, { objectName: TITLE_NAME });
  if (badge) {
    // Beside the title's first line, as the HTML flex row puts it.
    const titleEnd = Math.min(canvas.measure.width(slide.title, titleStyle), titleBox.w);
    const height = TEXT.badge.line + 10;
    const box = {
      x: x + titleEnd + GAP.badge,
      y: titleTop + (titleStyle.line - height) / 2,
      w: badgeWidth(badge, canvas.measure) - GAP.badge,
      h: height,
    };
    canvas.slide.addText(badge, {
      ...canvas.position(box),
      ...canvas.font(TEXT.badge),
      shape: canvas.pptx.ShapeType.roundRect,
      rectRadius: 0.5,
      fill: { color: colors.warnSoft },
      line: { type: "none" },
      color: colors.warn,
      align: "center",
      valign: "middle",
      margin: 0,
      // Measured one line wide for any font: it must not wrap out of its pill.
      wrap: false,
    });
  }
  return layout.contentTop;
}

export function drawFooter(canvas: Canvas, company: string, number: number, total: number): void {
  const { colors } = canvas.theme;
  const y = SLIDE.height - FRAME.padBottom - TEXT.footer.line;
  const box = { x: FRAME.padX, y, w: CONTENT_WIDTH, h: TEXT.footer.line };
  canvas.text(company, { ...box, w: CONTENT_WIDTH - 120 }, TEXT.footer, colors.muted);
  canvas.text(
    `${number} / ${total}`,
    { ...box, x: box.x + CONTENT_WIDTH - 120, w: 120 },
    TEXT.footer,
    colors.muted,
    {
      align: "right",
    },
  );
}

/** The cover: accent stripe, then company, title, subtitle, rule, byline, facts, centred. */
export function drawCover(canvas: Canvas, slide: CoverSlide): void {
  const { colors } = canvas.theme;
  canvas.rect({ x: 0, y: 0, w: 16, h: SLIDE.height }, colors.accent);
  const parts = {
    company: slide.kicker ?? "",
    title: slide.title,
    subtitle: slide.subtitle,
    byline: slide.byline,
    facts: slide.facts,
    disclaimer: slide.disclaimer,
  };
  const coverStep = fittingCoverStep(parts, slide.coverStep, canvas);
  const heights = coverParts(parts, coverStep, canvas.measure);
  const total = heights.reduce((sum, h) => sum + h, 0) + GAP.coverStack * (heights.length - 1);
  let y = (SLIDE.height - total) / 2;
  const next = () => {
    const h = heights.shift() ?? 0;
    const box = { x: FRAME.padX, y, w: CONTENT_WIDTH, h };
    y += h + GAP.coverStack;
    return box;
  };
  canvas.text(parts.company, next(), TEXT.coverKicker, colors.accent);
  canvas.text(slide.title, next(), step(COVER_STEPS, coverStep), colors.ink, {
    objectName: TITLE_NAME,
  });
  if (slide.subtitle) canvas.text(slide.subtitle, next(), TEXT.coverSubtitle, colors.muted);
  const rule = next();
  canvas.rect({ x: rule.x, y: rule.y + (COVER_RULE - 4) / 2, w: 80, h: 4 }, colors.accent);
  for (const line of [slide.byline, slide.facts, slide.disclaimer]) {
    if (line) canvas.text(line, next(), TEXT.coverByline, colors.muted);
  }
}

/** The planned title step, or a smaller one when a fallback font needs more room. */
function fittingCoverStep(parts: CoverParts, planned: number, canvas: Canvas): number {
  let index = planned;
  while (
    index < COVER_STEPS.length - 1 &&
    coverHeight(parts, index, canvas.measure) > COVER_HEIGHT
  ) {
    index += 1;
  }
  return index;
}
