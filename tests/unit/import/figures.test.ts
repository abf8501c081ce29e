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

  it("writes the figure a counter's script would count up to, from the module's data (Divi, Elementor)", () => {
    const divi = (value: string, sign: string, label: string) =>
      `<div class="et_pb_module et_pb_number_counter" data-number-value="${value}"><div class="percent"><p><span class="percent-value"></span><span class="percent-sign">${sign}</span></p></div><h3 class="title">${label}</h3></div>`;
    const elementor = `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix"></span><span class="elementor-counter-number" data-duration="2000" data-to-value="640" data-from-value="0">0</span><span class="elementor-counter-number-suffix">+</span></div><div class="elementor-counter-title">Staircases built</div></div>`;
    const md = markdown(
      `<div class="row">${divi("38", "", "Years at the bench")}${divi("14200", "+", "Kitchens fitted")}${divi("4", "", "Workshops")}${elementor}</div>`,
    );
    expect(md).toContain("4 Workshops");
    expect(md).toContain("38 Years at the bench");
    expect(md).toContain("14200+ Kitchens fitted");
    expect(md).toContain("640+ Staircases built");
    expect(md).not.toMatch(/^#+ (?:Years|Kitchens|Staircases)/m);
  });

  it("leaves a number that is no counter's as it is (“data-target” naming a panel)", () => {
    const md = markdown(
      `<div class="part"><button data-target="#values" data-count="4">Show</button><span></span><h2>Our values</h2></div><p>We value honest quotes and tidy sites above every other thing we do.</p>`,
    );
    expect(md).toContain("## Our values");
  });

  it("joins a figure to the line its class names a label, but leaves a shop's product card alone", () => {
    const md = markdown(
      `<div class="stats"><div class="stat"><div class="stat-number">96,000</div><div class="stat-label">members</div></div></div>
      <div class="products"><div class="product"><div class="product-title"><a href="/shop/oak-board">Oak chopping board</a></div><div class="product-price">£45</div></div></div>`,
    );
    expect(md).toContain("96,000 members");
    expect(md).not.toContain("Oak chopping board £45");
  });

  it("keeps a part's number and its heading apart (“01” over “Our purpose”)", () => {
    const md = markdown(
      `<div class="part"><span>01</span><h2>Our purpose</h2></div><p>We exist to build kitchens that outlast their mortgages.</p>`,
    );
    expect(md).toContain("## Our purpose");
  });
});
