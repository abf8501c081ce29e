/** A value set's cards in bands of whole printed rows: a page breaks only between bands. */
import { describe, expect, it } from "vitest";
import { valueSetView } from "../../../../src/render/brief/value-sets.js";
import type { ValueSet } from "../../../../src/schema/schema.js";
import { render, variant } from "../../../helpers/brief.js";

const setOf = (size: number): ValueSet => ({
  label: "core values",
  declaredCount: null,
  declaredAt: null,
  values: Array.from({ length: size }, (_, n) => ({
    name: `value ${n + 1}`,
    description: null,
    line: n + 1,
  })),
  line: 1,
  form: "list",
  section: null,
});

const bandSizes = (size: number) =>
  valueSetView(setOf(size), "id", "values", { title: "Core values", own: false }, "c.md").bands.map(
    (band) => band.length,
  );

describe("card bands", () => {
  it("keeps up to nine cards in one band and never ends on a band of one row", () => {
    expect([1, 6, 7, 9].map(bandSizes)).toEqual([[1], [6], [7], [9]]);
    expect([10, 12, 13, 15, 16].map(bandSizes)).toEqual([
      [6, 4],
      [6, 6],
      [6, 7],
      [6, 9],
      [6, 6, 4],
    ]);
  });

  it("draws each band as a grid of its own, in order, and marks a banded set", () => {
    const html = render(
      variant((model) => {
        const [first] = model.valueSets;
        if (first) model.valueSets[0] = { ...first, values: setOf(10).values };
      }),
    );
    const figure = html.slice(html.indexOf('id="brief-values-1"') - 200);
    const set = figure.slice(0, figure.indexOf("</figure>"));
    expect(set).toContain("value-set--banded");
    const grids = [...set.matchAll(/<ul class="cards">([\s\S]*?)<\/ul>/g)].map((grid) =>
      [...(grid[1] ?? "").matchAll(/card__name">([^<]*)</g)].map((name) => name[1]),
    );
    expect(grids).toEqual([
      ["Value 1", "Value 2", "Value 3", "Value 4", "Value 5", "Value 6"],
      ["Value 7", "Value 8", "Value 9", "Value 10"],
    ]);
  });
});
