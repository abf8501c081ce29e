/**
 * The brief's page guess comes from `.credo-cache.json`, a file anyone who can write the output
 * folder can edit: only a map of ids to whole page numbers is taken as a guess (and the print
 * still checks it, see tests/browser/output/page-guess.test.ts).
 */
import { describe, expect, it } from "vitest";
import { type CacheEntry, pagesGuess } from "../../../src/output/cache.js";

const entry = (pages: unknown) => ({ keys: {}, diagnostics: [], pages }) as unknown as CacheEntry;

describe("pagesGuess", () => {
  it("reads the pages an entry recorded", () => {
    expect(pagesGuess(entry({ "brief-glance": 2, "content-mission": 4 }))).toEqual(
      new Map([
        ["brief-glance", 2],
        ["content-mission", 4],
      ]),
    );
  });

  it("takes nothing else for a guess", () => {
    expect(pagesGuess(undefined)).toBeUndefined();
    expect(pagesGuess(entry(undefined))).toBeUndefined();
    expect(pagesGuess(entry(null))).toBeUndefined();
    expect(pagesGuess(entry("2"))).toBeUndefined();
    expect(pagesGuess(entry({ "brief-glance": "2" }))).toBeUndefined();
    expect(pagesGuess(entry({ "brief-glance": 2.5 }))).toBeUndefined();
    expect(pagesGuess(entry({ "brief-glance": 0 }))).toBeUndefined();
  });
});
