/**
 * The slide deck as one self-contained HTML file: reveal.js and its notes plugin inlined, fonts
 * inlined, a CSP that allows only inline script/style and data: fonts/images (plus framing the
 * deck itself, which the speaker view needs). Content is escaped by Handlebars and never compiled.
 */
import type { Model } from "../../../schema/schema.js";
import type { WhatChanged } from "../../shared/changes.js";
import { loadTemplates } from "../../shared/templates.js";
import type { Slide } from "../layout/types.js";
import { planSlides } from "../plan/plan.js";
import { revealAssets } from "./reveal.js";
import { deckView } from "./view.js";

export interface SlidesOptions {
  /** A `--templates` directory overriding files of the default template set. */
  templatesDir?: string;
  /** The slide plan when the caller has it already (one plan serves the deck's formats). */
  slides?: Slide[];
  /** What changed since a compared version: a slide after the cover. */
  changes?: WhatChanged;
}

/** The speaker view (S) shows the deck itself in two iframes: the only thing framed. */
export const DECK_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "font-src data:",
  "img-src data:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function renderSlidesHtml(model: Model, options: SlidesOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  const reveal = revealAssets();
  return templates.render("slides/deck", {
    ...deckView(model, options.slides ?? planSlides(model, options.changes), templates),
    csp: DECK_CSP,
    revealCss: reveal.css,
    scripts: reveal.scripts,
  });
}
