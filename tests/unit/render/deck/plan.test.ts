/**
 * The slide plan: order, which slides exist, splitting of long sets, speaker notes naming source
 * lines, and that splitting never loses or truncates text.
 */
import { describe, expect, it } from "vitest";
import { headerLayout } from "../../../../src/render/deck/layout/layout.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import { formatLines } from "../../../../src/render/deck/plan/sources.js";
import type { Model } from "../../../../src/schema/schema.js";
import { bareModel, longModel, tiktokModel } from "../../../fixtures/models/fixtures.js";
import { bodyHeight } from "../../../helpers/body-height.js";

const titles = (model: Model) => planSlides(model).map((slide) => slide.title);
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

describe("planSlides", () => {
  it("orders the TikTok deck cover, mission, vision, pillars, value sets, takeaways, FAQ, findings", () => {
    expect(titles(tiktokModel)).toEqual([
      "TikTok’s Mission Statement Analysis and Vision",
      "Mission",
      "Vision",
      "Pillars",
      "Core values under “TikTok’s Mission Statement Analysis and Vision”",
      "Core values under “TikTok Vision Statement”",
      "Six core values",
      "Three core values",
      "Guiding values",
      "Key takeaways",
      "FAQ",
      "Findings",
      "Questions and discussion",
    ]);
  });

  it("leaves out slides that would be empty", () => {
    // Cover, mission, and the closing slide (which mirrors the cover).
    expect(planSlides(bareModel).map((slide) => slide.kind)).toEqual([
      "cover",
      "statement",
      "cover",
    ]);
    // The long model has no vision, no pillars and an empty third value set.
    const kinds = planSlides(longModel).map((slide) => slide.title.replace(/ \(\d+\/\d+\)$/, ""));
    expect(kinds).not.toContain("Vision");
    expect(kinds).not.toContain("Pillars");
    expect(kinds).not.toContain("Empty set");
  });

  it("splits long sets across numbered slides", () => {
    const slides = planSlides(longModel);
    const nine = slides.filter((slide) => slide.title.startsWith("Core values as restated"));
    expect(nine.length).toBeGreaterThan(1);
    expect(nine.map((slide) => slide.title.match(/\((\d+)\/(\d+)\)$/)?.slice(1))).toEqual(
      nine.map((_, index) => [String(index + 1), String(nine.length)]),
    );
    for (const slide of nine) {
      expect(slide.kind === "cards" && slide.cards.length).toBeLessThanOrEqual(6);
    }
    for (const name of ["FAQ", "Key takeaways", "Mission"]) {
      expect(slides.filter((slide) => slide.title.startsWith(`${name} (`)).length).toBeGreaterThan(
        1,
      );
    }
  });

  it("keeps every value, FAQ answer, takeaway and variant whole across split slides", () => {
    const slides = planSlides(longModel);
    const cards = slides.flatMap((slide) => (slide.kind === "cards" ? slide.cards : []));
    for (const value of longModel.valueSets.flatMap((set) => set.values)) {
      const parts = cards.filter((card) => card.name.startsWith(value.name));
      expect(collapse(parts.map((card) => card.description ?? "").join(" "))).toBe(
        collapse(value.description ?? ""),
      );
    }
    const items = slides.flatMap((slide) =>
      slide.kind === "list" && slide.title.startsWith("Key takeaways") ? slide.items : [],
    );
    expect(collapse(items.join(" "))).toBe(collapse(longModel.takeaways.join(" ")));
    const answers = slides.flatMap((slide) => (slide.kind === "faq" ? slide.entries : []));
    expect(collapse(answers.map((entry) => entry.answer).join(" "))).toBe(
      collapse(longModel.faq.map((entry) => entry.answer).join(" ")),
    );
    const mission = slides.filter((slide) => slide.kind === "statement");
    const primary = mission
      .map((slide) => (slide.kind === "statement" ? (slide.primary?.text ?? "") : ""))
      .join("")
      .replace(/^“|”$/g, "");
    expect(primary).toBe(longModel.mission.primary?.text);
    const variants = mission.flatMap((slide) => (slide.kind === "statement" ? slide.variants : []));
    expect(variants.map((variant) => variant.text)).toEqual(
      longModel.mission.statements.slice(1).map((statement) => statement.text),
    );
  });

  it("shows a badge where the announced count disagrees with the list", () => {
    const badges = planSlides(tiktokModel).flatMap((slide) =>
      slide.kind === "cards" ? [[slide.title, slide.badge]] : [],
    );
    expect(badges).toEqual([
      ["Pillars", null],
      ["Core values under “TikTok’s Mission Statement Analysis and Vision”", null],
      ["Core values under “TikTok Vision Statement”", null],
      ["Six core values", null],
      ["Three core values", null],
      ["Guiding values", "Announced 4 · lists 5"],
    ]);
    const long = planSlides(longModel).filter((slide) => slide.title.startsWith("Core values"));
    expect(
      long.every((slide) => slide.kind === "cards" && slide.badge === "Announced 8 · lists 9"),
    ).toBe(true);
  });

  it("gives the primary statement large type and lists the other wordings small", () => {
    const [mission] = planSlides(tiktokModel).filter((slide) => slide.kind === "statement");
    expect(mission?.kind === "statement" && mission.primary).toEqual({
      text: "“Inspire creativity and bring joy”",
      step: 0,
      meta: "The one shown is stated most often (3 times) · lines 14, 80, 98",
      flag: "The text gives four different wordings of the mission.",
    });
    expect(mission?.kind === "statement" && mission.variantsLabel).toBe("4 wordings in the source");
    expect(
      mission?.kind === "statement" && mission.variants.map((variant) => variant.where),
    ).toEqual(["line 28", "line 48", "line 88"]);
  });

  it("flags on the slide an FAQ answer and a statement that a finding concerns", () => {
    const slides = planSlides(tiktokModel);
    const vision = slides.find((slide) => slide.title === "Vision");
    expect(vision?.kind === "statement" && vision.primary?.flag).toBe(
      "The text gives five different wordings of the vision.",
    );
    const entries = slides.flatMap((slide) => (slide.kind === "faq" ? slide.entries : []));
    expect(entries.map((entry) => entry.flags.length)).toEqual([0, 0, 1]);
    expect(entries[2]?.flags[0]).toMatch(
      /^The FAQ's answer to “Q3: What are TikTok’s core values\?”/,
    );
  });

  it("tells a statement's own findings in words and counts those flagged on an FAQ slide", () => {
    const flagOf = (model: Model, title: string) => {
      const slide = planSlides(model).find((candidate) => candidate.title === title);
      return slide?.kind === "statement" ? slide.primary?.flag : undefined;
    };
    const withFaqFinding = (keepBody: boolean) => {
      const model = structuredClone(tiktokModel);
      const answer = model.faq[1]?.line ?? 0;
      model.diagnostics = [
        ...model.diagnostics.filter(
          (d) => keepBody || !(d.subject === "vision" && d.ruleId === "conflicting-statements"),
        ),
        {
          ruleId: "faq-disagrees",
          severity: "warning",
          message: "m",
          line: answer,
          column: 1,
          subject: "vision",
        },
      ];
      return model;
    };
    expect(flagOf(withFaqFinding(true), "Vision")).toBe(
      "The text gives five different wordings of the vision. 1 more finding about the vision: see Findings.",
    );
    expect(flagOf(withFaqFinding(false), "Vision")).toBe(
      "1 finding about the vision: see Findings.",
    );
    const clean = structuredClone(tiktokModel);
    clean.diagnostics = clean.diagnostics.filter((d) => d.subject !== "mission");
    expect(flagOf(clean, "Mission")).toBeNull();
  });

  it("opens every slide's speaker notes with talking points and names its source lines last", () => {
    for (const model of [tiktokModel, longModel, bareModel]) {
      for (const slide of planSlides(model)) {
        const talk = slide.notes.slice(0, -1);
        expect(talk.length, slide.title).toBeGreaterThan(0);
        for (const point of talk) expect(point, slide.title).toMatch(/^[A-Z0-9“].*[.”]$/);
        expect(talk.join(" "), slide.title).not.toMatch(/Source:/);
        expect(slide.notes.at(-1)).toMatch(new RegExp(`^Source: ${model.meta.source}( |$)`));
        if (slide.kind !== "cover") {
          expect(slide.lines.length).toBeGreaterThan(0);
          expect(slide.notes.at(-1)).toContain(formatLines(slide.lines));
        }
      }
    }
    const byTitle = new Map(
      planSlides(tiktokModel).map((slide) => [slide.title, slide.notes.at(-1)]),
    );
    expect(byTitle.get("Mission")).toBe("Source: content/tiktok.md lines 14, 28, 48, 80, 88, 98");
    expect(byTitle.get("FAQ")).toBe("Source: content/tiktok.md lines 96, 100, 104");
    const sixValues = planSlides(tiktokModel)[6];
    expect(sixValues?.notes).toEqual([
      "Six core values: Creativity, Diversity, Empowerment, Joy, Authenticity and Community.",
      "6 entries written as a list. The text announces 6 (line 71) and lists 6.",
      "Source: content/tiktok.md lines 71, 73–78",
    ]);
  });

  it("plans every slide to fit its content box by its own measure", () => {
    for (const slide of [...planSlides(tiktokModel), ...planSlides(longModel)]) {
      if (slide.kind === "cover") continue;
      const box = headerLayout(
        slide.kicker,
        slide.title,
        slide.kind === "cards" ? slide.badge : null,
      );
      expect(bodyHeight(slide), slide.title).toBeLessThanOrEqual(box.contentHeight);
    }
  });
});

describe("formatLines", () => {
  it("lists single lines and collapses runs of three or more", () => {
    expect(formatLines([62])).toBe("line 62");
    expect(formatLines([69, 62, 64, 65, 66, 67, 68, 62])).toBe("lines 62, 64–69");
    expect(formatLines([3, 4, 9])).toBe("lines 3, 4, 9");
  });
});
