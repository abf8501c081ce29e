/**
 * Tabs, toggles and accordions (src/import/disclosures.ts): what a reader clicks to open is a
 * title over a panel; it comes through as a heading over the panel's text, one level below the
 * heading before it, and a collapsed panel's text is kept.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const page = (body: string) =>
  `<!doctype html><html><head><title>About | Fenwick Looms</title></head><body>${body}</body></html>`;
const markdown = (body: string) => htmlToMarkdown(extractArticle(page(body), "page.html").html);

const INTRO =
  "<p>Fenwick Looms has woven wool blankets in the Borders since 1921, on looms we still repair ourselves.</p>";

describe("disclosures as headings", () => {
  it("keeps an accordion title set as a button inside its heading, with no panel named", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>Our three values</h2>
        <div class="kt-accordion-wrap">
          <div class="kt-accordion-pane">
            <h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title">Mend, don't replace</span><span class="kt-blocks-accordion-icon-trigger"></span></button></h3>
            <div class="kt-accordion-panel kt-accordion-panel-hidden"><p>Every loom is repaired in our own workshop before it is ever replaced.</p></div>
          </div>
          <div class="kt-accordion-pane">
            <h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title">Wool from the hill</span></span></button></h3>
            <div class="kt-accordion-panel kt-accordion-panel-hidden"><p>We buy fleece from farms we can walk to.</p></div>
          </div>
        </div>
      </div>`);
    expect(md).toContain(
      "## Our three values\n\n### Mend, don't replace\n\nEvery loom is repaired in our own workshop before it is ever replaced.\n\n### Wool from the hill\n\nWe buy fleece from farms we can walk to.",
    );
  });

  it("shows a closed answer right after its question's expand button, with no panel named", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>Good to know</h2>
        <div data-hook="faq-list" role="list" class="faq-list">
          <div role="listitem" class="faq-item"><button aria-expanded="false" class="faq-question"><h3 class="faq-question-text">Do you use treats?</h3></button><div class="faq-answer" hidden><p>Yes, lots, especially at the start.</p></div></div>
          <div role="listitem" class="faq-item"><button aria-expanded="false" class="faq-question"><h3 class="faq-question-text">Where are classes held?</h3></button><div class="faq-answer" hidden><p>In the village hall on Tuesdays.</p></div></div>
        </div>
      </div>`);
    expect(md).toContain("### Do you use treats?\n\nYes, lots, especially at the start.");
    expect(md).toContain("### Where are classes held?\n\nIn the village hall on Tuesdays.");
  });

  it("titles a closed panel right after its expand button with the button's words", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>Our values</h2>
        <div class="values-accordion">
          <div class="item"><button aria-expanded="false" class="toggle-btn">Mend, don't replace</button><div class="panel" hidden><p>Every loom is repaired in our own workshop.</p></div></div>
          <div class="item"><button aria-expanded="false" class="toggle-btn">Wool from the hill</button><div class="panel" hidden><p>We buy fleece from farms we can walk to.</p></div></div>
        </div>
      </div>`);
    expect(md).toContain(
      "## Our values\n\n### Mend, don't replace\n\nEvery loom is repaired in our own workshop.\n\n### Wool from the hill\n\nWe buy fleece from farms we can walk to.",
    );
  });

  it("makes each tab's title a heading over its panel, once, even with a mobile copy of the title", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>What guides us</h2>
        <div class="tabs">
          <div role="tablist">
            <div role="tab" id="t1" aria-controls="p1">Our Mission</div>
            <div role="tab" id="t2" aria-controls="p2">Our Vision</div>
          </div>
          <div class="tab-content">
            <div class="tab-title mobile" role="tab" aria-controls="p1">Our Mission</div>
            <div role="tabpanel" id="p1" aria-labelledby="t1"><p>To weave blankets that are handed down, not thrown out.</p></div>
            <div class="tab-title mobile" role="tab" aria-controls="p2">Our Vision</div>
            <div role="tabpanel" id="p2" aria-labelledby="t2"><p>A home where every blanket has a story.</p></div>
          </div>
        </div>
      </div>`);
    expect(md).toContain(
      "## What guides us\n\n### Our Mission\n\nTo weave blankets that are handed down, not thrown out.\n\n### Our Vision\n\nA home where every blanket has a story.",
    );
    expect(md.match(/Our Mission/g)).toHaveLength(1);
  });

  it("pairs a tab list whose links go nowhere with its panels by position (Divi's tabs)", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>What we are for</h2>
        <div class="et_pb_module et_pb_tabs">
          <ul class="et_pb_tabs_controls clearfix">
            <li class="et_pb_tab_0 et_pb_tab_active"><a href="#">Mission</a></li>
            <li class="et_pb_tab_1"><a href="#">Vision</a></li>
          </ul>
          <div class="et_pb_all_tabs">
            <div class="et_pb_tab et_pb_tab_0"><div class="et_pb_tab_content"><p><strong>To weave blankets that outlast their owners.</strong></p></div></div>
            <div class="et_pb_tab et_pb_tab_1"><div class="et_pb_tab_content"><p><strong>A Borders where every mill is busy again.</strong></p></div></div>
          </div>
        </div>
      </div>`);
    expect(md).toContain(
      "## What we are for\n\n### Mission\n\n**To weave blankets that outlast their owners.**\n\n### Vision\n\n**A Borders where every mill is busy again.**",
    );
  });

  it("puts a toggle inside a tab one level deeper, its title taken from a link inside the control", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>What guides us</h2>
        <div role="tablist"><div role="tab" id="t3" aria-controls="p3">Our Values</div></div>
        <div role="tabpanel" id="p3" aria-labelledby="t3">
          <p>Our three values came from the mill floor.</p>
          <div class="toggle" role="tablist">
            <div class="toggle-item">
              <div id="q1" role="tab" aria-controls="a1"><span aria-hidden="true"><i class="icon-plus"></i></span><a class="toggle-title" tabindex="0">Patience</a></div>
              <div id="a1" role="tabpanel" aria-labelledby="q1"><p>A good blanket takes a week. We give it the week.</p></div>
            </div>
            <div class="toggle-item">
              <div id="q2" role="tab" aria-controls="a2"><a class="toggle-title" tabindex="0">Thrift</a></div>
              <div id="a2" role="tabpanel" aria-labelledby="q2"><p>Offcuts become cushions, and cushions become stuffing.</p></div>
            </div>
          </div>
        </div>
      </div>`);
    expect(md).toContain(
      "### Our Values\n\nOur three values came from the mill floor.\n\n#### Patience\n\nA good blanket takes a week. We give it the week.\n\n#### Thrift\n\nOffcuts become cushions, and cushions become stuffing.",
    );
  });

  it("keeps the text of an accordion's button inside its heading, and the collapsed panel's text", () => {
    const md = markdown(`
      <main>${INTRO}
        <h2>Our values</h2>
        <div class="accordion">
          <h3 class="accordion-header" id="h1"><button class="accordion-button" aria-expanded="true" aria-controls="c1">Patience</button></h3>
          <div id="c1" class="accordion-collapse collapse show" aria-labelledby="h1"><p>A good blanket takes a week.</p></div>
          <h3 class="accordion-header" id="h2"><button class="accordion-button collapsed" aria-expanded="false" aria-controls="c2">Thrift</button></h3>
          <div id="c2" class="accordion-collapse collapse" aria-labelledby="h2" hidden><p>Nothing leaves the mill as waste.</p></div>
        </div>
      </main>`);
    expect(md).toContain(
      "## Our values\n\n### Patience\n\nA good blanket takes a week.\n\n### Thrift\n\nNothing leaves the mill as waste.",
    );
  });

  it("makes a disclosure button over a hidden panel a heading and keeps the panel", () => {
    const md = markdown(`
      <article>${INTRO}
        <h2>What we believe</h2>
        <button type="button" aria-expanded="false" aria-controls="v1">Care</button>
        <div id="v1" aria-hidden="true"><p>We mend what we sell, for as long as it lasts.</p></div>
      </article>`);
    expect(md).toContain(
      "## What we believe\n\n### Care\n\nWe mend what we sell, for as long as it lasts.",
    );
  });

  it("makes a <details> summary that is a name a heading (a question stays the FAQ's ###)", () => {
    const md = markdown(`
      <article>${INTRO}
        <h2>Our values</h2>
        <details><summary><span>Warmth</span><span class="icon" aria-hidden="true">+</span></summary><p>Every blanket is tested on a cold night first.</p></details>
        <h2>Questions</h2>
        <details><summary>Do you ship abroad?</summary><p>Yes, to most of Europe.</p></details>
      </article>`);
    expect(md).toContain(
      "## Our values\n\n### Warmth\n\nEvery blanket is tested on a cold night first.",
    );
    expect(md).toContain("### Do you ship abroad?\n\nYes, to most of Europe.");
  });

  it("gives a panel that opens on its own heading no second one", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <div role="tablist"><button role="tab" aria-controls="s1">1. Our story</button></div>
        <div role="tabpanel" id="s1"><div class="inner"><h2>Our story</h2><p>The mill opened in 1921 with four looms and a waterwheel.</p></div></div>
      </div>`);
    expect(md).toContain("## Our story\n\nThe mill opened in 1921");
    expect(md).not.toContain("1. Our story");
  });

  it("leaves a menu's toggle alone: no heading over the site's navigation", () => {
    const md = markdown(`
      <header class="site-header"><button aria-controls="menu" aria-expanded="false">Menu</button></header>
      <div id="menu" class="menu-drawer"><ul><li><a href="/shop">Shop</a></li></ul></div>
      <article>${INTRO}<p>We still dye the wool by hand, in small batches, with water from the river.</p></article>`);
    expect(md).not.toContain("Menu");
    expect(md).toContain("We still dye the wool by hand");
  });

  it("makes a toggle block's title line a heading over its content, the icon button gone", () => {
    const toggle = (name: string, text: string) =>
      `<div class="editor-toggle-block"><div class="row"><div class="side"><div role="button" aria-expanded="false" aria-label="Open"><svg viewBox="0 0 10 10"></svg></div></div><div class="body"><div class="line"><div>${name}</div></div><div class="children"><div class="text-block"><div>${text}</div></div></div></div></div></div>`;
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>Our values</h2>
        <div>We have two values. Open each one to read more.</div>
        ${toggle("Warmth first", "Every blanket is tested on a cold night before it is sold.")}
        ${toggle("Mend, do not replace", "We repair any blanket we made, at any age, for the cost of the wool.")}
      </div>`);
    expect(md).toContain(
      "## Our values\n\nWe have two values. Open each one to read more.\n\n### Warmth first\n\nEvery blanket is tested",
    );
    expect(md).toContain("### Mend, do not replace\n\nWe repair any blanket");
  });

  it("leaves a toggle whose title is a heading already, and a toggle's content, as they are", () => {
    const md = markdown(`
      <article>${INTRO}
        <h2>Questions</h2>
        <div class="kit-toggle-card"><div class="kit-toggle-heading"><h3>Do you ship abroad?</h3><button class="kit-toggle-card-icon" aria-label="Expand"></button></div>
        <div class="kit-toggle-content"><p>Yes, to most of Europe, in recycled paper.</p></div></div>
      </article>`);
    expect(md).toContain(
      "## Questions\n\n### Do you ship abroad?\n\nYes, to most of Europe, in recycled paper.",
    );
  });
});

describe("an FAQ accordion shipped closed", () => {
  it("keeps each answer under its question: the button becomes the heading, its hidden panel is shown", () => {
    const md = markdown(`
      <div class="content">${INTRO}
        <h2>Candidate FAQ</h2>
        <div class="accordion">
          <div class="accordion__item"><button class="accordion__toggle" aria-expanded="false" aria-controls="a1">Do you sponsor visas?</button><div class="accordion__panel" id="a1" role="region" hidden><p>Yes, for engineering roles.</p></div></div>
          <div class="accordion__item"><button class="accordion__toggle" aria-expanded="false" aria-controls="a2">What is Fenwick's mission?</button><div class="accordion__panel" id="a2" role="region" hidden><p>To weave blankets that are handed down.</p></div></div>
        </div>
      </div>`);
    expect(md).toContain("### Do you sponsor visas?\n\nYes, for engineering roles.");
    expect(md).toContain(
      "### What is Fenwick's mission?\n\nTo weave blankets that are handed down.",
    );
  });
});

describe("a button over a panel closed by its class (Tailwind's `hidden`, Bootstrap's `collapse`)", () => {
  const item = (question: string, answer: string, closed: string) =>
    `<div class="py-4"><button type="button" class="flex w-full" aria-expanded="false"><span>${question}</span><span class="ml-6">+</span></button><div class="${closed} pt-3">${answer}</div></div>`;

  it("makes each question a heading over its answer, without the expand icon", () => {
    for (const closed of ["hidden", "collapse"]) {
      const md = markdown(
        `<main>${INTRO}<h2>Questions</h2><div class="divide-y">${item(
          "Do you sell seconds?",
          "Yes, from the mill shop on Saturdays, at half the catalogue price or less.",
          closed,
        )}${item("Can I visit the mill?", "Tours run every Thursday at two in the afternoon, spring to autumn.", closed)}</div></main>`,
      );
      expect(md, closed).toContain(
        "### Do you sell seconds?\n\nYes, from the mill shop on Saturdays",
      );
      expect(md, closed).toContain("### Can I visit the mill?\n\nTours run every Thursday");
    }
  });
});

describe("a <details> question with its expand icon drawn as a character", () => {
  it("makes the question a heading without the icon", () => {
    const item = (q: string, a: string) =>
      `<details class="group p-5"><summary class="flex">${q}<span class="ml-4">+</span></summary><p class="mt-3">${a}</p></details>`;
    const md = markdown(
      `<main>${INTRO}<section><h2>Questions</h2><div class="divide-y">${item("Do you sell seconds?", "Yes, from the mill shop on Saturdays, at half price.")}${item("Can I visit the mill?", "Tours run every Thursday at two in the afternoon.")}</div></section></main>`,
    );
    expect(md).toContain("### Do you sell seconds?\n\nYes, from the mill shop");
    expect(md).toContain("### Can I visit the mill?\n\nTours run every Thursday");
  });
});
