import { describe, expect, it } from "vitest";
import { VARIANTS } from "../../../src/eval/variants.js";

const doc = `---
title: Marlpit Ropes
---

# About Marlpit Ropes

Our mission is "to make rope that outlives the boat it ties", and we have said so since 1921 when the first walk opened on the quay at Marlpit.

## Our values

- **Patience** – a rope is laid slowly.
- **Thrift** – no fibre wasted.

| Value | Meaning |
| --- | --- |
| Care | we check every coil |
`;

describe("eval variants", () => {
  it("restyled: the same Markdown in remark-stringify's defaults", () => {
    const out = VARIANTS.restyled(doc);
    expect(out).toContain("* **Patience** – a rope is laid slowly.");
    expect(out).toContain("title: Marlpit Ropes");
    expect(out).toContain("| Care  | we check every coil |");
  });

  it("underlined: setext headings, '-' bullets, '__' strong", () => {
    const out = VARIANTS.underlined(doc);
    expect(out).toMatch(/^About Marlpit Ropes\n=+$/m);
    expect(out).toMatch(/^Our values\n-+$/m);
    expect(out).toContain("- __Patience__ – a rope is laid slowly.");
  });

  it("wrapped: paragraph lines of at most 72 characters, headings and cells left whole", () => {
    const out = VARIANTS.wrapped(doc);
    const lines = out.split("\n");
    const paragraph = lines.slice(lines.indexOf("# About Marlpit Ropes") + 2);
    expect(paragraph.slice(0, 3)).toEqual([
      'Our mission is "to make rope that outlives the boat it ties", and we',
      "have said so since 1921 when the first walk opened on the quay at",
      "Marlpit.",
    ]);
    expect(lines.every((line) => line.length <= 72 || line.startsWith("|"))).toBe(true);
  });

  it("straight and curly: quotes folded one way or the other, apostrophes too", () => {
    expect(VARIANTS.straight("It’s “to tie” ‘fast’")).toBe(`It's "to tie" 'fast'`);
    expect(VARIANTS.curly(`It's "to tie" and 'fast'\n`)).toBe("It’s “to tie” and ‘fast’\n");
  });

  it("bold-titles and plain-titles: headings below the title as lines of their own", () => {
    const bold = VARIANTS["bold-titles"](doc);
    expect(bold).toContain("# About Marlpit Ropes\n");
    expect(bold).toContain("\n**Our values**\n\n- **Patience**");
    expect(bold).not.toContain("## ");
    const plain = VARIANTS["plain-titles"](doc);
    expect(plain).toContain("\nOur values\n\n- **Patience**");
    expect(plain).toContain("title: Marlpit Ropes");
  });

  it("bare: no front matter, its title the first heading unless the page has one", () => {
    expect(VARIANTS.bare(doc)).toMatch(/^# About Marlpit Ropes\n\nOur mission/);
    const untitled = "---\ntitle: Marlpit Ropes\ncompany: Marlpit\n---\n\nWe make rope.\n";
    expect(VARIANTS.bare(untitled)).toBe("# Marlpit Ropes\n\nWe make rope.\n");
    expect(VARIANTS.bare("We make rope.\n")).toBe("We make rope.\n");
  });

  it("imported: published as a page and read back by the import, the site's chrome left behind", () => {
    // The shared page, with emphasis, a quote and an FAQ added.
    const page = `${doc.replace(
      "on the quay at Marlpit.",
      "on the quay at Marlpit. We lay every coil by hand and *never* by the clock.",
    )}
> A rope is only as strong as the hands that laid it.

## FAQ

### Who owns Marlpit Ropes?

The families who walk the ropes, since 1921.
`;
    const out = VARIANTS.imported(page);
    // The title heading first, then the body; no front matter.
    expect(out).toMatch(/^# About Marlpit Ropes\n\nOur mission is "to make rope/);
    expect(out).not.toContain("title: Marlpit Ropes");
    expect(out).toMatch(/^## Our values$/m);
    expect(out).toContain("- **Patience** – a rope is laid slowly.");
    expect(out).toContain("- **Thrift** – no fibre wasted.");
    expect(out).toMatch(/^\| Value +\| Meaning +\|$/m);
    expect(out).toMatch(/^\| Care +\| we check every coil \|$/m);
    expect(out).toContain("> A rope is only as strong as the hands that laid it.");
    expect(out).toContain("_never_ by the clock");
    expect(out).toMatch(/^## FAQ\n\n### Who owns Marlpit Ropes\?\n\nThe families who walk/m);
    // The page's navigation, newsletter box and footer are not the article's.
    for (const chrome of [
      "Careers",
      "Contact",
      "Subscribe",
      "newsletter",
      "Stay in the loop",
      "©",
      "Privacy",
      "Company site",
    ])
      expect(out).not.toContain(chrome);
    expect(out.endsWith("\n")).toBe(true);
  });

  it("imported: HTML written in the Markdown (an accordion) is published as it is", () => {
    const accordion =
      "# Marlpit FAQ\n\nWe answer the questions we hear most on the quay at Marlpit, one at a time.\n\n<details>\n<summary>Do you ship abroad?</summary>\n\nYes, by sea, in coils of up to two hundred metres each.\n\n</details>\n";
    const out = VARIANTS.imported(accordion);
    expect(out).toMatch(/^### Do you ship abroad\?\n\nYes, by sea/m);
  });
});
