/**
 * Print breaks of large card grids (more than six cards): a grid breaks only between rows, never
 * leaves a row of one card alone on a page, and its heading stays with its first row. The
 * document repeats a nine- and a twelve-value set after ever longer filler, so some of them meet
 * a page end whatever the fonts; pdf.js says where each card's name and description landed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefPdf } from "../../../src/render/brief/brief-pdf.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { withPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

const ROUNDS = 6;
const SIZES = [7, 9, 10, 12];
/** A set's grid prints three cards a row (brief.css, print). */
const COLUMNS = 3;
const WORDS = ["seven", "nine", "ten", "twelve"];

const filler = (round: number) =>
  Array.from(
    { length: 1 + (round % 4) },
    (_, n) =>
      `Paragraph ${n + 1} of round ${round} says what the company did that year, in plain words and at some length, so that the set after it lands lower on the page each time it comes.`,
  ).join("\n\n");

const name = (round: number, size: number, n: number) => `Value${round}x${size}n${n}`;
const description = (round: number, size: number, n: number) =>
  `Card ${n} of set ${size} in round ${round} says what this value asks of people at work.`;

function document(): string {
  const rounds = Array.from({ length: ROUNDS }, (_, index) => {
    const round = index + 1;
    return SIZES.map((size, which) =>
      [
        `## Values ${round} ${size}`,
        filler(round + which),
        `Acme has ${WORDS[which]} core values in round ${round}:`,
        Array.from(
          { length: size },
          (_, n) => `- **${name(round, size, n + 1)}**: ${description(round, size, n + 1)}`,
        ).join("\n"),
      ].join("\n\n"),
    ).join("\n\n");
  });
  return `---\ntitle: Grids\ncompany: Acme\n---\n\n## Mission\n\nOur mission is to keep things together.\n\n${rounds.join("\n\n")}\n`;
}

// The worker's browser, as the tier's other printing files use (it only prints here): not a
// launch of its own.
let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

/** Each page's text, its items joined as a viewer's search would see them. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ")
          .replace(/\s+/g, " "),
      );
    }
    return texts;
  });
}

describe("large card grids in print", () => {
  it("break only between full rows, strand no single card and keep the heading with its cards", async () => {
    const { model } = await parseContent({ path: "grids.md", value: document() });
    expect(model.valueSets.map((set) => set.values.length)).toEqual(
      Array.from({ length: ROUNDS }, () => SIZES).flat(),
    );
    const html = renderBriefHtml(model, { generatedAt: "2026-01-15" });
    const pdf = await renderBriefPdf(session, model, { html, paper: "A4" });
    const texts = await pageTexts(pdf);
    // The analysis only: the glance shows the names too. Card text is unique to its card.
    const analysisStart = texts.findIndex((text) => text.includes("Our mission is to keep"));
    const pageOf = (needle: string) => {
      const index = texts.findIndex((text, page) => page >= analysisStart && text.includes(needle));
      return index + 1;
    };
    const problems: string[] = [];
    let splitSets = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [which, size] of SIZES.entries()) {
        const set = `round ${round}, ${size} values`;
        const pages = Array.from({ length: size }, (_, n) => {
          const namePage = pageOf(name(round, size, n + 1));
          // Descriptions wrap, so their first words stand for the whole.
          const textPage = pageOf(`Card ${n + 1} of set ${size} in round ${round} says`);
          if (namePage !== textPage)
            problems.push(`${set}: card ${n + 1} split (pages ${namePage}, ${textPage})`);
          return namePage;
        });
        const heading = pageOf(`${WORDS[which]} core values in round ${round}:`);
        if (heading !== pages[0])
          problems.push(`${set}: lead-in on page ${heading}, first card on ${pages[0]}`);
        const perPage = [...new Set(pages)].map((page) => pages.filter((p) => p === page).length);
        if (perPage.length > 1) splitSets += 1;
        // Every page but the set's last holds whole rows, and no page of a split set holds a
        // lone row (its first at a page bottom, or its last at a page top).
        if (perPage.slice(0, -1).some((count) => count % COLUMNS !== 0))
          problems.push(`${set}: a row broken across pages (${perPage.join(" + ")})`);
        if (perPage.length > 1 && perPage.some((count) => count <= COLUMNS))
          problems.push(`${set}: a lone row on a page (${perPage.join(" + ")})`);
      }
    }
    // Some sets met a page end and were split (else this test would prove nothing about splits).
    expect(splitSets).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
