/**
 * Page-builder widgets that would garble an import: a carousel's loop copies of its slides, and a
 * tab whose number and title sit in blocks side by side ("<div>01</div><div>Ship small</div>").
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const page = (body: string) =>
  `<!doctype html><html><head><title>Careers | Tallowby</title></head><body><main>${body}</main></body></html>`;
const markdown = (body: string) => htmlToMarkdown(extractArticle(page(body), "page.html").html);

const INTRO =
  "<p>Tallowby builds a money app for people who work for themselves, from an office in Bristol, and has done since 2017.</p>";

describe("builder widgets", () => {
  it("keeps each carousel slide once, not its loop copies", () => {
    const slide = (name: string, cls = "swiper-slide") =>
      `<div class="${cls}"><h3>${name}</h3><p>${name} is how we work, every day of the week.</p></div>`;
    const md = markdown(
      `${INTRO}<h2>How we work</h2><div class="swiper"><div class="swiper-wrapper">${slide("Own the pager", "swiper-slide swiper-slide-duplicate")}${slide("Kind candour")}${slide("Own the pager")}${slide("Kind candour", "swiper-slide swiper-slide-duplicate")}</div></div>`,
    );
    expect(md.match(/### Kind candour/g)).toHaveLength(1);
    expect(md.match(/### Own the pager/g)).toHaveLength(1);
    expect(md.indexOf("Kind candour")).toBeLessThan(md.indexOf("Own the pager"));
  });

  it("writes a tab's number and title apart", () => {
    const md = markdown(
      `${INTRO}<h2>The principles we build by</h2><div class="w-tabs"><div class="w-tab-menu" role="tablist"><a class="w-tab-link" role="tab" aria-controls="p1" href="#p1"><div class="tab-number">01</div><div class="tab-title">Ship small</div></a><a class="w-tab-link" role="tab" aria-controls="p2" href="#p2"><div class="tab-number">02</div><div class="tab-title">Default to open</div></a></div><div class="w-tab-content"><div id="p1" role="tabpanel"><p>We release in slices to small groups.</p></div><div id="p2" role="tabpanel"><p>Our roadmap is public.</p></div></div></div>`,
    );
    expect(md).toContain("01 Ship small");
    expect(md).toContain("02 Default to open");
  });

  it("writes a number badge set in the title's own line apart from it (Tailwind's circled 01)", () => {
    const badge = (n: string) =>
      `<span class="absolute left-0 top-0 flex h-9 w-9 rounded-full">${n}</span>`;
    const md = markdown(
      `${INTRO}<h2>What we value</h2><dl><div><dt>${badge("01")}Ship small</dt><dd>We release in slices to small groups.</dd></div><div><dt>${badge("02")}Default to open</dt><dd>Our roadmap is public.</dd></div></dl><h3><span class="num">3</span>Own the pager</h3><p>Whoever ships it answers for it at night.</p>`,
    );
    expect(md).toContain("01 Ship small");
    expect(md).toContain("02 Default to open");
    expect(md).toContain("3 Own the pager");
    expect(md).not.toMatch(/0[12][A-Z]/);
  });

  it("leaves a number run into its word as it is (a unit, a model name)", () => {
    const md = markdown(
      `${INTRO}<p>Our <span>4</span>x4 fleet and the <span>2</span>nd depot opened in 2019, with room for sixty vans.</p>`,
    );
    expect(md).toContain("4x4 fleet");
    expect(md).toContain("2nd depot");
  });
});

describe("Sitecore SXA's promo component", () => {
  const card = (name: string, text: string) =>
    `<div class="component promo col-12 col-lg-3 icon-card"><div class="component-content"><div class="field-promoicon"><img src="/icon.svg" alt=""></div><div class="promo-text"><div><div class="field-promotext"><h3>${name}</h3><p>${text}</p></div></div></div></div></div>`;

  it("is a content card, kept — not an advert", () => {
    const md = markdown(
      `${INTRO}<div class="component rich-text"><div class="component-content"><h2>Our values</h2><p>Two values shape how we work.</p></div></div><div class="component container"><div class="component-content"><div class="row">${card("Straight talking", "Plain words and honest answers.")}${card("Own the outcome", "The problem is ours until it is solved.")}</div></div></div>`,
    );
    expect(md).toContain("### Straight talking\n\nPlain words and honest answers.");
    expect(md).toContain("### Own the outcome");
  });

  it("still drops a promo box outside the SXA component frame", () => {
    const md = markdown(
      `${INTRO}<div class="promo-box"><h3>Get 20% off</h3><p>Switch today and save on your first year.</p></div>`,
    );
    expect(md).not.toContain("20% off");
  });
});

describe("blocks and bold set by style alone (Notion's rendered page)", () => {
  const bullet = (name: string, rest: string) =>
    `<div class="notion-selectable notion-bulleted_list-block"><div style="display: flex;"><div contenteditable="false" class="pseudoSelection"><div class="pseudoBefore">•</div></div><div style="flex: 1 1 0px;"><div class="notranslate" data-content-editable-leaf="true"><span style="font-weight:600">${name}</span><span>${rest}</span></div></div></div></div>`;

  it("writes a run of bulleted-list blocks as one list, each name bold", () => {
    const md = markdown(
      `${INTRO}<h2>Where we're going</h2><p>Both rest on three pillars:</p>${bullet("Access", ": a pay-what-you-can tier for a third of our work.")}${bullet("Craft", ": the care a national charity would get.")}<p>That is the plan.</p>`,
    );
    expect(md).toContain(
      "Both rest on three pillars:\n\n- **Access**: a pay-what-you-can tier for a third of our work.\n- **Craft**: the care a national charity would get.\n\nThat is the plan.",
    );
  });

  it("keeps each item's words on a published page, whose text leaves are read-only too", () => {
    // (A shared Notion page marks every block contenteditable="false", the item's text with it.)
    const numbered = (n: number, name: string, rest: string) =>
      `<div class="notion-selectable notion-numbered_list-block"><div style="display: flex;"><div class="notion-list-item-box-left"><span class="pseudoBefore" style="--pseudoBefore--content: &quot;${n}.&quot;;"></span></div><div style="flex: 1 1 0px;"><div style="display: flex;"><div placeholder="List" data-content-editable-leaf="true" contenteditable="false" class="notranslate"><span style="font-weight:600">${name}</span> — ${rest}</div></div></div></div></div>`;
    const md = markdown(
      `${INTRO}<h2>Our 2 operating principles</h2><p>We wrote these at nine people.</p>${numbered(1, "Ship small", "a change today beats a perfect one in September.")}${numbered(2, "Write it down", "a decision nobody wrote down was not made.")}<p>Argue with them.</p>`,
    );
    expect(md).toContain(
      "We wrote these at nine people.\n\n1. **Ship small** — a change today beats a perfect one in September.\n2. **Write it down** — a decision nobody wrote down was not made.\n\nArgue with them.",
    );
  });

  it("leaves a span of ordinary weight as it is", () => {
    const md = markdown(`${INTRO}<p><span style="font-weight: 400">Plain words here.</span></p>`);
    expect(md).toContain("Plain words here.");
    expect(md).not.toContain("**");
  });
});

describe("Avada's content boxes, on a page whose <html> or <body> carries a theme's layout classes", () => {
  it.each([
    ["html", '<html class="avada-html-layout-wide avada-html-header-position-top">', "<body>"],
    ["body", "<html>", '<body class="page-template has-sticky-header sidebar-right">'],
  ])(
    "keeps each box's heading and its text set straight in a <div>, when the %s's classes name a header",
    (_, html, body) => {
      const box = (name: string, text: string) =>
        `<div class="fusion-column content-box-column col-lg-3"><div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading heading-with-icon icon-center"><div class="icon"><span><i aria-hidden="true" class="fontawesome-icon fa-hard-hat fas"></i></span></div><h2 class="content-box-heading">${name}</h2></div><div class="fusion-clearfix"></div><div class="content-container">${text}</div></div></div>`;
      const md = htmlToMarkdown(
        extractArticle(
          `<!doctype html>${html}<head><title>About | Tallowby</title></head>${body}<main>${INTRO}<h2>Our values</h2><div class="fusion-content-boxes content-boxes columns row fusion-columns-4">${box("Safety first", "If a job can't be done safely today, it gets done safely tomorrow.")}${box("Say it straight", "Clients get the honest answer, even when it costs us the work.")}</div>${INTRO}</main></body></html>`,
          "page.html",
        ).html,
      );
      expect(md).toContain("## Safety first\n\nIf a job can't be done safely today");
      expect(md).toContain("## Say it straight\n\nClients get the honest answer");
    },
  );
});
