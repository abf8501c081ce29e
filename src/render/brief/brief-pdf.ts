/**
 * The brief as PDF: the brief HTML printed on A4 or Letter, and document information a viewer and
 * a search index show. The HTML itself comes from render-brief.ts, running header and footer
 * included (CSS page-margin boxes in the brief's own font, none on the cover).
 */
import type { BrowserSession } from "../../browser/session.js";
import type { Model } from "../../schema/schema.js";
import { subjectOf } from "../shared/subject.js";
import { renderBriefHtml } from "./render-brief.js";

export interface BriefPdfOptions {
  paper: "A4" | "Letter";
  /** The brief HTML when the caller has it already (else rendered here). */
  html?: string;
  /** A `--templates` directory, for rendering the HTML. */
  templatesDir?: string;
}

/** The running header and footer sit in the top and bottom margins. */
const SIDE = "18mm";
const MARGIN = { top: "22mm", right: SIDE, bottom: "22mm", left: SIDE };

/** `session` may still be starting: the HTML renders meanwhile (the deck's PDF is called alike). */
export async function renderBriefPdf(
  session: BrowserSession | Promise<BrowserSession>,
  model: Model,
  options: BriefPdfOptions,
): Promise<Uint8Array> {
  const { meta } = model;
  const html = options.html ?? renderBriefHtml(model, { templatesDir: options.templatesDir });
  return (await session).pdf(html, {
    size: options.paper,
    margin: MARGIN,
    metadata: {
      title: meta.title,
      author: meta.author ?? meta.company,
      subject: subjectOf(model),
      keywords: [meta.company, "mission", "vision", "values"],
    },
  });
}
