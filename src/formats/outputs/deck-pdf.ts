/** slides.pdf: the deck printed, one 16:9 page per slide. */
import type { FormatSpec } from "./spec.js";

export const deckPdf = {
  id: "slides-pdf",
  file: "slides.pdf",
  mime: "application/pdf",
  aliases: ["deck-pdf"],
  groups: ["slides", "deck"],
  description: "the deck printed, one 16:9 page per slide",
  needsBrowser: true,
  fast: false,
  templates: ["deck", "shared"],
  options: [],
  render: async (context) => {
    const { renderSlidesPdf } = await import("../../render/deck/pdf/render-pdf.js");
    return renderSlidesPdf(context.session(), context.model, {
      templatesDir: context.templatesDir,
      slides: await context.slides(),
    });
  },
} as const satisfies FormatSpec<"slides-pdf">;
