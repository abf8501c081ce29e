/**
 * Property: whatever Markdown comes in — random text, or documents built from the pieces the
 * extractors look for mixed with hostile HTML, links, YAML and template syntax — the pipeline
 * never throws, its model passes the schema, and no prose block carries script, a `javascript:`
 * URL or an event-handler attribute. `FUZZ_RUNS` sets the number of runs per property.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { Model } from "../../../src/schema/schema.js";
import { arbitraryText, HOSTILE, markdownDocument } from "./markdown.js";

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
/** Room for slow, loaded machines and for long FUZZ_RUNS campaigns. */
const timeout = 60_000 + numRuns * 300;

async function holds(value: string): Promise<void> {
  const { model } = await parseContent({ path: "fuzz.md", value });
  Model.parse(model);
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.type !== "prose") continue;
      // Text content has "<" escaped, so every "<" left in the HTML opens a real tag.
      expect(block.html).not.toMatch(/<script/i);
      expect(block.html).not.toMatch(/<[^>]*javascript:/i);
      expect(block.html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(block.html).not.toMatch(/<(img|iframe|svg)\b/i);
    }
  }
}

describe("pipeline properties", () => {
  it(
    "holds for arbitrary text",
    async () => {
      await fc.assert(fc.asyncProperty(arbitraryText, holds), { numRuns });
    },
    timeout,
  );

  it(
    "holds for structured Markdown with hostile pieces",
    async () => {
      await fc.assert(fc.asyncProperty(markdownDocument, holds), { numRuns });
    },
    timeout,
  );

  it("generates documents the extractors read, so the properties exercise them", async () => {
    const docs = fc.sample(markdownDocument, { numRuns: 80, seed: 7 });
    const models = await Promise.all(
      docs.map(async (value) => (await parseContent({ path: "fuzz.md", value })).model),
    );
    const count = (test: (m: Model) => boolean) => models.filter(test).length;
    expect(count((m) => m.mission.statements.length > 0)).toBeGreaterThan(5);
    expect(count((m) => m.vision.statements.length > 0)).toBeGreaterThan(5);
    expect(count((m) => m.valueSets.length > 0)).toBeGreaterThan(5);
    expect(count((m) => m.pillars !== null)).toBeGreaterThan(0);
    expect(count((m) => m.faq.length > 0)).toBeGreaterThan(0);
    expect(count((m) => m.diagnostics.some((d) => d.ruleId === "count-mismatch"))).toBeGreaterThan(
      0,
    );
    expect(count((m) => !m.diagnostics.some((d) => d.ruleId === "front-matter"))).toBeGreaterThan(
      5,
    );
    // Hostile pieces reach prose blocks' source text, and the HTML check above sees them.
    const hostileProse = models.flatMap((m) =>
      m.sections.flatMap((s) =>
        s.blocks.filter((b) => b.type === "prose" && HOSTILE.some((h) => b.text.includes(h))),
      ),
    );
    expect(hostileProse.length).toBeGreaterThan(10);
  });
});
