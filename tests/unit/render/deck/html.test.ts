/**
 * The reveal.js deck and the print HTML as text: self-contained (no external URL, reveal inlined),
 * notes present, content escaped and never compiled, one heading per slide, no script in print.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSlidesHtml } from "../../../../src/render/deck/html/render-html.js";
import { renderSlidesPrintHtml } from "../../../../src/render/deck/html/render-print.js";
import { inlineScript } from "../../../../src/render/deck/html/reveal.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import { longModel, tiktokModel } from "../../../fixtures/models/fixtures.js";

const deck = renderSlidesHtml(tiktokModel);
const print = renderSlidesPrintHtml(tiktokModel);
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const require = createRequire(import.meta.url);
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** The page without its (trusted, inlined) scripts: what remains is markup and CSS. */
const markup = (html: string) => html.replace(SCRIPT, "");

/** Everything a browser would fetch: src/href attributes, CSS url() and @import. */
function references(html: string): string[] {
  const attributes = [
    ...html.matchAll(/\s(?:src|href|srcset|action|poster|data)\s*=\s*["']?([^"'\s>]+)/gi),
  ];
  const urls = [...html.matchAll(/url\(\s*["']?([^"')]+)/gi)];
  const imports = [...html.matchAll(/@import\s+["']?([^"';\s]+)/gi)];
  return [...attributes, ...urls, ...imports].map((match) => match[1] ?? "");
}

describe("renderSlidesHtml", () => {
  it("shows the findings about an FAQ answer and a statement on the slide, not only in notes", () => {
    for (const html of [deck, print]) {
      const flags = [...html.matchAll(/<(?:p|dd) class="flag tx-meta">([^<]*)</g)].map((m) => m[1]);
      expect(flags).toEqual([
        "The text gives four different wordings of the mission.",
        "The text gives five different wordings of the vision.",
        "The FAQ&#x27;s answer to “Q3: What are TikTok’s core values?” names values that match none of the value lists in the body of the text.",
      ]);
    }
  });

  it("fetches nothing: every reference is an inline data: URL", () => {
    const refs = references(markup(deck));
    expect(refs.length).toBeGreaterThan(0); // the inlined fonts
    expect(refs.filter((ref) => !ref.startsWith("data:"))).toEqual([]);
  });

  it("inlines reveal.js and the notes plugin and initialises them with a 1280×720 canvas", () => {
    expect(deck).toContain("https://revealjs.com"); // reveal.js's licence header, inlined
    expect(deck).toContain("RevealNotes");
    expect(deck).toMatch(/Reveal\.initialize\(Object\.assign\(\{"width":1280,"height":720,/);
    const scripts = [...deck.matchAll(SCRIPT)].map((match) => match[1]);
    expect(scripts).toHaveLength(4);
    // First, the guard that drops other origins' messages (issue #14, tests/dev/cross-origin).
    expect(scripts[0]).toMatch(
      /^window\.addEventListener\("message"[\s\S]*stopImmediatePropagation/,
    );
    expect(scripts[1]).toBe(inlineScript(readFileSync(require.resolve("reveal.js"), "utf8")));
    expect(scripts[2]).toBe(
      inlineScript(readFileSync(require.resolve("reveal.js/plugin/notes"), "utf8")),
    );
    expect(scripts[3]).toMatch(/^Reveal\.initialize\(/);
    expect(markup(deck)).not.toMatch(/<script/i);
  });

  it("has a CSP that allows only inline script/style, data: fonts and images, and framing itself", () => {
    const csp = deck.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(csp).toBe(
      "default-src &#x27;none&#x27;; script-src &#x27;unsafe-inline&#x27;; style-src &#x27;unsafe-inline&#x27;; font-src data:; img-src data:; frame-src &#x27;self&#x27;; base-uri &#x27;none&#x27;; form-action &#x27;none&#x27;",
    );
  });

  it("has one top-level <section> per planned slide, none nested, each with speaker notes", () => {
    const slides = planSlides(tiktokModel);
    expect(count(deck, /<section[\s>]/g)).toBe(slides.length);
    expect(count(deck, /<aside class="notes">/g)).toBe(slides.length);
    const notes = [...deck.matchAll(/<aside class="notes">(.*?)<\/aside>/gs)].map((m) => m[1]);
    // Talking points first, the source last.
    expect(
      notes.every((note) => /<p>Source: content\/tiktok\.md [^<]*<\/p>$/.test(note ?? "")),
    ).toBe(true);
    expect(notes.every((note) => !note?.startsWith("<p>Source:"))).toBe(true);
    expect(notes[1]).toContain("lines 14, 28, 48, 80, 88, 98");
  });

  it("escapes content and never compiles it", () => {
    const html = renderSlidesHtml(longModel);
    expect(html).toContain("Acme &lt;Holdings&gt; &amp; {{title}}");
    expect(html).not.toContain("<Holdings>");
  });

  it("takes a template override directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-slides-"));
    const slides = join(dir, "slides");
    mkdirSync(slides);
    writeFileSync(join(slides, "_faq.hbs"), '<p class="custom-faq">{{len entries}} questions</p>');
    const html = renderSlidesHtml(tiktokModel, { templatesDir: dir });
    expect(html).toContain('<p class="custom-faq">3 questions</p>');
    expect(html).toContain("Findings");
  });
});

describe("renderSlidesPrintHtml", () => {
  it("has no script at all and no external reference", () => {
    expect(print).not.toMatch(/<script/i);
    expect(references(print).filter((ref) => !ref.startsWith("data:"))).toEqual([]);
    const csp = print.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(csp).toContain("default-src &#x27;none&#x27;");
    expect(csp).not.toContain("script-src");
  });

  it("draws one slide per planned slide, each with exactly one heading", () => {
    const slides = planSlides(tiktokModel);
    const bodies = print.split('<div class="slide slide--').slice(1);
    expect(bodies).toHaveLength(slides.length);
    for (const [index, body] of bodies.entries()) {
      expect(count(body, /<h[1-6][\s>]/g), slides[index]?.title).toBe(1);
    }
    expect(count(print, /<h1[\s>]/g)).toBe(1);
    expect(print).not.toContain('class="notes"');
  });
});
