/**
 * A short document's contents is printed under the glance rather than on a page of its own; when
 * the first print shows it did not fit there, the final print gives it its own page again.
 */
import { describe, expect, it } from "vitest";
import { renderBriefHtml } from "../../../../src/render/brief/render-brief.js";
import type { Model } from "../../../../src/schema/schema.js";
import { GENERATED_AT, variant } from "../../../helpers/brief.js";

const FOLDED = 'class="part part--toc part--toc-folded"';
const OWN_PAGE = 'class="part part--toc"';

/** The sample cut to two sections, or grown to many. */
const withSections = (count: number): Model =>
  variant((model) => {
    const [first] = model.sections;
    if (!first) throw new Error("the sample has sections");
    model.sections = Array.from({ length: count }, (_, n) => ({
      ...first,
      heading: `Part ${n + 1}`,
      slug: `part-${n + 1}`,
      line: first.line + n,
      depth: 2,
      blocks: [],
    }));
  });

const html = (model: Model, pages?: Record<string, number>) =>
  renderBriefHtml(model, {
    generatedAt: GENERATED_AT,
    pages: pages && new Map(Object.entries(pages)),
  });

describe("contents of a short document", () => {
  it("is drawn to print under the glance", () => {
    expect(html(withSections(3))).toContain(FOLDED);
  });

  it("stays folded when the first print put the analysis on the page after the glance", () => {
    const pages = { "brief-glance": 2, "brief-analysis": 3, "brief-findings": 4 };
    expect(html(withSections(3), pages)).toContain(FOLDED);
  });

  it("gets its own page when the first print had to move it off the glance's page", () => {
    const pages = { "brief-glance": 2, "brief-analysis": 4, "brief-findings": 5 };
    const moved = html(withSections(3), pages);
    expect(moved).toContain(OWN_PAGE);
    expect(moved).not.toContain(FOLDED);
  });

  it("folds under a 'What changed' part when there is one", () => {
    const changes = { since: "HEAD~1", isNew: false, items: ["The mission changed."] };
    const pages = { "brief-glance": 2, "brief-changes": 3, "brief-analysis": 4 };
    const folded = renderBriefHtml(withSections(3), {
      generatedAt: GENERATED_AT,
      changes,
      pages: new Map(Object.entries(pages)),
    });
    expect(folded).toContain(FOLDED);
  });
});

describe("contents of a long document", () => {
  it("keeps a page of its own", () => {
    // Five lines for the heading and the parts, one per section: 16 fit under a glance.
    expect(html(withSections(11))).toContain(FOLDED);
    expect(html(withSections(12))).toContain(OWN_PAGE);
    expect(html(withSections(12))).not.toContain(FOLDED);
  });
});
