/**
 * Headings a site builds from <div>s and <p>s with a title class (src/import/div-headings.ts):
 * an old CMS's "sectiontitle", Wix's "heading-l", Webflow's card label — each a line of its own
 * over the text it names — come through as headings; a name inside a list's item (a repeater's
 * team name) and a sentence with a title class do not.
 */

import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { headingWrappersUnwrapped } from "../../../src/import/div-headings.js";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const markdown = (body: string) =>
  htmlToMarkdown(
    extractArticle(
      `<!doctype html><html><head><title>Profile | Westmere Notes</title></head><body>${body}</body></html>`,
      "page.html",
    ).html,
  );

const OVERVIEW =
  "<p>Farrow Solar designs and installs rooftop panels for homes in the Fens, and has fitted around four thousand systems since it was founded in 2016 by two electricians.</p>";

describe("headings made of <div>s", () => {
  it("makes a section title a heading over its section", () => {
    const md = markdown(`<div id="centercol">
      <div class="pagetitle">Profile</div>
      <div class="section"><div class="sectiontitle">Company overview</div>${OVERVIEW}</div>
      <div class="section"><div class="sectiontitle">Mission and vision</div><p>Farrow Solar says its mission is to make solar the obvious choice for every Fenland roof.</p></div>
    </div>`);
    expect(md).toContain("## Company overview\n\nFarrow Solar designs");
    expect(md).toContain("## Mission and vision\n\nFarrow Solar says its mission");
  });

  it("takes the level a class names, and reads a big heading class as a part's heading", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div class="heading-style-h3">Our <span>vision</span></div><p>A Fenland where every suitable roof earns its keep.</p>
      <p class="h4">How we work</p><p>We use our own installers, never subcontractors, on every single job we take.</p></main>`);
    expect(md).toContain("### Our vision\n\nA Fenland where");
    expect(md).toContain("#### How we work\n\nWe use our own installers");
  });

  it("leaves a repeater's item names, a sentence with a title class and a subtitle as text", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div role="list"><div role="listitem"><div class="title">Men's 1st XI</div><div>North West Premier</div></div></div>
      <div class="card-title">We install every panel ourselves, and we come back when something goes wrong.</div>
      <div class="subtitle">Solar, simply</div></main>`);
    expect(md).not.toMatch(/^#+ /m);
  });
});

describe("a heading's level and what is no heading", () => {
  it("makes a card's title one level below the real heading it sits under", () => {
    const md = markdown(`<main>${OVERVIEW}<h2>What we value</h2><p>Two ideas we work by.</p>
      <div class="grid"><div class="card"><div class="card-heading">Fix it once</div><p>We mend the cause of a fault, not only the fault in front of us.</p></div>
      <div class="card"><div class="card-heading">Tell the customer</div><p>Every delay is phoned through before the customer has to ask us.</p></div></div></main>`);
    expect(md).toContain("## What we value\n\nTwo ideas we work by.\n\n### Fix it once\n\nWe mend");
    expect(md).toContain("### Tell the customer\n\nEvery delay");
  });

  it("makes a card's title one level below a section title that is itself a <div> (a builder's heading block)", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div class="row"><div class="col"><div class="wp-block-acme-advancedheading">What we value</div><p>Two ideas we work by.</p>
      <div class="row"><div class="col"><div class="box"><p class="box-title">Fix it once</p><p>We mend the cause of a fault, not only the fault in front of us.</p></div></div>
      <div class="col"><div class="box"><p class="box-title">Tell the customer</p><p>Every delay is phoned through before the customer has to ask us.</p></div></div></div></div></div>
      <div class="row"><div class="wp-block-acme-advancedheading">Where we work</div><p>Across the Fens, from Ely up to Wisbech, and out to the Norfolk border.</p></div></main>`);
    expect(md).toContain("## What we value\n\nTwo ideas we work by.\n\n### Fix it once\n\nWe mend");
    expect(md).toContain("### Tell the customer\n\nEvery delay");
    expect(md).toContain("## Where we work\n\nAcross the Fens");
  });

  it("makes a heading that is a long full sentence a paragraph: prose set large", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div class="label-small">Mission</div><h2 class="heading-2">Our mission is to put a working solar roof on every farmhouse in the Fens.</h2>
      <h2>Why do we only work in the Fens and nowhere else in the country?</h2><p>Our installers all live within an hour of every job.</p>
      <h3>Fix it once.</h3><p>We mend the cause of a fault, not only the fault in front of us.</p></main>`);
    expect(md).toContain(
      "### Mission\n\nOur mission is to put a working solar roof on every farmhouse in the Fens.\n\n## Why do we",
    );
    expect(md).toContain("### Fix it once.");
  });
});

describe("a layout table", () => {
  it("comes through as its cells' contents, not a table whose cells hold lists", () => {
    const md = htmlToMarkdown(
      "<table><tr><td><b>Strengths</b><ul><li>Own installers</li><li>Local brand</li></ul></td><td><b>Weaknesses</b><ul><li>One region</li></ul></td></tr></table>",
    );
    expect(md).toBe(
      "**Strengths**\n\n- Own installers\n- Local brand\n\n**Weaknesses**\n\n- One region",
    );
  });

  it("comes through as paragraphs when a cell breaks its text into paragraphs (a site builder's columns)", () => {
    const md = htmlToMarkdown(
      '<table class="wsite-multicol-table"><tr><td><div class="paragraph">The garage opened in 1974.<br><br>There are six of us now.<br><br><strong>Our aim is simple: to keep the town\'s cars safe.</strong> We say when a repair can wait.</div></td><td><div>The workshop, summer 1974.</div></td></tr></table>',
    );
    expect(md).not.toContain("|");
    expect(md).toContain("The garage opened in 1974.");
    expect(md).toContain("1974.\n\nThere are six of us now.\n\n**Our aim is simple");
    expect(md).toContain("The workshop, summer 1974.");
  });

  it("comes through as paragraphs when a wrapper in a cell holds several", () => {
    const md = htmlToMarkdown(
      "<table><tr><td><div><p>The garage opened in 1974.</p><p>There are six of us now.</p></div></td><td><div>The workshop, summer 1974.</div></td></tr></table>",
    );
    expect(md).toBe(
      "The garage opened in 1974.\n\nThere are six of us now.\n\nThe workshop, summer 1974.",
    );
  });

  it("comes through as paragraphs when it is one row of columns with no header", () => {
    const md = htmlToMarkdown(
      "<table><tr><td><strong>MOTs while you wait</strong> Book a morning slot.</td><td><strong>Free courtesy car</strong> Two small hatchbacks.</td></tr></table>",
    );
    expect(md).toBe(
      "**MOTs while you wait** Book a morning slot.\n\n**Free courtesy car** Two small hatchbacks.",
    );
  });

  it("while a table of text cells stays a table", () => {
    expect(
      htmlToMarkdown(
        "<table><tr><th>Value</th><th>Meaning</th></tr><tr><td><p>Care</p></td><td>We look after people.</td></tr></table>",
      ),
    ).toContain("| Value | Meaning");
  });
});

describe("an eyebrow that names the statement under it", () => {
  it("keeps “Our mission” over a statement set large, as the heading of its section", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div class="mission-block"><span class="mission-block__eyebrow">Our mission</span>
      <h2 class="mission-block__statement">To make sure no household in the Fens pays for power it never used.</h2>
      <p>Between estimated bills and meters read wrong, the average home we check is overcharged by a tenth.</p></div></main>`);
    expect(md).toContain(
      "## Our mission\n\nTo make sure no household in the Fens pays for power it never used.",
    );
  });

  it("still drops an eyebrow that only files the post (“Case study”)", () => {
    const md = markdown(`<main><span class="eyebrow">Case study</span>${OVERVIEW}</main>`);
    expect(md).not.toContain("Case study");
  });
});

describe("an eyebrow over the page's title", () => {
  it("files the hero's slogan, and becomes no heading", () => {
    const md = markdown(`<main><section><div><p class="preset-eyebrow">Our purpose</p></div>
      <div><h1>Less admin. More Tuesday.</h1></div>${OVERVIEW}</section></main>`);
    expect(md).not.toContain("## Our purpose");
  });
});

describe("a heading's words in wrapper <div>s (GitBook)", () => {
  it("unwraps them, so the heading keeps its words through Readability", () => {
    const { document } = parseHTML(
      '<html><body><h2 id="our-values" class="flex"><div class="relative grid"><a href="#our-values" class="hash">#</a></div><div class="grid-area-1-1 z-[1]">Our <em>values</em></div></h2><p>We have five.</p></body></html>',
    );
    headingWrappersUnwrapped(document);
    expect(document.querySelector("h2")?.innerHTML).toBe(
      '<a href="#our-values" class="hash">#</a>Our <em>values</em>',
    );
    expect(document.querySelector("p")?.textContent).toBe("We have five.");
  });
});

describe("headings marked only by ARIA (role=heading, aria-level)", () => {
  it("makes a collapsible section's header button a heading of its level, over its questions", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div class="CanvasZone"><button class="collapsibleSectionHeader" aria-expanded="true"><span class="ms-Icon" aria-hidden="true"></span><span role="heading" aria-level="2">Ask the People team</span></button>
      <div class="ControlZone"><h3>Why do we need a purpose at all?</h3><p>Because a mutual exists for its members, not for profit, and a purpose reminds us of that.</p>
      <h3>Who can I talk to?</h3><p>Rachel and the Culture and Engagement team, or any of our twenty-four champions.</p></div></div></main>`);
    expect(md).toContain("## Ask the People team\n\n### Why do we need a purpose at all?");
  });

  it("makes a <div role=heading> a heading of its aria-level, or a part's without one", () => {
    const md = markdown(`<main>${OVERVIEW}
      <div role="heading" aria-level="3">Our vision</div><p>A Fenland where every suitable roof earns its keep.</p>
      <div role="heading">Our values</div><p>Farrow Solar works by three values: care, craft and candour, in every job it takes.</p></main>`);
    expect(md).toContain("### Our vision\n\nA Fenland where");
    expect(md).toContain("## Our values\n\nFarrow Solar works by");
  });
});
