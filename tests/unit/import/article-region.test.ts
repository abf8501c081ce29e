/**
 * Which part of a page is the article (src/import/extract.ts, dropped-headings.ts): Readability's
 * choice, unless it keeps too little of the page's own article — or, on a page builder's page
 * with no <main>/<article>, of the body — and with the section headings it drops put back.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const page = (body: string) =>
  `<!doctype html><html><head><title>About | Saltmarsh Ferries</title></head><body>${body}</body></html>`;
const markdown = (body: string) => htmlToMarkdown(extractArticle(page(body), "page.html").html);

const section = (inner: string) =>
  `<div class="e-con"><div class="e-con-inner">${inner}</div></div>`;

/** A page builder's page: an introduction, a values grid, a note, each its own section. */
const FERRY =
  section(
    "<p>Saltmarsh Ferries has carried islanders, their cars and their post across the Sound since 1952, in all but the worst weather.</p><p>Our mission is to keep the islands connected, every day of the year.</p>",
  ) +
  section(
    `<h2>Our values</h2><div class="grid">${["Reliability", "Safety", "Neighbourliness"]
      .map(
        (name) =>
          `<div class="card"><h3>${name}</h3><p>We hold ourselves to this on every crossing we make, in every season, whoever is on board the ferry with us that day.</p></div>`,
      )
      .join("")}</div>`,
  ) +
  section("<p>Timetables change in winter; check before you travel.</p>");

describe("the article of a page", () => {
  it("keeps every section of a page builder's page that has no <main> or <article>", () => {
    const md = markdown(FERRY);
    expect(md).toContain("Our mission is to keep the islands connected, every day of the year.");
    expect(md).toContain("## Our values\n\n### Reliability");
    expect(md).toContain("### Neighbourliness");
  });

  it("puts back a section heading Readability dropped before the block it kept", () => {
    const md = markdown(
      `<main><p>Saltmarsh Ferries has carried islanders, their cars and their post across the Sound since 1952, in all but the worst weather, and in 2019 it added an electric ferry.</p>
      <h2>What we stand for</h2>
      <div class="values"><h3>Reliability</h3><p>We run when we say we will run, and when we cannot, we say so early and plainly.</p><h3>Safety</h3><p>No timetable matters more than bringing every passenger home.</p></div></main>`,
    );
    expect(md).toContain("## What we stand for\n\n### Reliability");
  });

  it("leaves out a heading whose section Readability left out", () => {
    const md = markdown(
      `<main><div class="story"><h2>Our story</h2><p>Saltmarsh Ferries has carried islanders, their cars and their post across the Sound since 1952, in all but the worst weather, and in 2019 it added an electric ferry to the fleet.</p><p>The crossing takes twenty minutes, and our crews know most passengers by name, and most dogs too.</p></div>
      <div class="more"><h2>More from the quay</h2><ul><li><a href="https://example.org/a">Winter timetable</a></li><li><a href="https://example.org/b">Freight</a></li></ul></div>
      <p>Fares for islanders have not risen since 2016, and children under twelve travel free all year round.</p></main>`,
    );
    expect(md).toContain("## Our story");
    expect(md).not.toContain("More from the quay");
    expect(md).not.toContain("Winter timetable");
    expect(md).toContain("children under twelve travel free");
  });

  it("leaves out a page builder's footer, its button links and a logo's empty link", () => {
    const md = markdown(
      `<div class="elementor elementor-location-header"><a href="https://example.org/"><img src="logo.png" alt="Saltmarsh Ferries"></a></div>` +
        FERRY +
        section(
          `<p>We are hiring deckhands for the summer season.</p><div class="elementor-button-wrapper"><a class="elementor-button" href="https://example.org/jobs"><span>See vacancies</span></a></div>`,
        ) +
        `<div class="elementor elementor-location-footer">${section("<p><strong>Saltmarsh Ferries Ltd</strong><br>The Pier, Westray</p><p>© 2025 Saltmarsh Ferries Ltd.</p>")}</div>`,
    );
    expect(md).toContain("We are hiring deckhands for the summer season.");
    expect(md).not.toContain("See vacancies");
    expect(md).not.toContain("The Pier");
    expect(md).not.toContain("[](");
  });

  it("makes a heading <h1> that is not the title a `##`: the file has one `#`, its title", () => {
    const html = `<!doctype html><html><head><title>About | Saltmarsh Ferries</title><meta property="og:title" content="About us"></head><body>${section("<h1>Who we are</h1>")}${FERRY}</body></html>`;
    const md = htmlToMarkdown(extractArticle(html, "page.html").html);
    expect(md).toMatch(/^## Who we are\n/);
    expect(md).not.toMatch(/^# /m);
  });
});

describe("a page wrapped whole in one <form> (ASP.NET Web Forms: Kentico, DotNetNuke, Sitefinity)", () => {
  const webForm = (inner: string) =>
    `<form method="post" action="./about" id="form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>${inner}</form>`;

  it("keeps the article inside the form", () => {
    const md = markdown(
      webForm(
        `<div id="header"><a href="/">Home</a></div><div id="content">${FERRY}</div><div class="search"><input type="text" name="q" /><input type="submit" value="Go" /></div>`,
      ),
    );
    expect(md).toContain("Our mission is to keep the islands connected");
    expect(md).toContain("## Our values");
  });

  it("still drops a sign-up form beside the article", () => {
    const md = markdown(
      `<main>${FERRY}</main><form class="signup-box"><p>Get our winter timetable news by email every month from the Saltmarsh office.</p><input type="email" /></form>`,
    );
    expect(md).toContain("Our mission is to keep the islands connected");
    expect(md).not.toContain("winter timetable news");
  });
});

describe("a hero set before the page's <main> (Bootstrap's page header, a theme's title band)", () => {
  const MAIN =
    "<main><h2>Our crossings</h2><p>Saltmarsh Ferries has carried islanders, their cars and their post across the Sound since 1952, in all but the worst weather.</p><p>The crossing takes twenty minutes, and our crews know most passengers by name, and most dogs too.</p></main>";

  it("keeps the hero's heading and its lead paragraph, before the article", () => {
    const md = markdown(
      `<header class="py-5 bg-light"><div class="container"><h1 class="display-5">Always the next boat.</h1><p class="lead">Saltmarsh Ferries runs the island crossings for the county. Our mission is to keep the islands connected, every day of the year.</p><a class="btn" href="/timetable">Timetables</a></div></header>${MAIN}`,
    );
    expect(md).toContain("Our mission is to keep the islands connected, every day of the year.");
    expect(md.indexOf("keep the islands connected")).toBeLessThan(md.indexOf("## Our crossings"));
    expect(md).toContain("Saltmarsh Ferries has carried islanders");
  });

  it("leaves a site title outside the article as it was (a logo in an <h1>, a block of links)", () => {
    const md = markdown(
      `<div class="top"><h1 class="brand"><a href="/">Saltmarsh Ferries</a></h1><p><a href="/a">Timetables and fares for the winter</a> · <a href="/b">Freight bookings and vehicle sizes</a></p></div>${MAIN}`,
    );
    expect(md).not.toContain("Timetables and fares");
    expect(md).toContain("## Our crossings");
  });

  it("leaves the hero out when the article has its own <h1>", () => {
    const md = markdown(
      `<div class="band"><h1>Saltmarsh news</h1><p>Stories from the quay, the crews and the islands we have served for seventy years.</p></div><main><h1>Our crossings</h1><p>Saltmarsh Ferries has carried islanders, their cars and their post across the Sound since 1952, in all but the worst weather.</p><p>The crossing takes twenty minutes, and our crews know most passengers by name.</p></main>`,
    );
    expect(md).not.toContain("Stories from the quay");
  });
});
