/**
 * The brief as PDF: the brief HTML printed on A4 or Letter, and document information a viewer and
 * a search index show. The HTML itself comes from src/render/html, running header and footer
 * included (CSS page-margin boxes in the brief's own font, none on the cover).
 */
import type { BrowserSession } from "../../browser/session.js";

export interface BriefPdfMeta {
  title: string;
  company: string;
  author?: string;
  subject?: string;
}

export interface BriefPdfOptions {
  paper: "A4" | "Letter";
  /** The `--templates` override (the brief HTML already carries its styles). */
  templatesDir?: string;
}

/** The running header and footer sit in the top and bottom margins. */
const SIDE = "18mm";
const MARGIN = { top: "22mm", right: SIDE, bottom: "22mm", left: SIDE };

export async function renderBriefPdf(
  session: BrowserSession,
  html: string,
  meta: BriefPdfMeta,
  options: BriefPdfOptions,
): Promise<Uint8Array> {
  return session.pdf(html, {
    size: options.paper,
    margin: MARGIN,
    metadata: {
      title: meta.title,
      author: meta.author ?? meta.company,
      subject: meta.subject ?? `${meta.company}: mission, vision and values`,
      keywords: [meta.company, "mission", "vision", "values"],
    },
  });
}
