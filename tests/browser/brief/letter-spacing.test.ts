/**
 * Letter-spaced labels (eyebrows, cover facts, part numbers, pills) copy out of the PDF as words:
 * a text extractor infers a space wherever glyphs stand further apart than about a tenth of their
 * size, so "MISSION" must not come out as "M I S S I O N". Read with pdf.js, as a viewer copies.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { renderBriefPdf } from "../../../src/render/brief/brief-pdf.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { sampleModel } from "../../fixtures/sample-model.js";
import { withPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

/** Each page's text as copied: the extractor's own spaces kept, lines ended by newlines. */
function copiedText(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : ""))
          .join(""),
      );
    }
    return pages;
  });
}

describe("letter-spaced labels in the PDF", () => {
  it("copy as words, not as spaced letters", async () => {
    const html = renderBriefHtml(sampleModel, { generatedAt: "2026-01-15" });
    const pdf = await renderBriefPdf(session, sampleModel, { html, paper: "A4" });
    const [cover = "", glance = "", ...rest] = await copiedText(pdf);
    expect(cover).toMatch(/strategy brief/i);
    expect(cover).toMatch(/parent company/i);
    expect(glance).toMatch(/^mission$/im);
    expect(glance).toMatch(/^values$/im);
    expect(glance).toMatch(/^consistency$/im);
    expect(glance).toMatch(/^01$/m);
    expect(rest.join("\n")).toMatch(/primary/i);
    // No run of four or more letters each standing alone.
    const spaced = /(?:^|\s)(?:\p{L} ){3,}\p{L}(?=\s|$)/gu;
    expect([cover, glance, ...rest].flatMap((page) => page.match(spaced) ?? [])).toEqual([]);
  });
});
