/**
 * Where each anchor of the brief will land when printed, without printing: the brief laid out in
 * a multi-column box whose columns are the printed pages' content boxes, each column a page.
 * Chromium fragments columns with the same engine as pages (orphans, widows, break-inside: avoid,
 * margins truncated at a break), so the guess is nearly always right — on the gold corpus, 181 of
 * 184 briefs on A4 had every anchor on the printed page. It is only ever a guess: brief-pdf.ts
 * checks it against the print's destinations and prints again when it was wrong. Saves the
 * measuring print of a first build (a layout costs a fifth of a print).
 */
import type { BrowserSession } from "../../browser/session.js";
import type { PageNumbers } from "./destinations.js";

/** Paper in millimetres, as puppeteer prints its formats. */
const PAPER_MM = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };

export interface PageBox {
  paper: keyof typeof PAPER_MM;
  /** The print's margins in millimetres (brief-pdf.ts's MARGIN). */
  margin: { top: number; right: number; bottom: number; left: number };
}

const PX_PER_MM = 96 / 25.4;

export async function laidOutPages(
  session: BrowserSession,
  html: string,
  box: PageBox,
): Promise<PageNumbers> {
  const paper = PAPER_MM[box.paper];
  const width = (paper.width - box.margin.left - box.margin.right) * PX_PER_MM;
  const height = (paper.height - box.margin.top - box.margin.bottom) * PX_PER_MM;
  // The viewport is whole pixels; never taller than a column, or a 100vh cover would take two.
  const view = { width: Math.round(width), height: Math.floor(height) };
  const found = await session.layout(html, view, (page) =>
    page.evaluate(columnsOfAnchors, width, height),
  );
  return new Map(found);
}

/**
 * Runs in the page: turns the body into columns of the content box's size (forced page breaks
 * become column breaks), and reads the column of each element a link points to, the way Chromium
 * names a PDF's destinations: `#` is the top of the document.
 */
function columnsOfAnchors(width: number, height: number): [string, number][] {
  const FORCED = new Set(["page", "left", "right", "recto", "verso"]);
  for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
    const style = getComputedStyle(element);
    if (FORCED.has(style.breakBefore)) element.style.breakBefore = "column";
    if (FORCED.has(style.breakAfter)) element.style.breakAfter = "column";
    if (style.breakInside === "avoid-page") element.style.breakInside = "avoid-column";
  }
  const body = document.body.style;
  body.margin = "0";
  body.width = `${width}px`;
  body.height = `${height}px`;
  body.columnWidth = `${width}px`;
  body.columnGap = "0";
  body.columnFill = "auto";
  const left = document.body.getBoundingClientRect().left;
  const pages = new Map<string, number>();
  for (const link of Array.from(document.querySelectorAll("a[href^='#']"))) {
    const id = fragmentId(link.getAttribute("href")?.slice(1) ?? "");
    if (pages.has(id)) continue;
    if (id === "") {
      pages.set(id, 1);
      continue;
    }
    const first = document.getElementById(id)?.getClientRects()[0];
    // Half a pixel in: a box flush with a column's left edge is in that column.
    if (first) pages.set(id, Math.floor((first.left - left + 0.5) / width) + 1);
  }
  return [...pages];

  /** The fragment's id: percent-decoded, or as written when that is not valid. */
  function fragmentId(fragment: string): string {
    try {
      return decodeURIComponent(fragment);
    } catch {
      return fragment;
    }
  }
}
