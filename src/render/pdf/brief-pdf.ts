/**
 * The brief as PDF: the brief HTML printed on A4 or Letter with a running header (the document's
 * title, small and muted) and footer (company, "Page X of Y"), and document information a viewer
 * and a search index show. The HTML itself comes from src/render/html.
 */
import type { BrowserSession } from "../../browser/session.js";
import { loadTemplates } from "../templates.js";

export interface BriefPdfMeta {
  title: string;
  company: string;
  author?: string;
  subject?: string;
}

export interface BriefPdfOptions {
  paper: "A4" | "Letter";
  /** The `--templates` override, whose theme/theme.css colours the header and footer. */
  templatesDir?: string;
}

/** Side margins match the header/footer padding, so they line up with the text column. */
const SIDE = "18mm";
const MARGIN = { top: "22mm", right: SIDE, bottom: "22mm", left: SIDE };

export async function renderBriefPdf(
  session: BrowserSession,
  html: string,
  meta: BriefPdfMeta,
  options: BriefPdfOptions,
): Promise<Uint8Array> {
  const style = templateStyle(options.templatesDir);
  return session.pdf(html, {
    size: options.paper,
    margin: MARGIN,
    headerTemplate: `${style}<div class="run top"><span>${escapeHtml(meta.title)}</span></div>`,
    footerTemplate: `${style}<div class="run bottom"><span>${escapeHtml(meta.company)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    metadata: {
      title: meta.title,
      author: meta.author ?? meta.company,
      subject: meta.subject ?? `${meta.company}: mission, vision and values`,
      keywords: [meta.company, "mission", "vision", "values"],
    },
  });
}

/**
 * Chromium renders header and footer as separate little documents: they see none of the page's
 * CSS or variables, and default to a font size too small to read. So they get the theme tokens
 * and their own layout. Not the page's web fonts: Chromium draws templates without waiting for
 * a font to load (a data: Inter comes out invisible, or as the fallback anyway), so the theme's
 * sans-serif fallbacks (Helvetica Neue, Arial) set them.
 */
function templateStyle(templatesDir: string | undefined): string {
  const theme = loadTemplates(templatesDir).asset("theme/theme.css");
  return `<style>${theme}
.run{box-sizing:border-box;width:100%;padding:0 ${SIDE};display:flex;justify-content:space-between;gap:8mm;
font-family:var(--font-sans);font-size:7.5pt;line-height:1.2;color:var(--muted);-webkit-print-color-adjust:exact}
.run span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.top{margin-top:9mm}.bottom{margin-bottom:9mm}</style>`;
}

/** Title and company are content (untrusted): text in the template, never markup. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );
}
