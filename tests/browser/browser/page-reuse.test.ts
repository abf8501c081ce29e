/**
 * A session keeps the pages it printed with and shows the next document in one of them, swapping
 * in everything but the head stylesheets when those are the same (src/browser/swap.ts). What is
 * printed must be what a fresh page would print, nothing of the previous document may remain, and
 * the lockdown must hold for a swapped-in document as for a loaded one.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import puppeteer, { type Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPage } from "../../../src/browser/page.js";
import { CHROMIUM_ARGS, launchBrowser } from "../../../src/browser/session.js";
import { splitStyles } from "../../../src/browser/swap.js";
import { fontFaceCss } from "../../../src/render/shared/assets.js";
import { inspectPdf, rawText } from "../../helpers/pdf-inspect.js";

const STYLE = `<style>${fontFaceCss()}
body{font-family:Inter,sans-serif} em{font-family:"Source Serif 4",serif} h2{break-before:page}</style>`;

/** A document as Credo's templates write one: plain head, the shared stylesheet, a body. */
function doc(body: string, { title = "Title", lang = "en", style = STYLE } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${title}</title>
${style}
</head>
<body>${body}</body>
</html>`;
}

describe("splitStyles", () => {
  it("splits a plain head's style blocks from the rest", () => {
    const html = doc("<p>Hi</p>", { style: "<style>a{}</style><style media=print>b{}</style>" });
    const split = splitStyles(html);
    expect(split?.styles).toBe("<style>a{}</style>\n<style media=print>b{}</style>");
    expect(split?.rest).not.toContain("<style");
    expect(split?.rest).toContain("<title>Title</title>");
    expect(split?.rest).toContain("<body><p>Hi</p></body>");
  });

  it("leaves a per-document style block in the rest, in its place", () => {
    const html = doc("<p>Hi</p>", {
      style: "<style>a{}</style>\n<style data-per-document>@page{b:c}</style>",
    });
    const split = splitStyles(html);
    expect(split?.styles).toBe("<style>a{}</style>");
    expect(split?.rest).toContain(
      "<title>Title</title>\n\n<style data-per-document>@page{b:c}</style>",
    );
    // Only per-document blocks: nothing to keep, so no swap.
    expect(
      splitStyles(doc("<p>Hi</p>", { style: "<style data-per-document>x{}</style>" })),
    ).toBeUndefined();
  });

  it("keeps a style in the body with the body", () => {
    const split = splitStyles(doc("<style>p{color:red}</style><p>Hi</p>"));
    expect(split?.rest).toContain("<body><style>p{color:red}</style>");
  });

  it.each([
    ["a comment", "<!-- <style>x{}</style> -->"],
    ["a script", "<script>/* <style> */</script>"],
    ["a stylesheet link", '<link rel="stylesheet" href="data:text/css,p{}">'],
    ["a template", "<template><style>x{}</style></template>"],
    ["a noscript", "<noscript><style>x{}</style></noscript>"],
  ])("refuses a head with %s (always a full load)", (_, extra) => {
    expect(splitStyles(doc("<p>Hi</p>", { style: `${STYLE}${extra}` }))).toBeUndefined();
  });

  it("refuses documents with no style block or no body tag", () => {
    expect(splitStyles(doc("<p>Hi</p>", { style: "" }))).toBeUndefined();
    expect(splitStyles("<style>a{}</style><p>Hi</p>")).toBeUndefined();
  });
});

describe("a session's pages", { timeout: 120_000 }, () => {
  let remote: Browser;
  let server: Server;
  let origin: string;
  const requests: string[] = [];

  beforeAll(async () => {
    // A browser of our own, reached over its DevTools endpoint, so the test can count pages.
    remote = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await remote?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const connect = () => launchBrowser({ wsEndpoint: remote.wsEndpoint() });
  const pageCount = async () => (await remote.pages()).length;

  it("are kept and reused, also across stylesheets, and closed with the session", async () => {
    const before = await pageCount();
    const session = await connect();
    try {
      for (const n of [1, 2, 3]) await session.pdf(doc(`<p>Document ${n}</p>`), { size: "A4" });
      expect(await pageCount()).toBe(before + 1);
      await session.pdf(doc("<p>Other styles</p>", { style: "<style>p{color:red}</style>" }), {
        size: "A4",
      });
      expect(await pageCount()).toBe(before + 1);
      // Prints in flight at once each get a page; all of them are kept.
      await Promise.all(
        [1, 2, 3].map((n) => session.pdf(doc(`<p>At once ${n}</p>`), { size: "A4" })),
      );
      expect(await pageCount()).toBe(before + 3);
    } finally {
      await session.close();
    }
    expect(await pageCount()).toBe(before);
  });

  it("of a new launched session: the first prints at once each get their own page", async () => {
    // A launched session opens its first page before anything asks; two prints must not share it.
    const session = await launchBrowser();
    try {
      const texts = ["Brief at once", "Deck at once", "Third at once"];
      const pdfs = await Promise.all(
        texts.map((text) => session.pdf(doc(`<p>${text}</p>`), { size: "A4" })),
      );
      const facts = await Promise.all(pdfs.map(inspectPdf));
      expect(facts.map((f) => f.pages[0]?.text)).toEqual(texts);
    } finally {
      await session.close();
    }
  });

  it("swap when the stylesheets are the same and load anew when they differ", async () => {
    const locked = await lockPage(await remote.newPage());
    const { page } = locked;
    try {
      await locked.show(doc("<p>One</p>"));
      const styleOfOne = await page.$("style");
      await locked.show(doc("<p>Two</p>", { title: "Two" }));
      // The same <style> element: only the rest was replaced.
      expect(await styleOfOne?.evaluate((style) => style.isConnected)).toBe(true);
      expect(
        await page.evaluate(() => [document.title, document.body.textContent?.trim()]),
      ).toEqual(["Two", "Two"]);
      await locked.show(doc("<p>Three</p>", { style: "<style>p{color:red}</style>" }));
      expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
      expect(await page.evaluate(() => document.body.textContent?.trim())).toBe("Three");
      expect(locked.styles).toBe("<style>p{color:red}</style>");
    } finally {
      await page.close();
    }
  });

  it("print a swapped-in document exactly as a fresh page prints it", async () => {
    const first = doc(
      "<h1>First document</h1><p>Only in the first.</p><h2>Part</h2><p>More of the first.</p>",
      { title: "First title", lang: "en" },
    );
    const second = doc(
      "<h1>Zweites Dokument</h1><p><strong>Fett</strong> und <em>kursiv</em>.</p><h2>Teil</h2><p>Ende.</p><h2>Schluss</h2><p>Wirklich.</p>",
      { title: "Zweiter Titel", lang: "de" },
    );
    const reused = await connect();
    let swapped: Uint8Array;
    try {
      await reused.pdf(first, { size: "A4" });
      swapped = await reused.pdf(second, { size: "A4" });
    } finally {
      await reused.close();
    }
    const fresh = await connect();
    let loaded: Uint8Array;
    try {
      loaded = await fresh.pdf(second, { size: "A4" });
    } finally {
      await fresh.close();
    }
    const [a, b] = await Promise.all([inspectPdf(swapped), inspectPdf(loaded)]);
    expect(a.pages).toEqual(b.pages);
    expect(a.pages).toHaveLength(3);
    expect(a.outline).toEqual(["Zweites Dokument", "  Teil", "  Schluss"]);
    expect(a.info.Title).toBe("Zweiter Titel");
    const text = a.pages.map((page) => page.text).join(" ");
    expect(text).not.toContain("first");
    // The new <html lang> and the fonts only the new text needs (bold, serif italic) are in.
    expect(rawText(swapped)).toContain("/Lang (de)");
    expect(rawText(swapped)).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(rawText(swapped)).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSerif4-Italic/);
  });

  it("swap a per-document style block with the body: each brief prints its own running header", async () => {
    const running = (name: string) =>
      `${STYLE}\n<style data-per-document>@page { @bottom-left { content: "${name} footer"; } }</style>`;
    const first = doc("<h1>One</h1><p>Text.</p>", { style: running("Alpha") });
    const second = doc("<h1>Two</h1><p>Text.</p>", { style: running("Beta") });
    expect(splitStyles(first)?.styles).toBe(splitStyles(second)?.styles);
    expect(splitStyles(second)?.rest).toContain("Beta footer");
    const PRINT = {
      size: "A4",
      margin: { top: "20mm", right: "20mm", bottom: "20mm", left: "20mm" },
    } as const;
    const reused = await connect();
    let swapped: Uint8Array;
    try {
      await reused.pdf(first, PRINT);
      swapped = await reused.pdf(second, PRINT);
    } finally {
      await reused.close();
    }
    const fresh = await connect();
    let loaded: Uint8Array;
    try {
      loaded = await fresh.pdf(second, PRINT);
    } finally {
      await fresh.close();
    }
    const [a, b] = await Promise.all([inspectPdf(swapped), inspectPdf(loaded)]);
    expect(a.pages).toEqual(b.pages);
    const text = a.pages.map((page) => page.text).join(" ");
    expect(text).toContain("Beta footer");
    expect(text).not.toContain("Alpha");
  });

  it("keep the lockdown for a swapped-in hostile document: no request, no script", async () => {
    const session = await connect();
    try {
      await session.pdf(doc("<p>Harmless</p>"), { size: "A4" });
      const hostile = doc(
        `<p>Visible sentence stays.</p><img src="${origin}/img.png">
<iframe src="${origin}/frame"></iframe><object data="${origin}/object"></object>
<style>@import url("${origin}/import.css"); p{background:url(${origin}/bg.png)}</style>
<meta http-equiv="refresh" content="0;url=${origin}/refresh">
<script>fetch("${origin}/fetch"); document.body.append("SCRIPT RAN");</script>
<img src=x onerror="document.body.append('HANDLER RAN')">`,
      );
      expect(splitStyles(hostile)).toBeDefined();
      const facts = await inspectPdf(await session.pdf(hostile, { size: "A4" }));
      const text = facts.pages.map((page) => page.text).join(" ");
      expect(text).toContain("Visible sentence stays.");
      expect(text).not.toContain("RAN");
      // And the page shows the next document as usual.
      const next = await inspectPdf(await session.pdf(doc("<p>Next one</p>"), { size: "A4" }));
      expect(next.pages[0]?.text).toBe("Next one");
    } finally {
      await session.close();
    }
    expect(requests).toEqual([]);
  });
});
