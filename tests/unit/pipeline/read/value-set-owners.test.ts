/** Value lists that belong to someone else (a listicle's entries) or are steps, not values. */
import { describe, expect, it } from "vitest";
import { valueSetNames as sets } from "../../../helpers/pipeline.js";

const LISTICLE = [
  "# Five Charity Values Examples",
  "",
  "We collected values from small charities we admire.",
  "",
  "## The examples",
  "",
  "### 1. Moorside Food Share",
  "",
  "Moorside's values are short: dignity, thrift and welcome.",
  "",
  "### 2. Ashbrook Carers (a respite service)",
  "",
  "The service lists three values:",
  "",
  "- Rest",
  "- Respect",
  "- Routine",
  "",
  "### 3. Tallow Lane Library",
  "",
  "Tallow Lane, a volunteer library, keeps two values: quiet and curiosity.",
  "",
  "### 4. Fenwick Rowing Club",
  "",
  "Fenwick says it values effort, timing and tea.",
  "",
  "## About us",
  "",
  "Oarlock writes software for charities. We live by three values of our own: candour, care and craft.",
  "",
].join("\n");

describe("value lists that are not the company's", () => {
  it("drops the sets of the organisations a listicle's numbered entries are about", async () => {
    expect(await sets(LISTICLE)).toEqual([["candour", "care", "craft"]]);
  });

  it("drops them when the entries are the page's numbered sections", async () => {
    const body = LISTICLE.replace(/### /g, "## ").replace("## The examples\n\n", "");
    expect(await sets(body)).toEqual([["candour", "care", "craft"]]);
  });

  it("drops them when the entries' headings are not numbered", async () => {
    const body = LISTICLE.replace(/### \d\. /g, "### ");
    expect(await sets(body)).toEqual([["candour", "care", "craft"]]);
  });

  it("keeps unnumbered value headings described by an apposition", async () => {
    const body =
      "## Our values\n\n### Curiosity\n\nCuriosity, the urge to ask why, comes first.\n\n### Thrift\n\nThrift, a habit from the war years, stays.\n\n### Candour\n\nCandour, the plain word, wins.\n";
    expect(await sets(body)).toEqual([["Curiosity", "Thrift", "Candour"]]);
  });

  it("keeps numbered value headings that no text treats as organisations", async () => {
    const body =
      "## Our principles\n\n### 1. Patience\n\nPatience means waiting for the right wood.\n\n### 2. Thrift\n\nThrift, for us, is wasting nothing.\n\n### 3. Candour\n\nCandour is saying what we see.\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift", "Candour"]]);
  });

  it("reads the imperative steps of a how-to section as steps, not values", async () => {
    const body =
      "## Our values\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## How to hire for values\n\n1. Ask every candidate for a story about each value, and write it down\n2. Score the stories before you compare notes with the panel\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });

  it("reads short headings under 'How we behave' as values", async () => {
    const body =
      "## How we behave\n\n### Candour\n\nWe say what we see.\n\n### Thrift\n\nWe waste nothing.\n\n### Care for the lane\n\nWe sweep it every morning.\n";
    expect(await sets(body)).toEqual([["Candour", "Thrift", "Care for the lane"]]);
  });

  it("does not read numbered steps under 'How we work' as values", async () => {
    const body =
      "## How we work\n\n### 1. Survey\n\nWe visit the site.\n\n### 2. Quote\n\nA fixed price.\n\n### 3. Build\n\nTen weeks on average.\n";
    expect(await sets(body)).toEqual([]);
  });
});
