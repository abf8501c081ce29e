/**
 * An article split across sibling section wrappers (a site builder's stack of sections, a CMS's
 * body fields with card grids and accordions between them): Readability keeps the wrappers it
 * scores as text and drops the rest, which src/import/dropped-sections.ts puts back.
 */
import { describe, expect, it } from "vitest";
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

describe("sections in sibling wrappers", () => {
  it("puts back the blocks Readability dropped between two wrappers it kept", () => {
    const md = markdown(
      `<main><article><h1>Who we are</h1>
      <div class="body-field"><p>${LONG}</p><h2>Our aim</h2><p>Our aim rests on three loaves, each baked by hand before dawn, every single day.</p></div>
      <div class="cards"><div class="card"><h3>Saffron</h3><p>Baked with Cornish saffron.</p></div><div class="card"><h3>Rye</h3><p>Our own sourdough rye.</p></div><div class="card"><h3>Split</h3><p>Soft white rolls.</p></div></div>
      <div class="body-field body-field-2"><h2>What we value</h2><p>We have three values, and they are hung on the wall by the ovens so that nobody can forget them.</p></div>
      <div class="accordion"><h3>Patience</h3><div><p>Dough takes the time it takes.</p></div><h3>Thrift</h3><div><p>Yesterday's bread becomes pudding.</p></div></div>
      <div class="body-field body-field-3"><h2>Our story</h2><p>${LONG}</p><p>${LONG.replace("1931", "1932")}</p><p>In 2019 the mill wheel turned again, after forty years still, and it has not stopped since.</p></div>
      </article></main>`,
    );
    expect(md).toContain("### Saffron\n\nBaked with Cornish saffron.");
    expect(md).toContain("### Split");
    expect(md).toContain("### Patience\n\nDough takes the time it takes.");
    expect(md).toContain("### Thrift");
    // In the page's order.
    expect(md.indexOf("three loaves")).toBeLessThan(md.indexOf("Saffron"));
    expect(md.indexOf("Saffron")).toBeLessThan(md.indexOf("What we value"));
    expect(md.indexOf("What we value")).toBeLessThan(md.indexOf("Patience"));
    expect(md.indexOf("Thrift")).toBeLessThan(md.indexOf("Our story"));
  });

  // A site builder nests each section's text five wrappers deep: Readability's scores stop
  // short of the stack that holds them all.
  const section = (inner: string) =>
    `<div class="section-wrap"><div class="section"><div class="section-content"><div class="container"><div class="elements">${inner}</div></div></div></div></div>`;
  const stack =
    section(
      '<h2>Who we are</h2><div class="text"><em>Our motto: “Bake it, then share it”</em></div>',
    ) +
    section(
      `<div class="text">${LONG}</div><h2>Our aim</h2><div class="text">Our aim is for every loaf to be eaten on the day it was baked.</div><div class="text">${LONG.replace("1931", "1932")}</div><div class="text">${LONG.replace("1931", "1933")}</div>`,
    ) +
    section('<div class="text">Open every day from six.</div>');

  it.each([
    ["in a wrapper of the page", `<div class="page-sections">${stack}</div>`],
    ["in the page's <main>", `<main>${stack}</main>`],
  ])("puts back a section beside the kept one that shares its wrapper's class (%s)", (_, body) => {
    const md = markdown(`<div class="logo"><a href="/">Pennock Mill Bakery</a></div>${body}`);
    expect(md).toContain("Our motto: “Bake it, then share it”");
    expect(md).toContain("Open every day from six.");
    expect(md.indexOf("Our motto")).toBeLessThan(md.indexOf("Our aim"));
    expect(md).not.toContain("[Pennock Mill Bakery]");
  });

  it("puts back a builder's sections whose classes vary by theme after the first (Squarespace)", () => {
    const themed = (theme: string, inner: string) =>
      `<section class="page-section layout-engine-section ${theme}"><div class="content-wrapper"><div class="content"><div class="sqs-block"><div class="sqs-html-content">${inner}</div></div></div></div></section>`;
    const md = markdown(
      `<main>${themed("dark", `<h1>Bread for every table</h1><p>${LONG}</p><p>${LONG.replace("1931", "1932")}</p>`)}${themed("white", "<h2>Our mission</h2><p>We bake bread that people can afford, every day.</p>")}${themed("light", "<h2>What we believe</h2><ul><li>Dough takes the time it takes.</li><li>Nothing is wasted.</li></ul>")}</main>
      <footer><section class="site-footer black"><p>© 2025 Pennock Mill Bakery</p></section></footer>`,
    );
    expect(md).toContain("## Our mission\n\nWe bake bread that people can afford, every day.");
    expect(md).toContain("Nothing is wasted.");
    expect(md.indexOf("Our mission")).toBeLessThan(md.indexOf("What we believe"));
    expect(md).not.toContain("© 2025");
  });

  it("leaves out a block after the kept wrappers that is no section of theirs", () => {
    const md = markdown(
      `<main><div class="story"><h2>Our story</h2><p>${LONG}</p><p>The crossing of the quay takes two minutes, and our bakers know most customers by name, and most dogs too.</p></div>
      <div class="more"><h2>More from the quay</h2><ul><li><a href="https://example.org/a">Winter hours</a></li><li><a href="https://example.org/b">Wholesale</a></li></ul></div></main>`,
    );
    expect(md).toContain("## Our story");
    expect(md).not.toContain("More from the quay");
    expect(md).not.toContain("Winter hours");
  });

  it("puts back a closing part of another kind after the article: a “Key takeaways” section", () => {
    const md = markdown(
      `<main><div class="prose"><h1>Case study</h1><p>${LONG}</p><p>${LONG.replace("1931", "1932")}</p></div>
      <div class="stats grid"><p>−23%</p><p>missed loaves</p></div>
      <section class="not-prose callout" aria-labelledby="t"><h2 id="t">Key takeaways</h2><ul><li>Start from what customers worry about.</li><li>Keep the purpose narrow.</li></ul></section></main>`,
    );
    expect(md).toContain("## Key takeaways\n\n- Start from what customers worry about.");
    expect(md).not.toContain("missed loaves");
  });
});
