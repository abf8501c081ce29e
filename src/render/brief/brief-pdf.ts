/**
 * The brief as PDF: the brief HTML printed on A4 or Letter, and document information a viewer and
 * a search index show. The HTML itself comes from render-brief.ts, running header and footer
 * included (CSS page-margin boxes in the brief's own font, none on the cover).
 */
import type { BrowserSession } from "../../browser/session.js";
import type { Model } from "../../schema/schema.js";
import { contentDate } from "../shared/content-date.js";
import { subjectOf } from "../shared/subject.js";
import { destinationPages, type PageNumbers } from "./destinations.js";
import { renderBriefHtml } from "./render-brief.js";

export interface BriefPdfOptions {
  paper: "A4" | "Letter";
  /** The brief HTML when the caller has it already (else rendered here). */
  html?: string;
  /** A `--templates` directory, for rendering the HTML. */
  templatesDir?: string;
  /**
   * The brief again with its Contents' page numbers filled in from `pages`. Given, the brief is
   * printed once to learn where each heading lands, then again with the numbers.
   */
  numbered?: (pages: PageNumbers) => string;
  /**
   * Where the anchors landed last time (the previous build's print). The brief is printed with
   * these numbers at once, and that print is the brief when its anchors land there: one print
   * instead of two. A wrong guess is only a print with numbers in place of the measuring print.
   */
  guess?: PageNumbers;
  /** Told where the anchors of the returned PDF landed: the guess for its next print. */
  landed?: (pages: PageNumbers) => void;
}

/** The running header and footer sit in the top and bottom margins. */
const SIDE = "18mm";
const MARGIN = { top: "22mm", right: SIDE, bottom: "22mm", left: SIDE };

/**
 * Prints with numbers. The numbers' slots are reserved, so a print with any numbers puts every
 * anchor where the measuring print did; a further print is only for a template override that
 * lets the numbers reflow the pages.
 */
const MAX_NUMBERED = 2;

/** `session` may still be starting: the HTML renders meanwhile (the deck's PDF is called alike). */
export async function renderBriefPdf(
  starting: BrowserSession | Promise<BrowserSession>,
  model: Model,
  options: BriefPdfOptions,
): Promise<Uint8Array> {
  const { meta } = model;
  const html = options.html ?? renderBriefHtml(model, { templatesDir: options.templatesDir });
  const session = await starting;
  const print = (page: string, final = true) =>
    session.pdf(page, {
      size: options.paper,
      // A print only measured for page numbers needs neither bookmarks nor a structure tree.
      outline: final,
      tagged: final,
      margin: MARGIN,
      metadata: {
        title: meta.title,
        author: meta.author ?? meta.company,
        subject: subjectOf(model),
        keywords: [meta.company, "mission", "vision", "values"],
        contentDate: contentDate(meta),
      },
    });
  const { numbered } = options;
  if (!numbered) return print(html);
  let pages = options.guess ?? (await destinationPages(await print(html, false)));
  for (let pass = 1; ; pass++) {
    const pdf = await print(numbered(pages));
    const landed = await destinationPages(pdf);
    if (samePages(landed, pages) || pass === MAX_NUMBERED) {
      options.landed?.(landed);
      return pdf;
    }
    pages = landed;
  }
}

function samePages(a: PageNumbers, b: PageNumbers): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}
