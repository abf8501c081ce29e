/**
 * The deck for print: static HTML, no script at all (the PDF is printed with JavaScript off),
 * one 1280×720 page per slide drawn by the same partials and CSS as the reveal.js deck. Every
 * slide has exactly one heading, so the PDF outline gets one entry per slide.
 */
import type { Model } from "../../../schema/schema.js";
import { loadTemplates } from "../../shared/templates.js";
import { planSlides } from "../plan/plan.js";
import type { SlidesOptions } from "./render-html.js";
import { deckView } from "./view.js";

export const PRINT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "font-src data:",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function renderSlidesPrintHtml(model: Model, options: SlidesOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  return templates.render("slides/print", {
    ...deckView(model, options.slides ?? planSlides(model, options.changes), templates),
    csp: PRINT_CSP,
  });
}
