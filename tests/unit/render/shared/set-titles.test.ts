/** Value sets told apart: one title per set, unique in the document, the same in brief and deck. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../src/pipeline/process.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import { setTitles } from "../../../../src/render/shared/set-titles.js";
import type { Model, ValueSet } from "../../../../src/schema/schema.js";
import { sampleModel } from "../../../fixtures/sample-model.js";
import { part, render, visibleText } from "../../../helpers/brief.js";

async function seed(): Promise<Model> {
  const value = readFileSync("content/tiktok.md", "utf8");
  return (await parseContent({ path: "content/tiktok.md", value })).model;
}

const set = (label: string, extra: Partial<ValueSet> = {}): ValueSet => ({
  label,
  declaredCount: null,
  declaredAt: null,
  values: [{ name: "Care", description: null, line: 3 }],
  line: 3,
  form: "list",
  section: null,
  ...extra,
});

function withSets(...valueSets: ValueSet[]): Model {
  return { ...structuredClone(sampleModel), valueSets, pillars: null };
}

describe("value set titles", () => {
  it("gives each of the seed's five sets its own title, used by the glance, the cards and the slides", async () => {
    const model = await seed();
    const titles = setTitles(model).valueSets.map((t) => t.title);
    expect(new Set(titles).size).toBe(model.valueSets.length);
    expect(titles).toContain("Six core values");
    const glance = part(render(model), "glance");
    const labels = [
      ...glance.matchAll(/class="set-header__label cap" href="#[^"]+">([^<]+)</g),
    ].map((m) => visibleText(m[1] ?? ""));
    expect(labels).toEqual(titles);
    const slideTitles = planSlides(model)
      .filter((slide) => slide.kind === "cards" && slide.title !== "Pillars")
      .map((slide) => slide.title.replace(/ \(\d+\/\d+\)$/, ""));
    expect([...new Set(slideTitles)]).toEqual(titles);
  });

  it("marks the set the text presents as the company's own, and only that one", async () => {
    const model = await seed();
    const own = setTitles(model).valueSets.filter((t) => t.own);
    expect(own.map((t) => t.title)).toEqual(["Six core values"]);
    const html = render(model);
    expect(html.match(/badge--own/g)?.length).toBeGreaterThan(0);
    const slide = planSlides(model).find((s) => s.title === "Six core values");
    expect(slide?.kicker).toBe("TikTok Core Values · TikTok’s own list");
  });

  it("falls back to the heading, then to a number, when label and count are shared", () => {
    const model = withSets(
      set("Core values", { section: "Culture" }),
      set("Core values", { section: "History" }),
      set("Core values", { section: "History" }),
    );
    expect(setTitles(model).valueSets.map((t) => t.title)).toEqual([
      "Core values under “Culture”",
      "Core values under “History” (1 of 2)",
      "Core values under “History” (2 of 2)",
    ]);
  });

  it("keeps a label no other set shares, and reads ownership from the set's lead-in", () => {
    const model = withSets(
      set("Values", { intro: "Critics list these values:" }),
      set("Guiding principles", { intro: "Fern & Field’s guiding principles are:" }),
    );
    expect(setTitles(model).valueSets).toEqual([
      { title: "Values", own: false },
      { title: "Guiding principles", own: true },
    ]);
  });
});
