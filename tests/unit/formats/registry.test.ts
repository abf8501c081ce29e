import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../../src/cli/args.js";
import { renderContext } from "../../../src/formats/context.js";
import {
  FORMAT_SPECS,
  FORMATS,
  formatsForTemplate,
  OUTPUT_FILES,
  parseFormats,
} from "../../../src/formats/registry.js";
import { renderFormat } from "../../../src/formats/render.js";
import { cacheKey, templatesFingerprints } from "../../../src/output/cache.js";
import { parseContent } from "../../../src/pipeline/process.js";

const noBrowser = () => Promise.reject(new Error("no browser in this test"));

async function seedModel() {
  const value =
    "---\ntitle: Acme\ncompany: Acme\n---\n\n# Acme\n\nOur mission is to make anvils.\n";
  return (await parseContent({ path: "acme.md", value })).model;
}

describe("the format registry", () => {
  it("keys each format by its own id, with its own file", () => {
    for (const format of FORMATS) expect(FORMAT_SPECS[format].id).toBe(format);
    expect(new Set(Object.values(OUTPUT_FILES)).size).toBe(FORMATS.length);
    expect(OUTPUT_FILES).toEqual({
      model: "model.json",
      html: "brief.html",
      pdf: "brief.pdf",
      "slides-html": "slides.html",
      "slides-pdf": "slides.pdf",
      pptx: "slides.pptx",
    });
  });

  it("reads names, aliases and groups from the specs", () => {
    expect(parseFormats("brief")).toEqual(["html", "pdf"]);
    expect(parseFormats("deck")).toEqual(["slides-html", "slides-pdf", "pptx"]);
    expect(parseFormats("slides")).toEqual(["slides-html", "slides-pdf"]);
    expect(parseFormats("deck-pdf,brief-html")).toEqual(["html", "slides-pdf"]);
    expect(parseFormats("all")).toEqual([...FORMATS]);
    expect(() => parseFormats("poster")).toThrow(/unknown format "poster"; use model, html/);
  });

  it("gives no name to two different things", () => {
    const names = FORMATS.flatMap((f) => [f, ...FORMAT_SPECS[f].aliases]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain("all");
  });

  it("lists every format and its file in the help", () => {
    for (const format of FORMATS) {
      expect(USAGE).toMatch(new RegExp(`\\n {6,}${format} +${OUTPUT_FILES[format]}: `));
    }
  });

  it("prints only with the formats that say so", () => {
    expect(FORMATS.filter((f) => FORMAT_SPECS[f].needsBrowser)).toEqual(["pdf", "slides-pdf"]);
    expect(FORMATS.filter((f) => FORMAT_SPECS[f].fast)).toEqual(["model", "html"]);
  });

  it("maps template files to the formats drawn from them", () => {
    expect(formatsForTemplate("brief/layout.hbs")).toEqual(["html", "pdf"]);
    expect(formatsForTemplate("theme/slides.css")).toEqual(["slides-html", "slides-pdf", "pptx"]);
    expect(formatsForTemplate("theme/theme.css")).toEqual(FORMATS.filter((f) => f !== "model"));
  });
});

describe("a document's render context", () => {
  it("renders the brief HTML and the slide plan once, however many formats use them", async () => {
    const context = renderContext(await seedModel(), { session: noBrowser });
    expect(context.briefHtml()).toBe(context.briefHtml());
    expect(await context.slides()).toBe(await context.slides());
    expect(await renderFormat(context, "html")).toBe(await context.briefHtml());
  });

  it("draws every deck format from the context's one plan", async () => {
    const context = renderContext(await seedModel(), { session: noBrowser });
    const planned = await context.slides();
    const cover = planned[0];
    if (cover?.kind !== "cover") throw new Error("the plan starts with its cover");
    const marked = [{ ...cover, title: "Marked plan" }, ...planned.slice(1)];
    const shared = { ...context, slides: async () => marked };
    expect(String(await renderFormat(shared, "slides-html"))).toContain("Marked plan");
    const pptx = Buffer.from(await renderFormat(shared, "pptx")).toString("latin1");
    expect(pptx).toContain("ppt/slides/slide1.xml");
  });
});

describe("per-format cache keys", () => {
  it("changes only the keys of formats drawn from an edited template", () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-templates-"));
    const base = templatesFingerprints(dir);
    mkdirSync(join(dir, "slides"));
    writeFileSync(join(dir, "slides", "_cover.hbs"), "<h1>{{title}}</h1>");
    const edited = templatesFingerprints(dir);
    for (const format of ["slides-html", "slides-pdf", "pptx"] as const)
      expect(edited[format]).not.toBe(base[format]);
    for (const format of ["model", "html", "pdf"] as const)
      expect(edited[format]).toBe(base[format]);
  });

  it("puts the paper size only into the brief PDF's key", () => {
    const key = (format: (typeof FORMATS)[number], paper: string) =>
      cacheKey({ format, content: "# A\n", templates: "t", options: { paper } });
    expect(key("pdf", "A4")).not.toBe(key("pdf", "Letter"));
    for (const format of FORMATS.filter((f) => f !== "pdf"))
      expect(key(format, "A4")).toBe(key(format, "Letter"));
  });
});
