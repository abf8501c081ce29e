/**
 * A page builder's number counter ("38" over "<h3>Years at the bench</h3>") is the one line the
 * page shows, not a heading that opens a part of the page.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const LONG =
  "Harrowgate Joinery has built kitchens from British timber in a workshop outside Ripley since 1987, and most of what it makes is fitted within thirty miles of the bench.";

const markdown = (inner: string) =>
  htmlToMarkdown(
    extractArticle(
      `<!doctype html><html><head><title>About | Harrowgate Joinery</title></head><body><main><article><h1>About us</h1><p>${LONG}</p><p>${LONG}</p>${inner}<p>${LONG}</p></article></main></body></html>`,
      "page.html",
    ).html,
  );

const counter = (figure: string, label: string) =>
  `<div class="counter"><div class="percent"><p><span>${figure}</span></p></div><h3 class="title">${label}</h3></div>`;

describe("number counters", () => {
  it("writes each figure and its label as one line", () => {
    const md = markdown(
      `<div class="row">${counter("38", "Years at the bench")}${counter("1,200+", "Kitchens fitted")}${counter("95%", "Fitted on time")}</div>`,
    );
    expect(md).toContain("38 Years at the bench");
    expect(md).toContain("1,200+ Kitchens fitted");
    expect(md).toContain("95% Fitted on time");
    expect(md).not.toContain("### Years at the bench");
  });

  it("keeps a part's number and its heading apart (“01” over “Our purpose”)", () => {
    const md = markdown(
      `<div class="part"><span>01</span><h2>Our purpose</h2></div><p>We exist to build kitchens that outlast their mortgages.</p>`,
    );
    expect(md).toContain("## Our purpose");
  });
});
