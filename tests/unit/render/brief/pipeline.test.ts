/** The brief drawn from the real pipeline's model of content/tiktok.md. */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseContent } from "../../../../src/pipeline/process.js";
import type { Model } from "../../../../src/schema/schema.js";
import { part, render } from "../../../helpers/brief.js";

let model: Model;
let html: string;

beforeAll(async () => {
  const value = readFileSync(new URL("../../../../content/tiktok.md", import.meta.url), "utf8");
  ({ model } = await parseContent({ path: "content/tiktok.md", value }));
  html = render(model);
});

describe("brief of content/tiktok.md", () => {
  it("contains every prose block of every section, in order", () => {
    const analysis = part(html, "analysis");
    let from = 0;
    for (const section of model.sections) {
      for (const block of section.blocks) {
        if (block.type !== "prose") continue;
        const at = analysis.indexOf(block.html, from);
        expect(at, `prose at line ${block.line}`).toBeGreaterThan(-1);
        from = at + block.html.length;
      }
    }
  });

  it("draws a card for every value of every set, and every diagnostic in the notes", () => {
    const analysis = part(html, "analysis");
    const cards = analysis.match(/<li class="card">/g) ?? [];
    const values = model.valueSets.reduce((sum, set) => sum + set.values.length, 0);
    expect(cards).toHaveLength(values + (model.pillars?.values.length ?? 0));
    const notes = part(html, "notes");
    expect(notes.match(/<li class="diagnostic"/g)).toHaveLength(model.diagnostics.length);
  });

  it("stays self-contained", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|file:|\/\/)/i);
  });
});
