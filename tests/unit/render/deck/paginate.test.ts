/** Pagination and text splitting: nothing lost, nothing reordered, every part within budget. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginate, splitText } from "../../../../src/render/deck/plan/paginate.js";

describe("paginate", () => {
  it("balances pages by count when balanced pages still fit", () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7, 8, 9], (page) => page.length <= 6);
    expect(pages).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9],
    ]);
  });

  it("keeps greedy pages when balancing would overflow", () => {
    const sizes = [1, 1, 1, 7];
    const fits = (page: number[]) => page.reduce((a, b) => a + b, 0) <= 7;
    expect(paginate(sizes, fits)).toEqual([[1, 1, 1], [7]]);
  });

  it("returns every item once, in order, on pages that fit", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 40 }), (sizes) => {
        const fits = (page: number[]) => page.reduce((a, b) => a + b, 0) <= 12;
        const pages = paginate(sizes, fits);
        expect(pages.flat()).toEqual(sizes);
        for (const page of pages) expect(page.length).toBeGreaterThan(0);
        for (const page of pages) expect(fits(page)).toBe(true);
      }),
    );
  });
});

describe("splitText", () => {
  it("cuts between sentences first", () => {
    const text = "One two three. Four five six. Seven eight nine.";
    expect(splitText(text, (part) => part.length <= 30)).toEqual([
      "One two three. Four five six.",
      "Seven eight nine.",
    ]);
  });

  it("loses no word and keeps parts within budget unless a single word is too long", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}[.!?]?$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 5, max: 80 }),
        (words, budget) => {
          const text = words.join(" ");
          const parts = splitText(text, (part) => part.length <= budget);
          expect(parts.join(" ")).toBe(text);
          for (const part of parts) {
            expect(part.length <= budget || !part.includes(" ")).toBe(true);
          }
        },
      ),
    );
  });
});
