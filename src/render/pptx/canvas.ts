/**
 * Drawing on one PPTX slide in the deck's own units: boxes in CSS px (96 px = 1 in) and the
 * metrics' text styles, converted here to inches and points, so the PPTX places native text boxes
 * and shapes exactly where the HTML slide has them.
 */
import type { TextStyle } from "../slides/metrics.js";
import type { Pptx, PptxSlide, TextOptions } from "./pptxgen.js";
import type { PptxTheme } from "./theme.js";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const inches = (px: number): number => px / 96;
export const points = (px: number): number => px * 0.75;

export class Canvas {
  constructor(
    readonly pptx: Pptx,
    readonly slide: PptxSlide,
    readonly theme: PptxTheme,
  ) {}

  position(box: Box) {
    return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
  }

  /** A text box with no insets and exact line spacing, like the CSS line box. */
  text(value: string, box: Box, style: TextStyle, color: string, extra: TextOptions = {}): void {
    this.slide.addText(style.upper ? value.toLocaleUpperCase() : value, {
      ...this.position(box),
      ...this.font(style),
      color,
      margin: 0,
      valign: "top",
      fit: "none",
      wrap: true,
      ...extra,
    });
  }

  font(style: TextStyle) {
    return {
      fontFace: style.family === "serif" ? this.theme.fonts.serif : this.theme.fonts.sans,
      fontSize: points(style.size),
      bold: style.weight >= 600,
      lineSpacing: points(style.line),
      charSpacing: style.tracking * points(style.size),
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
