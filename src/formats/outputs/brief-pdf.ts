/** brief.pdf: the brief HTML printed on A4 or Letter. */
import type { FormatSpec } from "./spec.js";

export const briefPdf = {
  id: "pdf",
  file: "brief.pdf",
  mime: "application/pdf",
  aliases: ["brief-pdf"],
  groups: ["brief"],
  description: "the brief printed (A4 or Letter)",
  needsBrowser: true,
  fast: false,
  templates: ["brief", "shared"],
  options: ["paper"],
  render: async (context) => {
    // Rendered before waiting for the browser, so it overlaps the browser's start-up.
    const html = context.briefHtml();
    const [{ renderBriefPdf }, { renderBriefHtml }] = await Promise.all([
      import("../../render/brief/brief-pdf.js"),
      import("../../render/brief/render-brief.js"),
    ]);
    const { model, templatesDir, changes } = context;
    return renderBriefPdf(context.session(), model, {
      html: await html,
      paper: context.paper ?? model.meta.paper ?? "A4",
      // Printed again with the Contents' page numbers from where the first print put each part.
      numbered: (pages) => renderBriefHtml(model, { templatesDir, changes, pages }),
      guess: context.briefPages?.guess,
      landed: context.briefPages?.landed,
    });
  },
} as const satisfies FormatSpec<"pdf">;
