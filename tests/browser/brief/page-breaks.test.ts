/**
 * Print breaks: a small card grid stays on one page, and a lead-in ("… includes:") stays on the
 * page of its list's first item. The document repeats a lead-in and a value set after ever longer
 * filler, so some of them land at a page bottom whatever the fonts; pdf.js says where each landed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefPdf } from "../../../src/render/brief/brief-pdf.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { withPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

const ROUNDS = 16;
const NAMES = ["Alder", "Birch", "Cedar", "Damson"];

const filler = (round: number) =>
  Array.from(
    { length: 2 + (round % 5) },
    (_, n) =>
      `Paragraph ${n + 1} of round ${round} says what the company did that year, in plain words and at some length, so that what follows lands lower on the page each time.`,
  ).join("\n\n");

function document(): string {
  const rounds = Array.from({ length: ROUNDS }, (_, index) => {
    const round = index + 1;
    return [
      `## Plans ${round}`,
      filler(round),
      `The plan for region ${round} includes:`,
      `- first step for region ${round}\n- second step for region ${round}\n- third step for region ${round}`,
      `## Values ${round}`,
      `Acme has four core values in region ${round}:`,
      NAMES.map(
        (name) =>
          `- **${name} ${round}**: what ${name.toLowerCase()} means in region ${round}, in one sentence.`,
      ).join("\n"),
    ].join("\n\n");
  });
  return `---\ntitle: Breaks\ncompany: Acme\n---\n\n## Mission\n\nOur mission is to keep things together.\n\n${rounds.join("\n\n")}\n`;
}

/** A card's description: only the analysis shows it (the glance shows names). */
const card = (name: string, round: number) =>
  `what ${name.toLowerCase()} means in region ${round},`;

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

/** The page (1-based) whose text holds `needle`, for each needle. */
async function pagesOf(pdf: Uint8Array, needles: string[]): Promise<Map<string, number>> {
  return withPdf(pdf, async (doc) => {
    const found = new Map<string, number>();
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " ");
      for (const needle of needles)
        if (text.includes(needle) && !found.has(needle)) found.set(needle, n);
    }
    return found;
  });
}

describe("print breaks", () => {
  it("strands no lead-in and splits no small card grid at a page bottom", async () => {
    const { model } = await parseContent({ path: "breaks.md", value: document() });
    expect(model.valueSets).toHaveLength(ROUNDS);
    const html = renderBriefHtml(model, { generatedAt: "2026-01-15" });
    const pdf = await renderBriefPdf(session, model, { html, paper: "A4" });
    const rounds = Array.from({ length: ROUNDS }, (_, index) => index + 1);
    const needles = rounds.flatMap((round) => [
      `region ${round} includes:`,
      `first step for region ${round}`,
      `four core values in region ${round}:`,
      ...NAMES.map((name) => card(name, round)),
    ]);
    const pages = await pagesOf(pdf, needles);
    const strays: string[] = [];
    const spread = new Set<number>();
    for (const round of rounds) {
      const leadIn = pages.get(`region ${round} includes:`);
      const first = pages.get(`first step for region ${round}`);
      if (leadIn !== first) strays.push(`lead-in ${round} on page ${leadIn}, its list on ${first}`);
      const cards = NAMES.map((name) => pages.get(card(name, round)));
      if (new Set(cards).size !== 1)
        strays.push(`cards of round ${round} on pages ${cards.join(", ")}`);
      const announced = pages.get(`four core values in region ${round}:`);
      if (announced !== cards[0])
        strays.push(`set lead-in ${round} on page ${announced}, its cards on ${cards[0]}`);
      spread.add(first ?? 0);
    }
    // The rounds span many pages, so some lead-ins and grids met a page end.
    expect(spread.size).toBeGreaterThan(5);
    expect(strays).toEqual([]);
  });
});
