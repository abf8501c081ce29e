/**
 * What a hostile page costs the import's page work (src/import/extract.ts and the passes it runs:
 * disclosures, headings made of <div>s, dropped headings, term lists, layout tables): 8× the size
 * costs at most 16× the CPU time, the least of a few runs — a ratio, never a wall-clock bound.
 * Each shape is one that a pass walks: many controls in one big container, wrappers nested
 * deep, many title-classed lines, many headings Readability may drop, a long <dl>, a
 * layout table of many cells.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/import/extract.js";
import { htmlToMarkdown } from "../../src/import/html-to-markdown.js";

const RATIO = 8;
const page = (body: string) =>
  `<!doctype html><html><head><title>Shape | Site</title></head><body>${body}</body></html>`;
const SENTENCE = "<p>We weave blankets on looms we repair ourselves, in a mill by the river.</p>";

const SHAPES: Record<string, (n: number) => string> = {
  "many tab controls in one container": (n) =>
    `<div class="tabs">${Array.from(
      { length: n },
      (_, i) =>
        `<div role="tab" aria-controls="p${i}">Part ${i}</div><div role="tabpanel" id="p${i}">${SENTENCE}</div>`,
    ).join("")}</div>`,
  // (Nested past 120 levels, so at both sizes the page's body is taken without Readability,
  // whose time grows faster than the page there; see the refusal past 400 below.)
  "wrappers nested deep, each with its line": (n) =>
    `${"<div>".repeat(130)}${Array.from({ length: n }, () => `<div>${SENTENCE}</div>`).join("")}${"</div>".repeat(130)}`,
  "many title-classed lines": (n) =>
    Array.from(
      { length: n },
      (_, i) => `<div class="section-title">Part ${i}</div>${SENTENCE}`,
    ).join(""),
  "many headings over blocks": (n) =>
    `<main>${Array.from({ length: n }, (_, i) => `<h3>Value ${i}</h3><div class="card">${SENTENCE}</div>`).join("")}</main>`,
  "a long list of terms": (n) =>
    `<article>${SENTENCE}<dl>${Array.from({ length: n }, (_, i) => `<div><dt>Value ${i}</dt><dd>We hold to it every day, on every shift.</dd></div>`).join("")}</dl></article>`,
  "a layout table of many cells": (n) =>
    `<article>${SENTENCE}<table>${Array.from({ length: n }, () => "<tr><td><b>Strengths</b><ul><li>Own looms</li></ul></td><td><p>A.</p><p>B.</p></td></tr>").join("")}</table></article>`,
};

function cost(html: string, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    htmlToMarkdown(extractArticle(html, "shape.html").html);
    const used = process.cpuUsage(started);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

describe("the import's page work grows in proportion to the page", () => {
  it("warms up (modules) before anything is measured", () => {
    expect(htmlToMarkdown(extractArticle(page(SENTENCE), "w.html").html)).toContain("We weave");
  });

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: ${RATIO}× the size costs at most ${2 * RATIO}× the time`, { retry: 2 }, () => {
      const n = 150;
      const small = page(shape(n));
      const large = page(shape(RATIO * n));
      expect(large.length / small.length).toBeGreaterThan(RATIO * 0.8);
      const smallMs = Math.max(1, cost(small, 4));
      const largeMs = cost(large, 3);
      expect(largeMs / smallMs).toBeLessThanOrEqual(2 * RATIO);
    });
  }

  it("refuses a page nested past 400 levels at once, with its own failure", () => {
    const started = process.cpuUsage();
    expect(() =>
      extractArticle(
        page(`${"<div>".repeat(5000)}${SENTENCE}${"</div>".repeat(5000)}`),
        "deep.html",
      ),
    ).toThrow(expect.objectContaining({ kind: "too-deep", exitCode: 21 }));
    const used = process.cpuUsage(started);
    // Linear work on 5,000 levels (the old path ran Readability for minutes, then overflowed the
    // converter's stack): a generous bound, far under what that took.
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});
