/**
 * Findings for readers: the brief and the deck of the seed tell each finding in plain words; rule
 * ids and `line:column` positions appear only in the brief's "Where each finding comes from".
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { RULE_LIST } from "../../../../src/pipeline/checks/registry.js";
import { countWord } from "../../../../src/pipeline/diagnostics/rule.js";
import { parseContent } from "../../../../src/pipeline/process.js";
import { renderSlidesHtml } from "../../../../src/render/deck/html/render-html.js";
import { planSlides } from "../../../../src/render/deck/plan/plan.js";
import type { Model } from "../../../../src/schema/schema.js";
import { longModel } from "../../../fixtures/models/fixtures.js";
import { part, render, visibleText } from "../../../helpers/brief.js";

const APPENDIX = 'id="brief-notes-diagnostics"';
const POSITION = /\b\d+:\d+\b/;

let model: Model;
let brief: string;
let deck: string;

beforeAll(async () => {
  const value = readFileSync("content/tiktok.md", "utf8");
  model = (await parseContent({ path: "content/tiktok.md", value })).model;
  brief = render(model);
  deck = renderSlidesHtml(model);
});

/** The brief before its appendix of positions, as a reader sees it. */
const readerBrief = () => visibleText(brief.slice(0, brief.indexOf(APPENDIX)));

/** The deck's slides and speaker notes as text (reveal.js's own code left out). */
const deckText = () => {
  const start = deck.indexOf('<div class="slides">');
  const slides = deck.slice(start, deck.indexOf("<script", start));
  return visibleText(slides);
};

describe("findings in plain words", () => {
  it("names no rule id in the reader-facing brief or anywhere in the deck", () => {
    expect(model.diagnostics.length).toBeGreaterThan(0);
    expect(brief).toContain(APPENDIX);
    for (const { id } of RULE_LIST) {
      expect(readerBrief(), id).not.toContain(id);
      expect(deckText(), id).not.toContain(id);
    }
    // The appendix still says where each finding comes from.
    const appendix = brief.slice(brief.indexOf(APPENDIX));
    for (const diagnostic of model.diagnostics) {
      expect(appendix).toContain(diagnostic.ruleId);
      expect(appendix).toContain(`content/tiktok.md:${diagnostic.line}:${diagnostic.column}`);
    }
  });

  it("shows no line:column position outside the appendix", () => {
    expect(readerBrief()).not.toMatch(POSITION);
    expect(deckText()).not.toMatch(POSITION);
  });

  it("tells the seed's warnings to readers and keeps the author's info notes in the appendix", () => {
    const findings = visibleText(part(brief, "findings"));
    for (const which of ["mission", "vision"] as const) {
      const wordings = countWord(model[which].statements.length);
      expect(findings).toContain(`The text gives ${wordings} different wordings of the ${which}.`);
    }
    expect(findings).toContain(
      "The list of values under “TikTok Core Values” is announced as four but names five.",
    );
    expect(findings).not.toContain("may state");
    const warnings = model.diagnostics.filter((d) => d.severity !== "info").length;
    expect(part(brief, "findings").match(/<li class="finding /g)).toHaveLength(warnings);
    expect(part(brief, "notes").match(/<li class="diagnostic"/g)).toHaveLength(
      model.diagnostics.length,
    );
    const slides = planSlides(model).filter((slide) => slide.title.startsWith("Findings"));
    const items = slides.flatMap((slide) => (slide.kind === "list" ? slide.items : []));
    expect(items).toHaveLength(warnings);
    expect(items.join(" ")).not.toContain("may state");
  });

  it("flags the FAQ answers and the statements a finding concerns", () => {
    const pairs = part(brief, "analysis").match(/<div class="faq__pair">[\s\S]*?<\/div>/g) ?? [];
    expect(pairs).toHaveLength(3);
    expect(pairs[0]).not.toContain('class="flag');
    expect(visibleText(pairs[1] ?? "")).toContain(
      "gives a vision that the body of the text never states",
    );
    expect(visibleText(pairs[2] ?? "")).toContain(
      "names values that match none of the value lists",
    );
    // On the glance page a statement's findings are flagged by count, linked to Findings.
    const glance = part(brief, "glance");
    const about = (subject: string) =>
      model.diagnostics.filter((d) => d.severity !== "info" && d.subject === subject).length;
    for (const which of ["mission", "vision"] as const) {
      const n = about(which);
      expect(n).toBeGreaterThan(0);
      expect(glance).toContain(
        `<a class="flag flag--count" href="#brief-findings">${n} ${n === 1 ? "finding" : "findings"}</a>`,
      );
    }
  });

  it("gives every rule a reader sentence without an instruction, id or position", () => {
    for (const rule of RULE_LIST) {
      const sentence = rule.reader(
        { ruleId: rule.id, severity: rule.severity, message: "", line: 3, column: 7 },
        model,
      );
      expect(sentence, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(sentence, rule.id).not.toMatch(POSITION);
      expect(sentence, rule.id).not.toMatch(/\b(make|write|set|keep) /i);
      expect(sentence, rule.id).not.toContain(rule.id);
    }
  });

  it("continues the findings on numbered slides when they are many", () => {
    const slides = planSlides(longModel).filter((slide) => slide.title.startsWith("Findings"));
    const items = slides.flatMap((slide) => (slide.kind === "list" ? slide.items : []));
    expect(items.length).toBe(longModel.diagnostics.filter((d) => d.severity !== "info").length);
    if (slides.length > 1)
      expect(slides.at(-1)?.title).toBe(`Findings (${slides.length}/${slides.length})`);
  });
});
