/**
 * What the slide templates see: the plan's slides numbered and tagged with the partial that
 * draws them, plus the page CSS (inlined fonts, theme tokens, generated metrics, slide styles).
 * Shared by the reveal.js deck and the print HTML, so both draw exactly the same slides.
 */
import type { Model } from "../../../schema/schema.js";
import { fontFaceCss } from "../../shared/assets.js";
import { subjectOf } from "../../shared/subject.js";
import type { TemplateSet } from "../../shared/templates.js";
import { metricsCss } from "../layout/metrics.js";
import type { Slide } from "../layout/types.js";

export interface SlideView {
  number: number;
  total: number;
  company: string;
  /** Partial that draws the slide body, e.g. `slides/cards`. */
  partial: string;
}

export function deckView(model: Model, slides: Slide[], templates: TemplateSet) {
  const { meta } = model;
  const css = [
    fontFaceCss(),
    templates.asset("theme/theme.css"),
    metricsCss(),
    templates.asset("theme/slides.css"),
  ].join("\n");
  assertNoClosingTag(css, "style");
  return {
    lang: meta.lang ?? "en",
    title: meta.title,
    author: meta.author ?? null,
    description: subjectOf(model),
    css,
    slides: slides.map((slide, index): Slide & SlideView => ({
      ...slide,
      number: index + 1,
      total: slides.length,
      company: meta.company,
      partial: `slides/${slide.kind}`,
    })),
  };
}

/** Inlined CSS/JS is ours, but a stray closing tag in it would end the element early. */
export function assertNoClosingTag(code: string, tag: "style" | "script"): void {
  if (new RegExp(`</${tag}`, "i").test(code)) {
    throw new Error(`Inlined ${tag} contains "</${tag}" and would break the page`);
  }
}
