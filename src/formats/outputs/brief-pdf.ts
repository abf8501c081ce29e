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
    const { renderBriefPdf } = await import("../../render/brief/brief-pdf.js");
    return renderBriefPdf(context.session(), context.model, {
      html: await html,
      paper: context.paper ?? context.model.meta.paper ?? "A4",
    });
  },
} as const satisfies FormatSpec<"pdf">;
