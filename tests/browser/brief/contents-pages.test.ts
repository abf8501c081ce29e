/**
 * The printed Contents gives each entry the page its heading landed on: read back from the PDF
 * with pdf.js (its text positions and named destinations), independently of destinations.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../../src/browser/session.js";
import { renderBriefPdf } from "../../../src/render/brief/brief-pdf.js";
import type { PageNumbers } from "../../../src/render/brief/destinations.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { sampleModel } from "../../fixtures/sample-model.js";
import { withPdf } from "../../helpers/pdf-inspect.js";
import { sharedBrowser } from "../../helpers/shared-browser.js";

let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});

interface Line {
  y: number;
  text: string;
}

/** The contents page's lines (items sharing a baseline), top to bottom. */
async function contentsLines(
  pdf: Uint8Array,
): Promise<{ lines: Line[]; pageOf: Map<string, number> }> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(3);
    const content = await page.getTextContent();
    const byY = new Map<number, { x: number; str: string }[]>();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5] as number);
      byY.set(y, [...(byY.get(y) ?? []), { x: item.transform[4] as number, str: item.str }]);
    }
    const lines = [...byY]
      .sort(([a], [b]) => b - a)
      .map(([y, items]) => ({
        y,
        text: items
          .sort((a, b) => a.x - b.x)
          .map((item) => item.str.trim())
          .join(" "),
      }));
    const pageOf = new Map<string, number>();
    for (const [id, dest] of Object.entries(await doc.getDestinations())) {
      pageOf.set(id, (await doc.getPageIndex(dest[0])) + 1);
    }
    return { lines, pageOf };
  });
}

/** The Contents' page number of each part, section and set, and the page it really starts on. */
async function contentsNumbers(pdf: Uint8Array) {
  const { lines, pageOf } = await contentsLines(pdf);
  const expected: [title: string, id: string][] = [
    ["At a glance", "brief-glance"],
    ["The analysis", "brief-analysis"],
    ["Findings", "brief-findings"],
    ["Source notes", "brief-notes"],
    ...sampleModel.sections.map((section): [string, string] => [
      section.heading,
      `content-${section.slug}`,
    ]),
  ];
  const numbers = new Map(
    lines.flatMap((line) => {
      const entry = /^(?:\d\d )?(.+) (\d+)$/.exec(line.text);
      return entry ? [[entry[1], Number(entry[2])] as const] : [];
    }),
  );
  return expected.map(([title, id]) => ({
    title,
    id,
    printed: numbers.get(title),
    landed: pageOf.get(id),
  }));
}

function expectRightNumbers(entries: Awaited<ReturnType<typeof contentsNumbers>>) {
  for (const { title, id, printed, landed } of entries) {
    expect(landed, id).toBeGreaterThanOrEqual(2);
    expect(printed, title).toBe(landed);
  }
}

const html = (pages?: PageNumbers) =>
  renderBriefHtml(sampleModel, { generatedAt: "2026-01-15", pages });

/** The sample's brief printed with `guess` (if any): the PDF, its prints and where it landed. */
async function printed(guess?: PageNumbers) {
  let prints = 0;
  let landed: PageNumbers = new Map();
  const counting: BrowserSession = {
    ...session,
    pdf: (page, options) => {
      prints++;
      return session.pdf(page, options);
    },
  };
  const pdf = await renderBriefPdf(counting, sampleModel, {
    html: html(),
    paper: "A4",
    numbered: html,
    guess,
    landed: (pages) => {
      landed = pages;
    },
  });
  return { pdf, prints, landed };
}

describe("the printed Contents", () => {
  it("prints the page each part, section and set starts on", async () => {
    expectRightNumbers(await contentsNumbers((await printed()).pdf));
  });

  it("prints once on a first build (pages from its layout) and once with the last print's pages", async () => {
    const first = await printed();
    expect(first.prints).toBe(1);
    expect(first.landed.get("brief-notes")).toBeGreaterThanOrEqual(2);

    const again = await printed(first.landed);
    expect(again.prints).toBe(1);
    const numbers = await contentsNumbers(again.pdf);
    expectRightNumbers(numbers);
    expect(numbers).toEqual(await contentsNumbers(first.pdf));
  });

  it("prints the right numbers from a wrong guess, and lays out a guess for other anchors", async () => {
    const right = (await printed()).landed;
    // The same anchors, each a page later: printed, found wrong, printed again.
    const wrong = await printed(new Map([...right].map(([id, page]) => [id, page + 1])));
    expect(wrong.prints).toBe(2);
    expectRightNumbers(await contentsNumbers(wrong.pdf));

    // Pages of another brief (two anchors): not worth a print; laid out instead, printed once.
    const stale = await printed(
      new Map([
        ["brief-glance", 7],
        ["brief-findings", 1],
      ]),
    );
    expect(stale.prints).toBe(1);
    expectRightNumbers(await contentsNumbers(stale.pdf));
  });
});
