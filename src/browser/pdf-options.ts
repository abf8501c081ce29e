/** What a caller asks of a print, and how that maps onto Chromium's printToPDF. */
import type { PDFOptions } from "puppeteer";
import type { PdfMetadata } from "./pdf-info.js";

export interface PdfMargin {
  top: string;
  right: string;
  bottom: string;
  left: string;
}

export interface PdfOptions {
  /** Paper size; a custom size takes CSS lengths such as "210mm" or "13.333in". */
  size: "A4" | "Letter" | { width: string; height: string };
  margin?: PdfMargin;
  /** Chromium header/footer templates. They are HTML: escape any untrusted text put into them. */
  headerTemplate?: string;
  footerTemplate?: string;
  metadata?: PdfMetadata;
  /** Bookmark outline from the headings (default true). */
  outline?: boolean;
  /** Tagged (accessible) PDF with a structure tree (default true). */
  tagged?: boolean;
  /** Bound for loading and for printing this document, each (default: the session's). */
  timeoutMs?: number;
}

/** Chromium prints its own date/title/URL header when a template is empty; this prints nothing. */
const BLANK_TEMPLATE = "<span></span>";

export function toPuppeteerPdfOptions(options: PdfOptions): PDFOptions {
  const size =
    typeof options.size === "string"
      ? { format: options.size }
      : { width: options.size.width, height: options.size.height };
  const headerFooter = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
  return {
    ...size,
    margin: options.margin,
    displayHeaderFooter: headerFooter,
    headerTemplate: headerFooter ? (options.headerTemplate ?? BLANK_TEMPLATE) : undefined,
    footerTemplate: headerFooter ? (options.footerTemplate ?? BLANK_TEMPLATE) : undefined,
    printBackground: true,
    // The caller's paper size wins over any @page size in the content.
    preferCSSPageSize: false,
    outline: options.outline ?? true,
    tagged: options.tagged ?? true,
    // Our own step timer bounds the print (see stage.ts); puppeteer's would race it.
    timeout: 0,
  };
}
