/**
 * Markup conversion details: footnote markers stay text, links that would break become text,
 * pictures go, accordion questions become `###` headings, Word-style tables get a header row.
 */
import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../../src/import/charset.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const md = (html: string, base?: string) => htmlToMarkdown(html, base);

describe("htmlToMarkdown", () => {
  it("keeps a footnote marker as text, never as a link", () => {
    expect(md('<p>Roasted daily.<sup><a href="#fn1">1</a></sup></p>')).toBe("Roasted daily.\\[1]");
    expect(md('<p>Roasted daily.<sup id="r2"><a href="#fn2">[2]</a></sup></p>')).toBe(
      "Roasted daily.\\[2]",
    );
  });

  it("drops back-reference arrows and keeps a footnote list apart under Notes", () => {
    expect(
      md(
        '<ul><li>Last takeaway.</li></ul><ol><li id="fn1">A source. <a href="#fnref1">↩</a></li></ol>',
      ),
    ).toBe("- Last takeaway.\n\n## Notes\n\n1. A source.");
  });

  it("makes relative links absolute against the page, and unwraps links that cannot work", () => {
    expect(md('<p>See <a href="/about/">our story</a>.</p>', "https://example.org/post/")).toBe(
      "See [our story](https://example.org/about/).",
    );
    expect(md('<p>See <a href="/about/">our story</a>.</p>')).toBe("See our story.");
    expect(md('<p>Go <a href="javascript:void(0)">here</a>.</p>', "https://example.org/")).toBe(
      "Go here.",
    );
  });

  it("makes a list of terms and their definitions a list of bold names, each with its text", () => {
    expect(
      md(
        "<dl><dt>Thrift</dt><dd>Offcuts become cushions.</dd><dt>Patience</dt><dd><p>A blanket takes a week.</p><p>We give it the week.</p></dd></dl>",
      ),
    ).toBe(
      "- **Thrift** – Offcuts become cushions.\n\n- **Patience** – A blanket takes a week.\n\n  We give it the week.",
    );
    // Pairs grouped in <div>s (as HTML allows); a term with its own stop runs in without a dash.
    expect(
      md(
        "<dl><div><dt>Thrift.</dt> <dd>Offcuts become cushions.</dd></div><p><dt>Patience:</dt><dd>A week.</dd></p></dl>",
      ),
    ).toBe("- **Thrift.** Offcuts become cushions.\n- **Patience:** A week.");
    // Questions grouped the same way stay the FAQ's headings.
    expect(
      md("<dl><div><dt>Do you dye by hand?</dt><dd><p>Yes, every batch.</p></dd></div></dl>"),
    ).toBe("### Do you dye by hand?\n\nYes, every batch.");
    // A row of figures under their labels is no list of names with their meaning.
    expect(
      md(
        "<dl><div><dt>mills</dt><dd>3</dd></div><div><dt>blankets a year</dt><dd>41,000</dd></div></dl>",
      ),
    ).not.toContain("**");
    // So do headings an accordion's buttons became (src/import/disclosures.ts).
    expect(
      md("<dl><div><h3>Do you dye by hand?</h3><dd><p>Yes, every batch.</p></dd></div></dl>"),
    ).toBe("### Do you dye by hand?\n\nYes, every batch.");
  });

  it("makes a list item that opens on a heading (a card's title) the bold name and its text", () => {
    expect(
      md(
        "<ol><li><h3>Open membership</h3><p>Anyone over sixteen can join.</p></li><li><h3>One member, one vote</h3><p>Whatever their share.</p><p>Every year.</p></li></ol>",
      ),
    ).toBe(
      "1. **Open membership** – Anyone over sixteen can join.\n\n2. **One member, one vote** – Whatever their share.\n\n   Every year.",
    );
    expect(
      md(
        '<ul><li><div class="card"><div class="card__content"><h3>Safety</h3><p>Care that is safe.</p></div></div></li></ul>',
      ),
    ).toBe("- **Safety** – Care that is safe.");
  });

  it("drops a card's drawn counter (“01”) before its title, and keeps a number that says something", () => {
    expect(
      md(
        '<ol><li class="grid"><span class="font-mono">01</span><div><h3>Files over accounts</h3><p>Your work is a file first.</p></div></li><li class="grid"><span class="font-mono">02</span><div><h3>Boring is a feature</h3><p>Dependable beats dazzling.</p></div></li></ol>',
      ),
    ).toBe(
      "1. **Files over accounts** – Your work is a file first.\n2. **Boring is a feature** – Dependable beats dazzling.",
    );
    expect(
      md("<ul><li><span>40</span><div><h3>Years of baking</h3><p>Since 1984.</p></div></li></ul>"),
    ).toContain("40");
  });

  it("drops list items with nothing left to show, and a list of none", () => {
    expect(md("<p>Shop</p><ul><li><img src='a.jpg'></li><li> </li></ul><p>Come and see.</p>")).toBe(
      "Shop\n\nCome and see.",
    );
    expect(md("<ul><li>Care</li><li><img src='b.jpg'></li><li>Craft</li></ul>")).toBe(
      "- Care\n- Craft",
    );
  });

  it("keeps every word of a definition or card that mixes text with paragraphs", () => {
    expect(
      md(
        "<dl><dt>Thrift</dt><dd>Offcuts become <em>cushions</em>.<p>Nothing is wasted.</p></dd></dl>",
      ),
    ).toBe("- **Thrift** – Offcuts become _cushions_.\n\n  Nothing is wasted.");
    expect(
      md("<ul><li><h3>Care</h3>We mend what we sell.<p>For as long as it lasts.</p></li></ul>"),
    ).toBe("- **Care** – We mend what we sell.\n\n  For as long as it lasts.");
    // An empty definition leaves the name alone, with no dash after it.
    expect(
      md("<dl><dt>Thrift</dt><dd> </dd><dt>Care</dt><dd>We mend what we sell.</dd></dl>"),
    ).toBe("- **Thrift**\n- **Care** – We mend what we sell.");
  });

  it("writes bold set inside bold (an editor's <b><strong>) as one bold run", () => {
    expect(md("<p><b><strong>Slow dough.</strong></b> Every loaf proves for a day.</p>")).toBe(
      "**Slow dough.** Every loaf proves for a day.",
    );
    expect(md("<p><strong><b>Local flour</b></strong> from nearby farms.</p>")).toBe(
      "**Local flour** from nearby farms.",
    );
  });

  it("leaves the page's HTML comments out (a block editor's <!-- wp:paragraph -->)", () => {
    expect(
      md(
        "<!-- wp:heading --><h2>Our mission</h2><!-- /wp:heading --><!-- wp:paragraph --><p>To make rope.</p><!--end row-->",
      ),
    ).toBe("## Our mission\n\nTo make rope.");
  });

  it("leaves pictures and media out", () => {
    expect(
      md(
        '<p>Before.</p><figure><img src="a.jpg" alt="A"><figcaption>Our shop.</figcaption></figure><svg></svg>',
      ),
    ).toBe("Before.\n\nOur shop.");
  });

  it("turns accordion and definition-list questions into ### headings", () => {
    expect(md("<details><summary>Who owns it?</summary><p>The members.</p></details>")).toBe(
      "### Who owns it?\n\nThe members.",
    );
    expect(md("<dl><dt>Is it open?</dt><dd>Every day.</dd></dl>")).toBe(
      "### Is it open?\n\nEvery day.",
    );
  });

  it("does not nest a question already set in a heading: <summary><h3>Who owns it?</h3>", () => {
    expect(
      md(
        '<details><summary><h3 class="font_5">Who owns it?</h3></summary><p>The members.</p></details>',
      ),
    ).toBe("### Who owns it?\n\nThe members.");
  });

  it("takes a list of question accordions out of the list (Wix's FAQ widget)", () => {
    expect(
      md(
        '<ul data-hook="faq-list"><li><details><summary><h3>Who owns it?</h3></summary><div><p>The members.</p></div></details></li><li><details><summary><h3>Is it open?</h3></summary><div><p>Every day.</p></div></details></li></ul>',
      ),
    ).toBe("### Who owns it?\n\nThe members.\n\n### Is it open?\n\nEvery day.");
  });

  it("gives a table without header cells its first row as header", () => {
    expect(
      md("<table><tr><td>Value</td><td>Note</td></tr><tr><td>Care</td><td>Kind</td></tr></table>"),
    ).toBe("| Value | Note |\n| ----- | ---- |\n| Care  | Kind |");
  });
});

describe("decodeHtml", () => {
  const latin1 = Buffer.from("<p>Caf\xe9</p>", "latin1");
  it("takes the charset from the Content-Type header first", () => {
    expect(decodeHtml(latin1, "text/html; charset=ISO-8859-1")).toBe("<p>Café</p>");
    // As browsers do, the label ISO-8859-1 reads 0x80–0x9F as windows-1252 (curly quotes).
    expect(
      decodeHtml(Buffer.from("\x93Caf\xe9\x94", "latin1"), "text/html; charset=iso-8859-1"),
    ).toBe("“Café”");
  });
  it("else from a <meta charset>", () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin1]);
    expect(decodeHtml(page, "text/html")).toBe('<meta charset="windows-1252"><p>Café</p>');
  });
  it("lets a byte-order mark win, and falls back to UTF-8 for an unknown label", () => {
    expect(decodeHtml(Buffer.from("\uFEFF<p>Café</p>"), "text/html; charset=latin1")).toBe(
      "<p>Café</p>",
    );
    expect(decodeHtml(Buffer.from("<p>Café</p>"), "text/html; charset=x-nonsense")).toBe(
      "<p>Café</p>",
    );
  });
  it("without any label, reads bytes that are not UTF-8 as windows-1252", () => {
    expect(decodeHtml(Buffer.from("<p>Caf\xe9 \x93cr\xe8me\x94</p>", "latin1"))).toBe(
      "<p>Café “crème”</p>",
    );
    expect(decodeHtml(Buffer.from("<p>Café</p>"))).toBe("<p>Café</p>");
  });
});

describe("FAQ blocks of page builders", () => {
  it("come through as ### questions with their answers (Yoast, Rank Math, accordions)", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const { readFileSync } = await import("node:fs");
    const page = readFileSync(
      new URL("../../fixtures/import/faq-blocks.html", import.meta.url),
      "utf8",
    );
    const markdown = htmlToMarkdown(extractArticle(page, "faq-blocks.html").html);
    expect(markdown.split("\n\n").slice(1)).toEqual([
      "## Frequently asked questions",
      "### What is the mission of Fenwick Shoes?",
      "Fenwick Shoes says its mission is to make shoes that can be repaired for fifty years.",
      "### Does Fenwick Shoes repair other brands?",
      "Yes, the workshop repairs any welted shoe, whoever made it.",
      "### Where are the shoes made?",
      "Every pair is cut and stitched in the Northampton workshop.",
      "### How long does a resole take?",
      "A resole takes about three weeks in the busy season.",
      "### Can I visit the workshop?",
      "Tours run on the first Saturday of each month.",
    ]);
  });
});

describe("an accordion set as a list, its question a button inside a heading", () => {
  it("comes through as ### questions with their answers, no bullets or empty headings", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    // (The first item opens on Squarespace's drawn divider, the second on its question.)
    const item = (q: string, a: string, divider = "") =>
      `<li class="accordion-item">${divider}<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"><span class="accordion-item__title">${q}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus"></div></div></button></h4><div class="accordion-item__dropdown" role="region"><div class="accordion-item__description"><p>${a}</p></div></div></li>`;
    const page = `<html><body><main><h1>What we do</h1><p>Fernhill Food Bank has handed out parcels in the valley since 2012, with two hundred volunteers and four vans.</p><h2>Frequently asked questions</h2><ul class="accordion-items-container">${item("Who can get a parcel?", "Anyone with a referral from a partner agency.", '<div class="accordion-divider accordion-divider--top" aria-hidden="true"></div>')}${item("Can I volunteer?", "Yes, we always need drivers.")}</ul></main></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown.split("\n\n").slice(-5)).toEqual([
      "## Frequently asked questions",
      "### Who can get a parcel?",
      "Anyone with a referral from a partner agency.",
      "### Can I volunteer?",
      "Yes, we always need drivers.",
    ]);
  });
});

describe("FAQ questions under a section heading set small", () => {
  it("come one level below it (`####` under “### Common questions”)", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const page = `<html><body><main><h1>About us</h1><p>Fernhill Food Bank has handed out parcels in the valley since 2012, with two hundred volunteers and four vans.</p><h3>Common questions</h3><div class="faq"><div class="faq-question">Who can get a parcel?</div><p>Anyone with a referral from a partner agency.</p><div class="faq-question">Can I volunteer?</div><p>Yes, we always need drivers.</p></div></main></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown).toContain(
      "### Common questions\n\n#### Who can get a parcel?\n\nAnyone with a referral",
    );
    expect(markdown).toContain("#### Can I volunteer?\n\nYes, we always need drivers.");
  });
});

describe("an FAQ block whose question sits in a button-classed wrapper (Spectra's)", () => {
  it("comes through as ### questions with their answers, the wrapper gone with its icon", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const item = (q: string, a: string) =>
      `<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap"><div class="uagb-faq-item" role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-icon uagb-faq-icon-wrap"><svg viewBox="0 0 448 512"><path d="M432 256"></path></svg></span><span class="uagb-question">${q}</span></div><div class="uagb-faq-content"><p>${a}</p></div></div></div>`;
    const page = `<html><body><main><h1>About us</h1><p>Fernhill Food Bank has handed out parcels in the valley since 2012, with two hundred volunteers and four vans.</p><h2>Questions people ask us</h2><div class="wp-block-uagb-faq uagb-faq__outer-wrap" role="tablist">${item("Who can get a parcel?", "Anyone with a referral from a partner agency.")}${item("Can I volunteer?", "Yes, we always need drivers.")}</div></main></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown.split("\n\n").slice(-5)).toEqual([
      "## Questions people ask us",
      "### Who can get a parcel?",
      "Anyone with a referral from a partner agency.",
      "### Can I volunteer?",
      "Yes, we always need drivers.",
    ]);
  });
});

describe("site chrome", () => {
  it("drops a sidebar <aside> but keeps a callout <aside> inside the article", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const page = `<html><body><main><article><h1>Fernhill values</h1>
      <p>Fernhill Bicycles builds frames by hand in a small shed behind the station, and has done so for forty years.</p>
      <aside><p>Fernhill never sells a frame it has not ridden for a week first.</p></aside>
      <p>The shop's mission is to build bicycles that outlast their riders, and every rule follows from it.</p>
      </article></main><aside><h2>Popular posts</h2><p>Ten tips for winter riding you should know.</p></aside></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown).toContain("Fernhill never sells a frame it has not ridden for a week first.");
    expect(markdown).not.toContain("Popular posts");
    expect(markdown).not.toContain("winter riding");
  });

  it("keeps a dropdown's <nav> panel of text with no links (an FAQ answer), not the menu", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const page = `<html><body><nav><a href="/shop">Shop</a><a href="/about">About</a></nav><main>
      <h1>Fernhill values</h1>
      <p>Fernhill Bicycles builds frames by hand in a small shed behind the station, and has done so for forty years.</p>
      <h2>Questions</h2><div class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle"><div>Do you ship abroad?</div></div>
      <nav class="faq-answer w-dropdown-list"><p>Only within the UK, because a frame travels badly in a box.</p></nav></div>
      </main></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown).toContain(
      "### Do you ship abroad?\n\nOnly within the UK, because a frame travels badly in a box.",
    );
    expect(markdown).not.toContain("Shop");
  });
});

describe("FAQPage JSON-LD", () => {
  it("adds only the questions the article does not show, with entities decoded", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const ld = {
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: [
        {
          "@type": "Question",
          name: "What is Fernhill&#8217;s mission?",
          acceptedAnswer: {
            "@type": "Answer",
            text: "To build bicycles that outlast their riders.",
          },
        },
        {
          "@type": "Question",
          name: "Where is the shop?",
          acceptedAnswer: { "@type": "Answer", text: "Behind the station." },
        },
      ],
    };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article><h1>Fernhill</h1><p>Fernhill Bicycles builds frames by hand and has done so for forty years in the same shed.</p>
      <h2>FAQ</h2><h3>Where is the shop?</h3><p>Behind the station.</p></article></body></html>`;
    const { faq } = extractArticle(page, "page.html");
    expect(faq).toEqual([
      {
        question: "What is Fernhill’s mission?",
        answerHtml: "To build bicycles that outlast their riders.",
      },
    ]);
  });
});

describe("the article Readability is given", () => {
  it("keeps a short article whole around a wide table, not the table's one long row", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const page = `<html><body><header><nav><a href="/">Home</a></nav></header><main><article>
      <h1>About Tollgate Dairy</h1>
      <p>Tollgate Dairy has made cheese in the Weald since 1902. Here is what guides us.</p>
      <table><thead><tr><th>Purpose</th><th>Vision</th><th>Values</th></tr></thead>
      <tbody><tr><td>To make cheese that tastes of the field the cows grazed that week.</td>
      <td>A Weald where every village has its own cheese again.</td><td>Patience, Honesty, Thrift</td></tr></tbody></table>
      <h2>Our shops</h2>
      <table><thead><tr><th>Shop</th><th>Hours</th></tr></thead>
      <tbody><tr><td>Ashdown</td><td>Mon–Fri 9–5</td></tr><tr><td>Crowhurst</td><td>Sat 9–1</td></tr></tbody></table>
      <h2>Prizes</h2><ul><li>Best Soft Cheese, Weald Show 2023</li><li>Gold, Cheese Awards 2024</li></ul>
      </article></main><footer><p>© Tollgate Dairy · Privacy · Cookies</p></footer></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown.split("\n\n")).toEqual([
      "Tollgate Dairy has made cheese in the Weald since 1902. Here is what guides us.",
      expect.stringMatching(/^\| Purpose +\| Vision +\| Values +\|\n/),
      "## Our shops",
      expect.stringMatching(/^\| Shop +\| Hours +\|\n/),
      "## Prizes",
      "- Best Soft Cheese, Weald Show 2023\n- Gold, Cheese Awards 2024",
    ]);
  });

  it("leaves what the article shows before its title heading before it", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const { articleMarkdown } = await import("../../../src/import/article-markdown.js");
    const page = `<html><body><main><article>
      <p>Tollgate Dairy</p><p>Farm shop › About us</p>
      <h1>Our values</h1>
      <p>Tollgate Dairy has made cheese in the Weald since 1902, and three values have guided it all along.</p>
      <p>They are patience, honesty and thrift, and every cheesemaker learns them in the first week.</p>
      </article></main></body></html>`;
    const { markdown } = articleMarkdown(extractArticle(page, "page.html"), "page");
    expect(markdown).toBe(
      "Tollgate Dairy\n\nFarm shop › About us\n\n# Our values\n\nTollgate Dairy has made cheese in the Weald since 1902, and three values have guided it all along.\n\nThey are patience, honesty and thrift, and every cheesemaker learns them in the first week.\n",
    );
    // A title heading that opens the article is written once, at the top, as before.
    const opening = page.replace("<p>Tollgate Dairy</p><p>Farm shop › About us</p>", "");
    expect(articleMarkdown(extractArticle(opening, "page.html"), "page").markdown).toMatch(
      /^# Our values\n\nTollgate Dairy has made cheese/,
    );
  });

  it("keeps a checklist's boxes, ticked or not (Readability drops every <input>)", async () => {
    const { extractArticle } = await import("../../../src/import/extract.js");
    const page = `<html><body><main><article><h1>Tollgate checklist</h1>
      <p>Tollgate Dairy checks every batch of cheese against this list before it leaves the cave at Ashdown.</p>
      <ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" disabled> Turned every day for a month</li>
      <li class="task-list-item"><input type="checkbox" checked disabled> Tasted by two cheesemakers</li>
      </ul></article></main></body></html>`;
    const markdown = htmlToMarkdown(extractArticle(page, "page.html").html);
    expect(markdown).toContain(
      "- [ ] Turned every day for a month\n- [x] Tasted by two cheesemakers",
    );
  });
});
