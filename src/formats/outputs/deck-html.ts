/** slides.html: the reveal.js deck, one self-contained file with speaker notes. */
import type { FormatSpec } from "./spec.js";

export const deckHtml = {
  id: "slides-html",
  file: "slides.html",
  mime: "text/html; charset=utf-8",
  aliases: ["deck-html"],
  groups: ["slides", "deck"],
  description: "the deck to present (reveal.js, offline, speaker notes)",
  needsBrowser: false,
  fast: false,
  templates: ["deck", "shared"],
  options: [],
  render: async (context) => {
    const { renderSlidesHtml } = await import("../../render/deck/html/render-html.js");
    return renderSlidesHtml(context.model, {
      templatesDir: context.templatesDir,
      slides: await context.slides(),
    });
  },
} as const satisfies FormatSpec<"slides-html">;
