/**
 * (Beside import-scaling.test.ts, which checks whole-page shapes through extractArticle.)
 * The import's markup passes that walk a page's nesting — ARIA div tables made tables
 * (aria-tables.ts), SXA promo cards kept through the chrome pass (chrome.ts), heading wrappers
 * unwrapped and ARIA headings made headings (div-headings.ts), number counters filled in (figures.ts), a hero moved into the article (hero.ts), a Notion list block's drawn marker dropped (styled-blocks.ts) — grow linearly with how deeply a hostile page nests them: they run
 * before the import refuses a page nested too deep, so each must be linear on its own. 4× the
 * nesting may cost at most 10× the CPU time (quadratic costs 16×). A ratio of CPU times, the
 * least of seven runs, small and large in turn — never a wall-clock bound.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ariaTablesAsTables } from "../../src/import/aria-tables.js";
import { removeChrome } from "../../src/import/chrome.js";
import { ariaHeadingsAsHeadings, headingWrappersUnwrapped } from "../../src/import/div-headings.js";
import { faqQuestionsAsHeadings } from "../../src/import/faq-markup.js";
import { figuresAsLines } from "../../src/import/figures.js";
import { heroIntoArticle } from "../../src/import/hero.js";
import { styledMarkup } from "../../src/import/styled-blocks.js";

/** A page nesting `open` … `close` `n` deep around `inner`, inside `around`'s two halves. */
const nested = (open: string, close: string, n: number, inner = "text", around = ["", ""]) =>
  `<html><body>${around[0]}${open.repeat(n)}${inner}${close.repeat(n)}${around[1]}</body></html>`;

type Pass = [string, (document: Document) => void, (n: number) => string];

const PASSES: Pass[] = [
  [
    "ARIA tables inside ARIA tables",
    ariaTablesAsTables,
    (n) => nested('<div role="table"><div role="row"><div role="cell">', "</div></div></div>", n),
  ],
  [
    "SXA promo cards inside promo cards",
    removeChrome,
    (n) => nested('<div class="component promo">', "</div>", n),
  ],
  [
    "forms inside forms (a page's Web Forms wrapper, then more)",
    removeChrome,
    (n) => nested('<form><div class="search">', "</div></form>", n),
  ],
  [
    "bold questions in <div>s inside <div>s (FAQ question lines)",
    faqQuestionsAsHeadings,
    // (Eight times as deep, 4,000 → 16,000 levels: at 2,000 and under the pass takes a few ms,
    // and its times there jump with the engine's warm-up — 3.8 ms at 2,000, 23 at 4,000, 45 at
    // 8,000, 80 at 16,000, measured standalone.)
    (n) => nested('<div class="x">', "<strong>Why?</strong></div>", 8 * n),
  ],
  [
    "number counters inside counters, each over a labelled figure",
    figuresAsLines,
    (n) =>
      nested(
        '<div class="counter" data-number-value="38"><span class="count-value">–</span><div class="counter-title">Years</div><div>',
        "</div></div>",
        n,
      ),
  ],
  [
    "a title beside a wrapper of the rest, at every level (a figure's label, looked for)",
    figuresAsLines,
    (n) => nested('<div><div class="title">Years</div><div>', "</div></div>", n),
  ],
  [
    "a hero nested deep before a <main> nested as deep (its lead measured, its place found)",
    (document) => heroIntoArticle(document, document.querySelector("main") ?? undefined),
    (n) =>
      nested(
        "<div><span>Lead text of the hero, beside the page heading.</span>",
        "</div>",
        4 * n,
        "<h1>Heading</h1>",
        ["", `${"<div>".repeat(4 * n)}<main><p>text</p></main>${"</div>".repeat(4 * n)}`],
      ),
  ],
  [
    "headings wrapped in <div>s inside headings",
    headingWrappersUnwrapped,
    (n) => nested("<h2><div>", "</div></h2>", n),
  ],
  [
    "ARIA headings inside ARIA headings, inside buttons",
    ariaHeadingsAsHeadings,
    (n) => nested('<button><span role="heading" aria-level="2">', "</span></button>", n),
  ],
  [
    "read-only parts of a Notion list block, its text leaf at the bottom",
    styledMarkup,
    (n) =>
      nested(
        '<div contenteditable="false">',
        "</div>",
        n,
        '<div data-content-editable-leaf="true" contenteditable="false">Ship small</div>',
        ['<div class="notion-selectable notion-bulleted_list-block">', "</div>"],
      ),
  ],
];

/** CPU milliseconds of one pass over a freshly parsed page. */
function cost(pass: (document: Document) => void, html: string): number {
  const { document } = parseHTML(html);
  const started = process.cpuUsage();
  pass(document);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe("import passes over deep nesting", () => {
  for (const [name, pass, page] of PASSES)
    it(`grow linearly: ${name}`, { retry: 2 }, () => {
      const small = page(500);
      const large = page(2000);
      cost(pass, small); // warm up
      let smallBest = Number.POSITIVE_INFINITY;
      let largeBest = Number.POSITIVE_INFINITY;
      for (let turn = 0; turn < 7; turn++) {
        smallBest = Math.min(smallBest, cost(pass, small));
        largeBest = Math.min(largeBest, cost(pass, large));
      }
      expect(largeBest / Math.max(smallBest, 1), `${smallBest} ms → ${largeBest} ms`).toBeLessThan(
        10,
      );
    });
});
