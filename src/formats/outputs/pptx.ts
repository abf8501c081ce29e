/** slides.pptx: the deck as editable PowerPoint (native text boxes). */
import type { FormatSpec } from "./spec.js";

export const pptx = {
  id: "pptx",
  file: "slides.pptx",
  mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  aliases: [],
  groups: ["deck"],
  description: "the deck as editable PowerPoint",
  needsBrowser: false,
  fast: false,
  templates: ["deck", "shared"],
  options: [],
  render: async (context) => {
    const { renderPptx } = await import("../../render/deck/pptx/render-pptx.js");
    return renderPptx(context.model, {
      templatesDir: context.templatesDir,
      slides: await context.slides(),
    });
  },
} as const satisfies FormatSpec<"pptx">;
