import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefPdf } from "../../../src/render/brief/brief-pdf.js";
import { runningCss } from "../../../src/render/brief/running.js";
import { fontFaceCss } from "../../../src/render/shared/assets.js";
import type { Model } from "../../../src/schema/schema.js";
import { inspectPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

// Untrusted text with markup and Chromium's own template class names in it.
const TITLE = `Acme <b>&</b> "Friends" <span class="pageNumber"></span>`;

// The brief carries its running header and footer (src/render/brief/running.ts).
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ignored</title>
<style>${fontFaceCss()} body{font-family:"Source Serif 4",serif;margin:0} h1{font-family:Inter}
.part{break-before:page}</style><style>${runningCss(TITLE, "Acme & Co")}</style></head><body>
<h1>Acme brief</h1><p>Acme's mission is to make anvils safe.</p>
<section class="part"><h2>Values</h2><p>Safety first.</p></section></body></html>`;

let session: BrowserSession;

/** A model with this front matter (JSON is YAML, so any string survives as written). */
async function modelWith(meta: Record<string, string>): Promise<Model> {
  const front = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const value = `---\n${front.join("\n")}\n---\n\n# Brief\n\nOur mission is to test.\n`;
  return (await parseContent({ path: "brief.md", value })).model;
}
beforeAll(async () => {
  session = await sharedBrowser();
});

describe("renderBriefPdf", () => {
  it("prints the brief's running header and footer (none on the cover), the title as text", async () => {
    const model = await modelWith({ title: TITLE, company: "Acme & Co" });
    const pdf = await renderBriefPdf(session, model, { html: HTML, paper: "A4" });
    if (process.env.CREDO_KEEP_PDF) writeFileSync(process.env.CREDO_KEEP_PDF, pdf);
    const facts = await inspectPdf(pdf);
    expect(facts.pages).toHaveLength(2);
    // The first page is the cover: no running header or footer there.
    expect(facts.pages[0]?.text).not.toContain("Page 1 of 2");
    expect(facts.pages[1]?.text).toContain(TITLE);
    expect(facts.pages[1]?.text).toContain("Acme & Co");
    expect(facts.pages[1]?.text).toContain("Page 2 of 2");
    expect(facts.pages[0]?.text).toContain("Acme's mission is to make anvils safe.");
    expect(facts.info.Title).toBe(TITLE);
    expect(facts.info.Author).toBe("Acme & Co");
    expect(facts.info.Subject).toBe("Acme & Co: mission, vision and values");
    expect(facts.info.Keywords).toBe("Acme & Co, mission, vision, values");
    expect(facts.outline).toEqual(["Acme brief", "  Values"]);
  });

  it("prints Letter with the given author and subject", async () => {
    const model = await modelWith({
      title: "Acme",
      company: "Acme",
      author: "Jo Analyst",
      subtitle: "Acme's credo",
    });
    const pdf = await renderBriefPdf(session, model, { html: HTML, paper: "Letter" });
    const facts = await inspectPdf(pdf);
    expect(Math.round(facts.pages[0]?.width ?? 0)).toBe(612);
    expect(Math.round(facts.pages[0]?.height ?? 0)).toBe(792);
    expect(facts.info.Author).toBe("Jo Analyst");
    expect(facts.info.Subject).toBe("Acme's credo");
  });
});
