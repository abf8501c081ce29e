/**
 * Sizing for the PPTX, which is opened on machines that may not have the theme's fonts: LibreOffice
 * then sets it in DejaVu, Office and Keynote in an Arial-like sans, all wider than Inter. Every box
 * is measured with the widest of these ("anywhere" widths), so no text outgrows its box whatever
 * font renders it; a slide body the plan (made with our fonts) filled is drawn at a smaller type
 * scale when the fallback needs more room than the slide has.
 */
import { textWidth } from "../layout/measure.js";
import { type Measure, type TextStyle, textHeight } from "../layout/metrics.js";

/** Type scales a slide body may be drawn at, largest first. */
export const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6] as const;

/** `style` drawn at `scale`: size and line pitch shrink together. */
export function scaled<T extends TextStyle>(style: T, scale: number): T {
  return { ...style, size: style.size * scale, line: style.line * scale };
}

/** Measures text for any font a machine may set it in, at `scale` of its style. */
export function anywhere(scale = 1): Measure {
  return {
    width: (text, face) => textWidth(text, { ...face, size: face.size * scale }, "anywhere"),
    height: (text, style, width) => textHeight(text, scaled(style, scale), width, "anywhere"),
  };
}

/** The largest scale at which `height` fits in `room` px (the smallest scale if none does). */
export function fitScale(height: (measure: Measure) => number, room: number): number {
  return SCALES.find((scale) => height(anywhere(scale)) <= room) ?? Math.min(...SCALES);
}
