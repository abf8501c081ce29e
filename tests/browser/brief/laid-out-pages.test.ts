/**
 * A first build guesses the Contents' page numbers from the brief laid out in columns
 * (laid-out-pages.ts) instead of printing it twice; the guess is checked against the print, so a
 * wrong one costs a print. Here: the guess is the print's destinations exactly, for briefs of
 * different shapes on both papers, and the page it used (its document turned into columns) is
 * left fit to print the next brief.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { destinationPages } from "../../../src/render/brief/destinations.js";
import { laidOutPages } from "../../../src/render/brief/laid-out-pages.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

const MARGIN = { top: 22, right: 18, bottom: 22, left: 18 };
const PRINT = {
  margin: { top: "22mm", right: "18mm", bottom: "22mm", left: "18mm" },
  outline: false,
  tagged: false,
};

async function briefOf(path: string): Promise<string> {
  const { model } = await parseContent({ path, value: readFileSync(path, "utf8") });
  return renderBriefHtml(model, { generatedAt: "2026-01-15" });
}

describe("the brief's pages from its layout", () => {
  // The seed (15 pages, a folded-out Contents); a short page with a folded Contents; a page whose
  // content links to `#` (a destination at the top); one with sub-headed values and a table.
  it.each([
    ["content/tiktok.md", "A4"],
    ["content/tiktok.md", "Letter"],
    ["tests/corpus/dev/dd-kestrel-valley-farms.md", "A4"],
    ["tests/corpus/dev/da-ashgrove-bank.md", "Letter"],
    ["tests/corpus/dev/dc-fairwind-software.md", "A4"],
  ] as const)("are where %s's anchors land on %s", async (path, paper) => {
    const html = await briefOf(path);
    const guessed = await laidOutPages(session, html, { paper, margin: MARGIN });
    const printed = await destinationPages(await session.pdf(html, { ...PRINT, size: paper }));
    expect(printed.size).toBeGreaterThan(4);
    expect(guessed).toEqual(printed);
  });

  it("leave their page fit to print the next document: the next print is as before", async () => {
    const html = await briefOf("content/tiktok.md");
    const before = await destinationPages(await session.pdf(html, { ...PRINT, size: "A4" }));
    await laidOutPages(session, html, { paper: "A4", margin: MARGIN });
    const seen = await session.layout(html, { width: 500, height: 400 }, async (page) => ({
      media: await page.evaluate(() => matchMedia("print").matches),
      width: page.viewport()?.width,
    }));
    expect(seen).toEqual({ media: true, width: 500 });
    const after = await destinationPages(await session.pdf(html, { ...PRINT, size: "A4" }));
    expect(after).toEqual(before);
  });
});
