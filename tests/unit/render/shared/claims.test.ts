/**
 * True claims: the brief and the deck, built from the same model, show the same numbers, and
 * neither calls a wording "most frequent" unless it is stated more often than every other.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../src/pipeline/process.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import { planCards } from "../../../../src/render/deck/plan/plan-cards.js";
import { statementClaim } from "../../../../src/render/shared/claims.js";
import { setTitles } from "../../../../src/render/shared/set-titles.js";
import type { Model, Statement, StatementGroup } from "../../../../src/schema/schema.js";
import { part, render, visibleText } from "../../../helpers/brief.js";

async function seed(): Promise<Model> {
  const value = readFileSync("content/tiktok.md", "utf8");
  return (await parseContent({ path: "content/tiktok.md", value })).model;
}

const said = (text: string, lines: number[]): Statement => ({
  text,
  occurrences: lines.map((line) => ({ line, column: 1, section: null })),
});

function group(...statements: Statement[]): StatementGroup {
  return { primary: statements[0] ?? null, statements };
}

/** The visible text of each `<section class="statement">` on the glance page, in order. */
function statementBlocks(html: string): string[] {
  return [
    ...part(html, "glance").matchAll(/<section class="statement">([\s\S]*?)<\/section>/g),
  ].map((match) => visibleText(match[1] ?? ""));
}

const numbers = (text: string): number[] => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));

describe("claims shared by the brief and the deck", () => {
  it("shows the same wording counts for mission and vision in both formats", async () => {
    const model = await seed();
    const html = render(model);
    const slides = planSlides(model);
    const blocks = statementBlocks(html);
    for (const [index, which] of (["mission", "vision"] as const).entries()) {
      const wordings = model[which].statements.length;
      const slide = slides.find((s) => s.kind === "statement" && s.title === capital(which));
      const label = slide?.kind === "statement" ? slide.variantsLabel : null;
      expect(label).toBe(`${wordings} wordings in the source`);
      expect(blocks[index]).toContain(`${wordings} wordings in the source`);
      // Every number in the brief's note is one the deck shows too.
      // The note's own numbers (a count of findings flagged beside it is not about wordings).
      const note = (blocks[index]?.split(model[which].primary?.text ?? "").at(-1) ?? "").replace(
        /\d+ findings?$/,
        "",
      );
      const deckText = slide?.kind === "statement" ? `${label} ${slide.primary?.meta}` : "";
      expect(numbers(note).length).toBeGreaterThan(0);
      for (const n of numbers(note)) expect(numbers(deckText)).toContain(n);
    }
    // The seed words both several ways (the exact numbers follow the reader).
    expect(model.mission.statements.length).toBeGreaterThan(2);
    expect(model.vision.statements.length).toBeGreaterThan(2);
  });

  it("counts every value set alike: listed values, announced count, badge", async () => {
    const model = await seed();
    const glance = part(render(model), "glance");
    const sets = [...glance.matchAll(/<div class="glance-set">([\s\S]*?)<\/ul>\s*<\/div>/g)].map(
      (match) => visibleText(match[1] ?? ""),
    );
    expect(sets).toHaveLength(model.valueSets.length);
    for (const [index, set] of model.valueSets.entries()) {
      const title = setTitles(model).valueSets[index] ?? { title: "", own: false };
      const slides = planCards(model, set, title);
      const cards = slides.flatMap((slide) => slide.cards);
      const listed = cards.filter((card) => !card.name.endsWith("(continued)")).length;
      expect(sets[index]).toContain(`${listed} ${listed === 1 ? "value" : "values"}`);
      expect(listed).toBe(set.values.length);
      const badge = slides[0]?.badge;
      if (badge) expect(sets[index]).toContain(badge);
      else expect(sets[index]).not.toContain("Announced");
    }
    expect(sets.filter((text) => text.includes("Announced 4 · lists 5"))).toHaveLength(1);
  });

  it("never calls the seed's vision the most frequent: its wordings are each stated once", async () => {
    const model = await seed();
    expect(model.vision.statements.every((s) => s.occurrences.length === 1)).toBe(true);
    const vision = statementBlocks(render(model))[1] ?? "";
    expect(vision).toContain("each is stated once; the one shown comes first");
    expect(vision).not.toMatch(/most (often|frequent)/);
    const slide = planSlides(model).find((s) => s.kind === "statement" && s.title === "Vision");
    const deckText = slide?.kind === "statement" ? [slide.primary?.meta, ...slide.notes] : [];
    expect(deckText.join(" ")).not.toMatch(/most (often|frequent)/);
    expect(deckText.join(" ")).toContain("Each is stated once");
  });
});

describe("statementClaim", () => {
  it("says most often only when the wording shown beats every other", () => {
    const claim = statementClaim(group(said("a", [1, 5, 9]), said("b", [2]), said("c", [3, 4])));
    expect(claim.standing).toBe("most-often");
    expect(claim.choice).toBe("the one shown is stated most often (3 times)");
    expect(claim.count).toBe("3 wordings in the source");
  });

  it("names a tie as a tie and a set of single mentions as such", () => {
    expect(statementClaim(group(said("a", [1, 5]), said("b", [2, 7]))).choice).toBe(
      "the one shown is stated twice, as often as another, and comes first",
    );
    expect(statementClaim(group(said("a", [1]), said("b", [2]))).standing).toBe("each-once");
  });

  it("claims nothing for a single wording or none", () => {
    expect(statementClaim(group(said("a", [1, 2]))).count).toBeNull();
    expect(statementClaim(group()).choice).toBeNull();
  });
});

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
