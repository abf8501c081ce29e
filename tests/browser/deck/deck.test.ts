/**
 * The deck in real Chromium: the print PDF (one 16:9 page and one outline entry per slide), no
 * text outside its slide or under the footer, fonts loaded under the CSP, and the reveal.js deck
 * running (navigation, overview, notes plugin) from its inlined scripts.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { renderSlidesHtml } from "../../../src/render/deck/html/render-html.js";
import { renderSlidesPrintHtml } from "../../../src/render/deck/html/render-print.js";
import { headerLayout } from "../../../src/render/deck/layout/layout.js";
import { renderSlidesPdf } from "../../../src/render/deck/pdf/render-pdf.js";
import { planSlides } from "../../../src/render/deck/plan/plan.js";
import type { Model } from "../../../src/schema/schema.js";
import { longModel, tiktokModel } from "../../fixtures/models/fixtures.js";
import { bodyHeight } from "../../helpers/body-height.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

const VIEWPORT = { width: 1280, height: 720 };
const FIXTURES: [string, Model][] = [
  ["tiktok", tiktokModel],
  ["long", longModel],
];

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}
const flatten = (nodes: OutlineNode[]): string[] =>
  nodes.flatMap((node) => [node.title, ...flatten(node.items)]);
/** Bookmarks read as the titles do: a wrapped heading keeps the space at its line break. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

describe("renderSlidesPdf", () => {
  it.each(FIXTURES)(
    "prints %s as one 16:9 page per slide with an outline entry each",
    async (_, model) => {
      const slides = planSlides(model);
      const pdf = await renderSlidesPdf(session, model);
      const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
      try {
        expect(doc.numPages).toBe(slides.length);
        for (let number = 1; number <= doc.numPages; number += 1) {
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(number)).view;
          expect(Math.abs((x1 - x0) / (y1 - y0) - 16 / 9)).toBeLessThan(0.01);
        }
        const outline = flatten(((await doc.getOutline()) ?? []) as OutlineNode[]);
        expect(outline.map(words)).toEqual(slides.map((slide) => words(slide.title)));
        const { info } = (await doc.getMetadata()) as { info: { Title?: string; Author?: string } };
        expect(info.Title).toBe(model.meta.title);
        expect(info.Author).toBe(model.meta.author);
      } finally {
        await doc.destroy();
      }
    },
  );
});

/** In the page: what of each slide leaves it, runs into its footer or scrolls; and the fonts. */
const findProblems = () => {
  const problems: string[] = [];
  const slides = [...document.querySelectorAll<HTMLElement>(".slide")];
  for (const [index, slide] of slides.entries()) {
    const box = slide.getBoundingClientRect();
    const footer = slide.querySelector(".slide__footer")?.getBoundingClientRect();
    for (const element of slide.querySelectorAll<HTMLElement>("*")) {
      const rect = element.getBoundingClientRect();
      const name = `slide ${index + 1} ${element.className || element.tagName}`;
      if (rect.width === 0 && rect.height === 0) continue;
      if (
        rect.left < box.left - 0.5 ||
        rect.right > box.right + 0.5 ||
        rect.top < box.top - 0.5 ||
        rect.bottom > box.bottom + 0.5
      ) {
        problems.push(`${name} leaves the slide`);
      }
      if (footer && element.closest(".slide__content") && rect.bottom > footer.top) {
        problems.push(`${name} runs into the footer`);
      }
      if (element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`${name} scrolls (${element.scrollHeight} > ${element.clientHeight})`);
      }
    }
    if (box.width !== 1280 || box.height !== 720)
      problems.push(`slide ${index + 1} is not 1280×720`);
  }
  return {
    problems,
    slides: slides.length,
    fonts: document.fonts.check('16px "Inter"') && document.fonts.check('16px "Source Serif 4"'),
  };
};

/** In the page: each slide's content box, relative to its slide (null for a slide without one). */
const contentBoxes = () =>
  [...document.querySelectorAll(".slide")].map((slide) => {
    const content = slide.querySelector(".slide__content");
    if (!content) return null;
    const box = slide.getBoundingClientRect();
    const rect = content.getBoundingClientRect();
    return { top: rect.top - box.top, height: rect.height };
  });

/**
 * Each fixture's print HTML laid out once at 1280×720 for both checks on it (what leaves a slide,
 * and where the bodies sit), rather than loaded into a page of its own for each.
 */
const layouts = new Map<Model, ReturnType<typeof layOut>>();
function layOut(model: Model) {
  return session.withPage(
    renderSlidesPrintHtml(model),
    async (page) => ({
      report: await page.evaluate(findProblems),
      drawn: await page.evaluate(contentBoxes),
    }),
    { viewport: VIEWPORT },
  );
}
function laidOut(model: Model): ReturnType<typeof layOut> {
  let layout = layouts.get(model);
  if (!layout) {
    layout = layOut(model);
    layouts.set(model, layout);
  }
  return layout;
}

describe("print HTML at 1280×720", () => {
  it.each(FIXTURES)(
    "keeps every element of %s inside its slide and above the footer",
    async (_, model) => {
      const { report } = await laidOut(model);
      expect(report.problems).toEqual([]);
      expect(report.slides).toBe(planSlides(model).length);
      expect(report.fonts).toBe(true);
    },
  );
});

describe("planner and stylesheet agree", () => {
  it.each(FIXTURES)(
    "puts each %s slide body where the plan put it, no taller than planned",
    async (_, model) => {
      const plan = planSlides(model).map((slide) =>
        slide.kind === "cover"
          ? null
          : {
              top: headerLayout(
                slide.kicker,
                slide.title,
                slide.kind === "cards" ? slide.badge : null,
              ).contentTop,
              height: bodyHeight(slide),
            },
      );
      const { drawn } = await laidOut(model);
      expect(drawn).toHaveLength(plan.length);
      for (const [index, planned] of plan.entries()) {
        const actual = drawn[index];
        if (!planned || !actual) {
          expect(actual).toBe(planned);
          continue;
        }
        expect(Math.abs(actual.top - planned.top), `slide ${index + 1} top`).toBeLessThanOrEqual(1);
        expect(actual.height, `slide ${index + 1} height`).toBeLessThanOrEqual(planned.height + 1);
      }
    },
  );
});

describe("reveal.js deck", () => {
  it("runs from its inlined scripts: all slides, keyboard navigation, overview, notes plugin", async () => {
    const result = await session.withPage(
      renderSlidesHtml(tiktokModel),
      async (page) => {
        await page.waitForFunction(() =>
          (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(),
        );
        const state = () =>
          page.evaluate(() => {
            const { Reveal } = window as unknown as {
              Reveal: {
                getTotalSlides(): number;
                getIndices(): { h: number; v: number };
                isOverview(): boolean;
                hasPlugin(id: string): boolean;
              };
            };
            return {
              total: Reveal.getTotalSlides(),
              index: Reveal.getIndices().h,
              overview: Reveal.isOverview(),
              notes: Reveal.hasPlugin("notes"),
            };
          });
        const first = await state();
        await page.keyboard.press("ArrowRight");
        const next = await state();
        await page.keyboard.press("o");
        const overview = await state();
        await page.keyboard.press("Escape");
        return { first, next, overview, closed: await state() };
      },
      { javascript: true, viewport: VIEWPORT },
    );
    const total = planSlides(tiktokModel).length;
    expect(result.first).toEqual({ total, index: 0, overview: false, notes: true });
    expect(result.next.index).toBe(1);
    expect(result.overview.overview).toBe(true);
    expect(result.closed.overview).toBe(false);
  });
});
