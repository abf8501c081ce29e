/** Brief and deck write the same things the same way: the date, value names; the deck closes. */
import { describe, expect, it } from "vitest";
import { briefView } from "../../../../src/render/brief/view-model.js";
import { renderSlidesHtml } from "../../../../src/render/deck/html/render-html.js";
import { CARD } from "../../../../src/render/deck/layout/layout.js";
import { TITLE_STEPS } from "../../../../src/render/deck/layout/metrics.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import { bareModel, longModel, tiktokModel } from "../../../fixtures/models/fixtures.js";

describe("brief and deck agree on form", () => {
  it("write the date as the brief's cover does", () => {
    const cover = planSlides(tiktokModel)[0];
    const brief = briefView(tiktokModel, "2026-01-01").cover;
    expect(brief.date).toBe("November 25, 2026");
    expect(cover?.kind === "cover" && cover.byline).toBe(`Strategy Team · ${brief.date}`);
  });

  it("case value names alike on cards and slides", () => {
    const view = briefView(tiktokModel, "2026-01-01");
    const briefNames = view.glance.valueSets.flatMap((set) => set.values.map((v) => v.name));
    const deckNames = planSlides(tiktokModel).flatMap((slide) =>
      slide.kind === "cards" && slide.title !== "Pillars" ? slide.cards.map((c) => c.name) : [],
    );
    expect(briefNames).toEqual(deckNames);
    expect(briefNames).toContain("Courage");
  });
});

describe("front matter beyond the typed keys", () => {
  it("puts a disclaimer on the title slide only, and no other unknown key on any slide", () => {
    const model = structuredClone(tiktokModel);
    model.meta.disclaimer = "Written from public sources; not endorsed by the company.";
    model.meta.internalCode = "XK-4471";
    const slides = planSlides(model);
    const [first] = slides;
    const last = slides.at(-1);
    expect(first?.kind === "cover" && first.disclaimer).toBe(
      "Written from public sources; not endorsed by the company.",
    );
    expect(last?.kind === "cover" && last.disclaimer).toBeNull();
    expect(JSON.stringify(slides)).not.toContain("XK-4471");
    expect(renderSlidesHtml(model)).toContain(
      '<p class="cover__disclaimer tx-coverByline">Written from public sources; not endorsed by the company.</p>',
    );
  });
});

describe("card titles", () => {
  it("are set in one family at every density, the slide titles' own", () => {
    const families = Object.values(CARD).map((spec) => spec.name.family);
    expect(new Set(families)).toEqual(new Set([TITLE_STEPS[0].family]));
  });
});

describe("closing slide", () => {
  it("ends the deck on the mission and a call for questions, with talking points", () => {
    const last = planSlides(tiktokModel).at(-1);
    expect(last?.kind).toBe("cover");
    expect(last?.title).toBe("Questions and discussion");
    expect(last?.kind === "cover" && last.subtitle).toBe("“Inspire creativity and bring joy”");
    expect(last?.notes.at(-1)).toBe("Source: content/tiktok.md lines 14, 80, 98");
    expect(last?.notes.join(" ")).toContain("the 4 findings on the Findings slide");
  });

  it("leaves out a mission too long for it, and closes a deck without findings too", () => {
    const model = structuredClone(longModel);
    const primary = model.mission.primary;
    if (primary) primary.text = Array.from({ length: 12 }, () => primary.text).join(" ");
    const long = planSlides(model).at(-1);
    expect(long?.kind === "cover" && long.subtitle).toBeNull();
    const bare = planSlides(bareModel).at(-1);
    expect(bare?.title).toBe("Questions and discussion");
    expect(bare?.notes.at(-2)).toBe("The checks found nothing the text contradicts or leaves out.");
  });
});
