/**
 * Callout boxes (src/import/callouts.ts): an icon beside a block of text, as Ghost's callout card
 * and Notion's callout block set it. The icon opens the text's paragraph, so a run of callouts
 * whose texts open on a bold name reads as the named items a reader sees, not as lone icons.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const page = (body: string) =>
  `<!doctype html><html><head><title>Our values | Tallow Bakery</title></head><body>${body}</body></html>`;
const markdown = (body: string) => htmlToMarkdown(extractArticle(page(body), "page.html").html);

const INTRO =
  "<p>Tallow Bakery has baked sourdough on Mill Lane since 2011, in a wood-fired oven we built ourselves.</p>";

describe("callouts", () => {
  it("puts a callout card's icon at the start of its text, one paragraph per card", () => {
    const card = (icon: string, name: string, text: string) =>
      `<div class="blog-card blog-callout-card"><div class="blog-callout-emoji">${icon}</div><div class="blog-callout-text"><b><strong>${name}</strong></b><span> ${text}</span></div></div>`;
    const md = markdown(`<article>${INTRO}<h2>What we hold to</h2>
      ${card("🍞", "Slow dough.", "Every loaf proves for at least a day before it is baked.")}
      ${card("🌾", "Local flour.", "Our grain comes from farms within forty miles of the bakery.")}
      </article>`);
    expect(md).toContain(
      "🍞 **Slow dough.** Every loaf proves for at least a day before it is baked.\n\n🌾 **Local flour.** Our grain",
    );
  });

  it("puts an icon held in wrappers before the callout's first paragraph", () => {
    const md = markdown(`<article>${INTRO}
      <div class="page-callout-block"><div role="note"><div><div class="record-icon" role="img" aria-label="💡"><span>💡</span></div></div><div class="col"><p>Orders for Saturday close at noon on Thursday.</p><p>Call the shop for anything later.</p></div></div></div>
      </article>`);
    expect(md).toContain(
      "💡 Orders for Saturday close at noon on Thursday.\n\nCall the shop for anything later.",
    );
  });
});
