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
import { laidOutPages } from "./laid-out-pages.js";
import { renderBriefHtml } from "./render-brief.js";

export interface BriefPdfOptions {
  paper: "A4" | "Letter";
  /** The brief HTML when the caller has it already (else rendered here). */
  html?: string;
  /** A `--templates` directory, for rendering the HTML. */
  templatesDir?: string;
  /**
   * The brief again with its Contents' page numbers filled in from `pages`. Given, the brief is
   * printed with the pages its anchors are guessed to land on (`guess`, else its layout in
   * columns: laid-out-pages.ts), and printed again with where they landed if the guess was wrong.
   */
  numbered?: (pages: PageNumbers) => string;
  /**
   * Where the anchors landed last time (the previous build's print): after an edit that moved no
   * page break, still right, and cheaper than the layout. A wrong guess costs a second print.
   */
  guess?: PageNumbers;
  /** Told where the anchors of the returned PDF landed: the guess for its next print. */
  landed?: (pages: PageNumbers) => void;
}

/** The running header and footer sit in the top and bottom margins (millimetres). */
const MARGIN_MM = { top: 22, right: 18, bottom: 22, left: 18 };
const MARGIN = {
  top: `${MARGIN_MM.top}mm`,
  right: `${MARGIN_MM.right}mm`,
  bottom: `${MARGIN_MM.bottom}mm`,
  left: `${MARGIN_MM.left}mm`,
};

/**
 * Prints at most. The numbers' slots are reserved, so a print with any numbers puts every anchor
 * where the first print did: a second print with the numbers that print read is right, barring a
 * template override that lets the numbers reflow the pages.
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
  const print = (page: string) =>
    session.pdf(page, {
      size: options.paper,
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
  // Without last time's pages (or with stale ones), the brief's layout in columns tells them.
  const { guess } = options;
  let pages =
    guess && linksTo(html) === guess.size
      ? guess
      : await laidOutPages(session, html, { paper: options.paper, margin: MARGIN_MM });
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

/**
 * How many anchors the brief links to. Last time's pages for another number are surely wrong (a
 * part, a section or a set came or went): the layout is cheaper than the print they would waste.
 */
function linksTo(html: string): number {
  return new Set(Array.from(html.matchAll(/\bhref="#([^"]*)"/g), (link) => link[1])).size;
}

function samePages(a: PageNumbers, b: PageNumbers): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}
