/**
 * A class token that negates a chrome word ("wsite-not-footer", Weebly's content area) names what
 * the element is not: no chrome (src/import/chrome.ts).
 */
import { describe, expect, it } from "vitest";
import { isChromeToken } from "../../../src/import/chrome.js";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const markdown = (body: string) =>
  htmlToMarkdown(
    extractArticle(
      `<!doctype html><html><head><title>Who we are | Pennock Mill Bakery</title></head><body>${body}</body></html>`,
      "page.html",
    ).html,
  );

const LONG =
  "Pennock Mill Bakery has baked on the same Cornish quay since 1931, in a stone mill that still grinds a little of its own flour on Thursdays, and it sells most of what it bakes within a mile of the oven.";

describe("a chrome word the class negates", () => {
  it("is no chrome: 'site-not-footer', 'no-sidebar'; the word itself still is", () => {
    expect(isChromeToken("site-not-footer")).toBe(false);
    expect(isChromeToken("layout-no-sidebar")).toBe(false);
    expect(isChromeToken("site-footer")).toBe(true);
    expect(isChromeToken("footer-not-sticky")).toBe(true);
  });

  it("keeps a content area named 'not-footer'", () => {
    const md = markdown(
      `<div class="content site-not-footer"><h2>Our aim</h2><p>${LONG}</p><p>Our aim is for every loaf to be eaten on the day it was baked.</p></div><div class="site-footer"><p>© Pennock Mill Bakery</p></div>`,
    );
    expect(md).toContain("Our aim is for every loaf to be eaten on the day it was baked.");
    expect(md).not.toContain("©");
  });
});

describe("a chrome word that is only the tail of a generated hash", () => {
  it("is no chrome: Kadence's 'kt-info-box14_8a1f2c-ad'; an ad slot still is", () => {
    expect(isChromeToken("kt-info-box14_8a1f2c-ad")).toBe(false);
    expect(isChromeToken("block_3f9e01-ad")).toBe(false);
    expect(isChromeToken("ad-slot-3")).toBe(true);
    expect(isChromeToken("sidebar-ad")).toBe(true);
    expect(isChromeToken("banner_ad")).toBe(true);
  });

  it("keeps the info boxes a values section is made of", () => {
    const md = markdown(
      `<div class="content"><h2>Our values</h2><p>${LONG}</p><div class="wp-block-kadence-infobox kt-info-box14_8a1f2c-ad"><h3>Listen first</h3><p>We ask, and then we actually listen to the answer.</p></div><div class="wp-block-kadence-infobox kt-info-box14_8a1f2d-ad"><h3>Stick around</h3><p>Caring does not stop at five o'clock.</p></div></div>`,
    );
    expect(md).toContain("### Listen first");
    expect(md).toContain("### Stick around");
  });
});

describe("headings a table-of-contents plugin marks as its anchors", () => {
  it("keeps the article's headings that carry the plugin's class ('elementor-toc__heading-anchor')", () => {
    const md = markdown(`<article><p>${LONG}</p>
      <h2 id="elementor-toc__heading-anchor-1" class="elementor-toc__heading-anchor">Our mission</h2>
      <p>${LONG}</p>
      <h2 id="elementor-toc__heading-anchor-2" class="elementor-toc__heading-anchor">Key takeaways</h2>
      <ul><li>The mission is short.</li><li>The values are habits.</li></ul></article>`);
    expect(md).toContain("## Our mission");
    expect(md).toContain("## Key takeaways");
  });

  it("still drops the contents box itself", () => {
    const md = markdown(
      `<article><div class="ez-toc-container"><p>Contents</p><ul><li><a href="#m">Our mission</a></li></ul></div><p>${LONG}</p><h2>Our mission</h2><p>${LONG}</p></article>`,
    );
    expect(md).not.toContain("Contents");
  });
});

describe("text only screen readers get", () => {
  it("is dropped (“Information:” before an inset, “Regular price”), and a hidden heading stays", () => {
    const page = markdown(
      `<main><h1>Who we are</h1><p>${LONG}</p><h2 class="screen-reader-text">Our vision</h2><div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>Bread every street can afford.</p></div><p>Loaf <span class="sr-only">Regular price</span>£4</p></main>`,
    );
    expect(page).not.toContain("Information:");
    expect(page).not.toContain("Regular price");
    expect(page).toContain("## Our vision\n\nBread every street can afford.");
  });
});

describe("an article named with a chrome word among its classes", () => {
  it('is kept: Kadence\'s <article class="entry post-footer-area-boxed"> under its title', () => {
    const page = markdown(
      `<header class="site-header"><nav><a href="/">Home</a></nav></header><main id="main" class="site-main"><h1>Who we are</h1><article class="entry content-bg post-footer-area-boxed"><p>${LONG}</p></article></main><footer class="site-footer"><p>© Pennock Mill Bakery</p></footer>`,
    );
    expect(page).toContain("Pennock Mill Bakery has baked on the same Cornish quay since 1931");
    expect(page).not.toContain("©");
  });
});
