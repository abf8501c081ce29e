/**
 * Fuzzing the whole path to HTML: generated Markdown (the pipeline property test's documents,
 * plus raw HTML, SVG, MathML, CSS, comment tricks and links of every scheme, and hostile front
 * matter fields) → parseContent → renderBriefHtml, renderSlidesHtml and (fewer runs) renderPptx.
 * Whatever comes in: no unexpected exception, a schema-valid model, a brief with no script,
 * handler, loading element or loaded URL, a deck whose only scripts are Credo's own, and a PPTX
 * of well-formed XML. `FUZZ_RUNS` sets the runs per property (default: a CI-sized handful;
 * `npm run fuzz` runs thousands).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../src/pipeline/process.js";
import { renderBriefHtml } from "../../../src/render/brief/render-brief.js";
import { renderSlidesHtml } from "../../../src/render/deck/html/render-html.js";
import { renderPptx } from "../../../src/render/deck/pptx/render-pptx.js";
import { Model } from "../../../src/schema/schema.js";
import { VALID_BRIEF } from "../../helpers/adversarial.js";
import {
  anchorHrefs,
  dangerousTags,
  eventHandlers,
  loadedUrls,
  readPptx,
  scripts,
  xmlProblems,
} from "../../helpers/inspect.js";
import { markdownDocument } from "./markdown.js";

const numRuns = Number(process.env.FUZZ_RUNS ?? 120);

/** Markup that would run, load, navigate or restyle if it ever reached the output as markup. */
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<script src=https://evil.example/x.js></script>",
  "<img src=x onerror=alert(1)>",
  '<svg onload=alert(1)><image href="https://evil.example/i.png"/></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  '<iframe src="file:///etc/passwd"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/o"></object><embed src="https://evil.example/e">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/s.css">',
  '<style>@import "https://evil.example/i.css"; p{background:url(https://evil.example/b.png)}</style>',
  '<p style="background:url(https://evil.example/p.png)">styled</p>',
  '<form action="https://evil.example"><input name=q><button formaction="javascript:alert(1)">go</button></form>',
  "<!--><script>alert(1)</script>-->",
  "<!--!><img src=x onerror=alert(1)>-->",
  "<!-- --!><script>alert(1)</script> -->",
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  "[x](javascript:alert(1)) [y](data:text/html,<script>alert(1)</script>) [z](vbscript:msgbox)",
  "[f](file:///etc/passwd) [p](//evil.example/x) ![i](https://evil.example/i.png)",
  "![a](http://169.254.169.254/latest/meta-data/) <http://127.0.0.1:9/x>",
  "[r][ref]\n\n[ref]: javascript:alert(1)",
  "<details open ontoggle=alert(1)>x</details><body onload=alert(1)>",
  "<video poster=https://evil.example/v.png></video><audio src=https://evil.example/a.mp3>",
  "{{constructor.constructor('return process')().exit()}} {{> brief/cover}} {{#with this}}{{/with}}",
  "</textarea></title></style></script><script>alert(1)</script>",
  "\u0000\u202e<scr\u0000ipt>alert(1)</script>",
];

const payload = fc.constantFrom(...PAYLOADS);

/** A valid brief or a generated one, with payloads spliced between its blocks. */
const body = fc
  .tuple(
    fc.oneof(fc.constant(VALID_BRIEF), markdownDocument),
    fc.array(fc.tuple(fc.nat(), payload), { maxLength: 6 }),
  )
  .map(([document, inserts]) => {
    const blocks = document.split(/\n\n/);
    for (const [at, piece] of inserts) blocks.splice(1 + (at % blocks.length), 0, piece);
    return blocks.join("\n\n");
  });

/** Front matter whose text fields carry payloads (escaped as YAML strings). */
const hostileFrontMatter = fc
  .record({
    title: payload,
    company: payload,
    subtitle: payload,
    author: payload,
    lang: fc.constantFrom("en", 'en"><script>alert(1)</script>', "{{lang}}"),
  })
  .map((fields) =>
    [
      "---",
      ...Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
      "---",
    ].join("\n"),
  );

const document = fc.oneof(
  body,
  fc
    .tuple(hostileFrontMatter, body)
    .map(([front, text]) => `${front}\n${text.replace(/^---\n[\s\S]*?\n---\n/, "")}`),
);

/** Links a reader may follow; never script, data, files or scheme-relative hosts. */
const SAFE_HREF = /^(#|https?:\/\/|mailto:)/i;

async function model(value: string): Promise<Model | undefined> {
  try {
    return Model.parse((await parseContent({ path: "fuzz.md", value })).model);
  } catch (error) {
    // The one expected refusal: content past a structural limit, a content error (exit 1).
    expect((error as { exitCode?: number }).exitCode, String(error)).toBe(1);
    return undefined;
  }
}

function expectSafeBrief(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(eventHandlers(html)).toEqual([]);
  expect(dangerousTags(html)).toEqual([]);
  expect(loadedUrls(html).filter((url) => !url.startsWith("data:"))).toEqual([]);
  for (const href of anchorHrefs(html)) expect(href).toMatch(SAFE_HREF);
}

let deckScripts: string[] | undefined;
/** The scripts of a deck rendered from a harmless brief: the only ones a deck may carry. */
async function ourScripts(): Promise<string[]> {
  if (!deckScripts) {
    const harmless = await model(VALID_BRIEF);
    if (!harmless) throw new Error("the valid brief must parse");
    deckScripts = scripts(renderSlidesHtml(harmless));
  }
  return deckScripts;
}

describe("fuzzing Markdown to HTML and PPTX", () => {
  it("brief and deck HTML stay script-free (but for the deck's own) and load nothing", async () => {
    const ours = await ourScripts();
    expect(ours.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(document, async (value) => {
        const parsed = await model(value);
        if (!parsed) return;
        expectSafeBrief(renderBriefHtml(parsed, { generatedAt: "2026-01-01" }));
        const deck = renderSlidesHtml(parsed);
        expect(scripts(deck)).toEqual(ours);
        expect(eventHandlers(deck)).toEqual([]);
        expect(dangerousTags(deck).filter((tag) => tag !== "<script")).toEqual([]);
        expect(loadedUrls(deck).filter((url) => !url.startsWith("data:"))).toEqual([]);
        for (const href of anchorHrefs(deck)) expect(href).toMatch(SAFE_HREF);
      }),
      { numRuns },
    );
  }, 600_000);

  it("PPTX parts stay well-formed XML with nothing outside the package", async () => {
    await fc.assert(
      fc.asyncProperty(document, async (value) => {
        const parsed = await model(value);
        if (!parsed) return;
        const { parts } = await readPptx(await renderPptx(parsed));
        for (const [name, xml] of Object.entries(parts)) {
          expect(xmlProblems(xml), name).toEqual([]);
          expect(xml, name).not.toMatch(/TargetMode="External"/);
        }
      }),
      { numRuns: Math.max(5, Math.ceil(numRuns / 8)) },
    );
  }, 600_000);

  it("generates documents that reach every renderer with payloads in place", async () => {
    const samples = fc.sample(document, { numRuns: 30, seed: 11 });
    const models = (await Promise.all(samples.map(model))).filter((m) => m !== undefined);
    expect(models.length).toBeGreaterThan(25);
    const text = models.map((m) => JSON.stringify(m)).join("\n");
    // Payloads arrive as data in text fields and prose, so the checks above meet them.
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("onerror=alert(1)");
    expect(models.some((m) => m.meta.company.includes("<"))).toBe(true);
  });
});
