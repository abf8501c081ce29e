/**
 * Pages for untrusted content. The HTML we render carries text from other people, so a page gets
 * no script and no network: JavaScript is off unless the caller vouches for the HTML, the document
 * is served from memory, every other subresource request except inline `data:` URLs is aborted
 * (http(s), file://, whatever an <img>, stylesheet, @import, CSS url() or <object> asks for), and
 * every other navigation (<meta refresh>, iframes, links) goes nowhere. What never becomes an
 * interceptable request (a <link rel=preconnect>'s bare TCP connection, a WebSocket) is stopped by
 * the browser's flags instead (NO_NETWORK_ARGS in session.ts).
 *
 * The document is a navigation to DOCUMENT_URL answered from memory rather than puppeteer's
 * setContent (document.write into about:blank): with site isolation, Chromium 156 crashes the
 * whole browser when a page filled by document.write holds both a data: and a srcdoc iframe, so
 * one hostile brief could take down every print in flight. A served document also gives relative URLs a base
 * that resolves to nothing (.invalid is reserved) over https, so plain-http requests are blocked
 * as mixed content as well.
 */
import type { HTTPRequest, Page } from "puppeteer";
import { type StyledDocument, splitStyles, swapIn } from "./swap.js";

export const DOCUMENT_URL = "https://credo.invalid/";

export interface PageOptions {
  /** Run the page's scripts. Only for HTML we generated ourselves (the deck's own checks). */
  javascript?: boolean;
  viewport?: { width: number; height: number };
}

export interface LockedPage {
  page: Page;
  /**
   * Shows `html`, loaded or swapped in (swap.ts); resolves once its fonts and images are in.
   * `split` is splitStyles(html), for a caller that already has it.
   */
  show(html: string, split?: StyledDocument): Promise<void>;
  /** The head stylesheets of the document shown (see swap.ts), to pick a page that can swap. */
  readonly styles: string | undefined;
}

/** Locks `page` down; every document shown in it after is bound by the lockdown. */
export async function lockPage(page: Page, options: PageOptions = {}): Promise<LockedPage> {
  // The HTML for the next navigation to DOCUMENT_URL; answered once, so any other navigation
  // (a refresh, a link) finds nothing to load.
  let pending: string | undefined;
  page.on("request", (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    let answer: Promise<void>;
    if (
      pending !== undefined &&
      request.url() === DOCUMENT_URL &&
      request.frame() === page.mainFrame()
    ) {
      answer = request.respond({
        status: 200,
        contentType: "text/html; charset=utf-8",
        body: pending,
      });
      pending = undefined;
    } else if (request.isNavigationRequest()) {
      // "204 No Content" makes the browser stay on the current document; an aborted navigation
      // would instead swap in an error page (or fail the print, for the main frame).
      answer = request.respond({ status: 204 });
    } else if (request.url().startsWith("data:")) {
      answer = request.continue();
    } else {
      answer = request.abort("blockedbyclient");
    }
    // The page may close while the answer is on its way; nothing is left to allow or block then.
    answer.catch(() => {});
  });
  // Independent settings, sent together: one round trip's latency instead of four.
  await Promise.all([
    page.setJavaScriptEnabled(options.javascript === true),
    page.setRequestInterception(true),
    // The default, stated so that a page's own Content-Security-Policy always applies.
    page.setBypassCSP(false),
    options.viewport ? page.setViewport(options.viewport) : undefined,
  ]);

  let styles: string | undefined;
  return {
    page,
    get styles() {
      return styles;
    },
    async show(html, next = splitStyles(html)) {
      const shown = styles;
      // Unknown until it succeeds: a load or swap cut short leaves a document of no known kind.
      styles = undefined;
      // A page that runs scripts is always loaded: swapped-in scripts would not run.
      if (next && next.styles === shown && !options.javascript) {
        await swapIn(page, next.rest);
      } else {
        pending = html;
        // Inline assets only, so "load" means fonts and images are in. No puppeteer timer: the
        // caller bounds the whole step.
        await page.goto(DOCUMENT_URL, { waitUntil: "load", timeout: 0 });
      }
      styles = next?.styles;
    },
  };
}
