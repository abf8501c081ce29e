/**
 * Flags in the analysis beside the paragraphs that state the mission or vision, when a finding
 * concerns those statements: which wording each paragraph gives, in reader words.
 */
import { describe, expect, it } from "vitest";
import { part, render, variant } from "../../../helpers/brief.js";

/** Each prose paragraph of the analysis (its text) with the flags printed right after it. */
function paragraphFlags(html: string): { text: string; flags: string[] }[] {
  const analysis = part(html, "analysis");
  return [
    ...analysis.matchAll(
      /<div class="prose">([\s\S]*?)<\/div>(\s*<ul class="flags">[\s\S]*?<\/ul>)?/g,
    ),
  ].map((match) => ({
    text: (match[1] ?? "").replace(/<[^>]+>/g, ""),
    flags: [...(match[2] ?? "").matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map(
      (flag) => `${flag[2]} (#${flag[1]})`,
    ),
  }));
}

const flagsOf = (html: string, start: string) =>
  paragraphFlags(html).find((paragraph) => paragraph.text.startsWith(start))?.flags;

describe("statement flags in the analysis", () => {
  const html = render();

  it("says beside each paragraph which of the mission's wordings it gives, linked to the finding", () => {
    // The sample's only reader finding about the mission is its second wording (the first in source order).
    expect(flagsOf(html, "Our mission is to get more people outside")).toEqual([
      "The mission as shown at a glance, one of two wordings in the text. (#brief-finding-1)",
    ]);
    expect(flagsOf(html, "The sustainability report puts it differently")).toEqual([
      "Another wording of the mission, one of two in the text. (#brief-finding-1)",
    ]);
  });

  it("flags no paragraph without a statement, nor a statement no finding concerns", () => {
    const flagged = paragraphFlags(html).filter((paragraph) => paragraph.flags.length > 0);
    expect(flagged.map((paragraph) => paragraph.text.slice(0, 30))).toEqual([
      "Our mission is to get more peo",
      "The sustainability report puts",
    ]);
    // The vision has one wording and no finding.
    expect(flagsOf(html, "The company envisions a world")).toEqual([]);
  });

  it("flags nothing when no finding concerns the statements", () => {
    const quiet = render(
      variant((model) => {
        model.diagnostics = model.diagnostics.filter((d) => d.ruleId !== "conflicting-statements");
      }),
    );
    expect(paragraphFlags(quiet).flatMap((paragraph) => paragraph.flags)).toEqual([]);
    expect(paragraphFlags(quiet).length).toBe(paragraphFlags(html).length);
  });

  it("says so when one paragraph gives both wordings", () => {
    const both = render(
      variant((model) => {
        const second = model.mission.statements[1];
        if (second) second.occurrences = [{ line: 18, column: 40, section: "Mission Statement" }];
      }),
    );
    expect(flagsOf(both, "Our mission is to get more people outside")).toEqual([
      "Both of the text’s wordings of the mission. (#brief-finding-1)",
    ]);
    expect(flagsOf(both, "The sustainability report puts it differently")).toEqual([]);
  });
});
