/**
 * Item 11 of issue #14: content headings cannot take the brief's own ids. Headings whose slugs
 * are exactly the brief's part, value-set and source-note ids ("Brief notes" → brief-notes…),
 * plus a footnote: every id in the brief is unique, the brief's own links reach the brief's own
 * parts, and the contents and prose links still reach the content sections.
 */
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";

const HOSTILE_HEADINGS = [
  "Brief glance",
  "Brief contents",
  "Brief analysis",
  "Brief notes",
  "Brief notes diagnostics",
  "Brief notes mission",
  "Brief values 1",
  "Brief pillars",
  "Footnote label",
];

const DOC = `---
title: Acme
company: Acme
---

# Acme

## Mission

Our mission is to make anvils.[^1] See [the values](#values).

## Values

- **Care**: we check every weld.
- **Candour**: we say what we do not know.

${HOSTILE_HEADINGS.map((h) => `## ${h}\n\nText under ${h}.\n`).join("\n")}
[^1]: A footnote.
`;

describe("content heading ids", () => {
  it("never collide with the brief's own ids", async () => {
    const { model } = await parseContent({ path: "ids.md", value: DOC });
    const html = renderBriefHtml(model);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    // The brief's own parts still carry their ids, and hold the brief's parts, not content.
    expect(html).toMatch(/<h2 class="part__title" id="brief-notes"/);
    expect(html).toMatch(/<h2 class="part__title" id="brief-glance"/);
    // Every in-brief link lands on an id of the brief.
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(HOSTILE_HEADINGS.length);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
    // The author's link to a section still points at that section's heading.
    const values = model.sections.find((s) => s.heading === "Values");
    expect(html).toContain(`href="#content-${values?.slug}"`);
    expect(html).toContain(`class="section__title" id="content-${values?.slug}"`);
  });
});
