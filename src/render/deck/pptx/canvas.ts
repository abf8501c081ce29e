/**
 * Drawing on one PPTX slide in the deck's own units: boxes in CSS px (96 px = 1 in) and the
 * metrics' text styles, converted here to inches and points, so the PPTX places native text boxes
 * and shapes where the HTML slide has them. A canvas draws its text at one type scale and measures
 * it for the fonts a machine without ours falls back to (fit.ts).
 */
import type { Measure, TextStyle } from "../layout/metrics.js";
import { anywhere, scaled } from "./fit.js";
import type { Pptx, PptxSlide, TextOptions } from "./pptxgen.js";
import type { PptxTheme } from "./theme.js";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One paragraph of a text box; `before` is the space above it in px. */
export interface Paragraph {
  text: string;
  style: TextStyle;
  color: string;
  before?: number;
}

export const inches = (px: number): number => px / 96;
export const points = (px: number): number => px * 0.75;

/** Shape name that zip.ts turns into the slide's title placeholder (accessibility checkers). */
export const TITLE_NAME = "Slide title";

export class Canvas {
  readonly measure: Measure;

  constructor(
    readonly pptx: Pptx,
    readonly slide: PptxSlide,
    readonly theme: PptxTheme,
    readonly scale = 1,
  ) {
    this.measure = anywhere(scale);
  }

  /** The same slide, with text drawn and measured at `scale`. */
  at(scale: number): Canvas {
    return new Canvas(this.pptx, this.slide, this.theme, scale);
  }

  position(box: Box) {
    return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
  }

  /** A text box with no insets and exact line spacing, like the CSS line box. */
  text(value: string, box: Box, style: TextStyle, color: string, extra: TextOptions = {}): void {
    this.paragraphs([{ text: value, style, color }], box, extra);
  }

  /**
   * Paragraphs that flow in one box, so a heading and its text can never print over each other;
   * should a font still need more room than measured, the box shrinks its text (normAutofit)
   * rather than let it spill.
   */
  paragraphs(parts: Paragraph[], box: Box, extra: TextOptions = {}): void {
    const runs = parts.map((part, index) => ({
      text: part.style.upper ? part.text.toLocaleUpperCase() : part.text,
      options: {
        ...this.font(part.style),
        color: part.color,
        breakLine: index < parts.length - 1,
        ...(part.before ? { paraSpaceBefore: points(part.before) } : {}),
      },
    }));
    this.slide.addText(runs, {
      ...this.position(box),
      margin: 0,
      // Explicit: a title placeholder would otherwise take the layout's centred alignment.
      align: "left",
      valign: "top",
      fit: "shrink",
      wrap: true,
      ...extra,
    });
  }

  font(style: TextStyle) {
    const drawn = scaled(style, this.scale);
    return {
      fontFace: style.family === "serif" ? this.theme.fonts.serif : this.theme.fonts.sans,
      fontSize: points(drawn.size),
      bold: style.weight >= 600,
      lineSpacing: points(drawn.line),
      charSpacing: style.tracking * points(drawn.size),
    };
  }

  rect(box: Box, color: string): void {
    this.slide.addShape(this.pptx.ShapeType.rect, {
      ...this.position(box),
      fill: { color },
      line: { type: "none" },
    });
  }
}
