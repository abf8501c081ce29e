import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { setPdfInfo } from "../../../src/browser/pdf-info.js";
import type { BrowserSession } from "../../../src/browser/session.js";
import { fontFaceCss } from "../../../src/render/shared/assets.js";
import { inspectPdf, rawText } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

const SENTENCE = "Our mission is to inspire creativity and bring joy.";

function doc(body: string, title = "Page title from HTML"): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>${fontFaceCss()} body{font-family:Inter,sans-serif} h2{break-before:page}</style></head>
<body>${body}</body></html>`;
}

const THREE_PAGES = doc(
  `<h1>Credo brief</h1><p>${SENTENCE}</p><h2>Mission</h2><p>One.</p><h2>Values</h2><p>Two.</p>`,
);

/** Chromium rounds paper sizes to whole device pixels: up to about 1 pt off the nominal size. */
function expectPoints(actual: number | undefined, nominal: number): void {
  expect(Math.abs((actual ?? 0) - nominal)).toBeLessThan(1.5);
}

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

describe("session.pdf", () => {
  it("prints A4 with metadata, outline, structure tree, text and embedded fonts", async () => {
    const pdf = await session.pdf(THREE_PAGES, {
      size: "A4",
      metadata: {
        title: "TikTok — Mission, «Vision» & Values",
        author: "Analyst",
        subject: "Mission, vision and values",
        keywords: ["TikTok", "mission"],
      },
    });
    const facts = await inspectPdf(pdf);
    expect(facts.pages).toHaveLength(3);
    for (const page of facts.pages) {
      expectPoints(page.width, 595.3);
      expectPoints(page.height, 841.9);
    }
    expect(facts.info.Title).toBe("TikTok — Mission, «Vision» & Values");
    expect(facts.info.Author).toBe("Analyst");
    expect(facts.info.Subject).toBe("Mission, vision and values");
    expect(facts.info.Keywords).toBe("TikTok, mission");
    expect(facts.info.Creator).toBe("Credo");
    expect(facts.info.Producer).toMatch(/^Credo/);
    expect(facts.outline).toEqual(["Credo brief", "  Mission", "  Values"]);
    expect(facts.tagged).toBe(true);
    expect(facts.pages[0]?.text).toContain(SENTENCE);
    expect(facts.pages[2]?.text).toContain("Two.");
    const raw = rawText(pdf);
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(raw).toContain("/StructTreeRoot");
  });

  it("prints Letter and custom sizes, and leaves outline and tags off on request", async () => {
    const letter = await inspectPdf(await session.pdf(THREE_PAGES, { size: "Letter" }));
    expectPoints(letter.pages[0]?.width, 612);
    expectPoints(letter.pages[0]?.height, 792);
    // No title given: the HTML <title> stays the PDF's title; Creator is still ours.
    expect(letter.info.Title).toBe("Page title from HTML");
    expect(letter.info.Creator).toBe("Credo");

    const slide = await inspectPdf(
      await session.pdf(doc("<h1>Slide</h1>"), {
        size: { width: "13.333in", height: "7.5in" },
        outline: false,
        tagged: false,
      }),
    );
    expect(slide.pages).toHaveLength(1);
    expectPoints(slide.pages[0]?.width, 960);
    expectPoints(slide.pages[0]?.height, 540);
    expect(slide.outline).toEqual([]);
    expect(slide.tagged).toBe(false);
  });

  it("runs several prints on one session at once, each with its own content", async () => {
    const names = ["alpha", "bravo", "charlie", "delta"];
    const pdfs = await Promise.all(
      names.map((name) =>
        session.pdf(doc(`<h1>${name}</h1>`), { size: "A4", metadata: { title: name } }),
      ),
    );
    const facts = await Promise.all(pdfs.map(inspectPdf));
    expect(facts.map((f) => f.info.Title)).toEqual(names);
    expect(facts.map((f) => f.pages[0]?.text.trim())).toEqual(names);
  });

  it("hands a loaded page to withPage and closes it afterwards", async () => {
    const heading = await session.withPage(doc("<h1>Hello page</h1>"), (page) =>
      page.$eval("h1", (el) => el.textContent),
    );
    expect(heading).toBe("Hello page");
    const width = await session.withPage(
      doc("<p>x</p>"),
      (page) => page.evaluate(() => window.innerWidth),
      { viewport: { width: 1280, height: 720 } },
    );
    expect(width).toBe(1280);
  });

  it("keeps outline and structure tree through the pdf-lib fallback as well", async () => {
    const printed = await session.pdf(THREE_PAGES, { size: "A4" });
    // The same document with a cross-reference stream, which the incremental update declines.
    const restreamed = await (await PDFDocument.load(printed)).save({ useObjectStreams: true });
    const facts = await inspectPdf(await setPdfInfo(restreamed, { title: "Fallback" }));
    expect(facts.info.Title).toBe("Fallback");
    expect(facts.outline).toEqual(["Credo brief", "  Mission", "  Values"]);
    expect(facts.tagged).toBe(true);
  });
});
