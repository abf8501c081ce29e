/**
 * #14 item 3: characters XML 1.0 forbids, from front matter or body, must not reach any part of
 * the PPTX. Every XML part is decoded as strict UTF-8 and parsed by a strict XML 1.0 parser.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { parseContent } from "../../../../../src/pipeline/process.js";
import { renderPptx } from "../../../../../src/render/deck/pptx/render-pptx.js";
import { xmlText } from "../../../../../src/render/deck/pptx/xml-safe.js";
import type { Model } from "../../../../../src/schema/schema.js";
import { tiktokModel } from "../../../../fixtures/models/fixtures.js";

/** Parts that are not well-formed XML 1.0 in UTF-8, with the parser's reason. */
async function illFormedParts(pptx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const problems: string[] = [];
  const parts = Object.values(zip.files).filter((entry) => /\.(xml|rels)$/.test(entry.name));
  expect(parts.length).toBeGreaterThan(10);
  for (const entry of parts) {
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(
        await entry.async("uint8array"),
      );
      const parser = new SaxesParser();
      parser.on("error", (error) => {
        throw error;
      });
      parser.write(text).close();
    } catch (error) {
      problems.push(`${entry.name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

const CONTENT = [
  "---",
  'title: "Acme\\x01 Values"',
  "company: Acme",
  'author: "Strategy\\x1F Team"',
  "---",
  "",
  "# Acme\uFFFF Values",
  "",
  "## Mission",
  "Our mission is to make every road\uFFFF safer\uFFFE.",
  "",
  "## Core values",
  "- **Care\u0008**: we look after each other\u000B.",
  "- **Candour**: we say what we see.",
  "",
  "## Frequently asked questions",
  "### What is Acme\u0001 for?",
  "Acme's mission is to make every road safer\u0002.",
].join("\n");

describe("PPTX XML parts", () => {
  it("are well-formed when front matter and body carry characters XML forbids", async () => {
    const { model } = await parseContent({ path: "acme.md", value: CONTENT });
    expect(model.meta.title).toContain("\u0001");
    const pptx = await renderPptx(model);
    expect(await illFormedParts(pptx)).toEqual([]);
    const zip = await JSZip.loadAsync(pptx);
    expect(await zip.file("docProps/core.xml")?.async("string")).toContain(
      "<dc:title>Acme Values</dc:title>",
    );
    expect(await zip.file("ppt/slides/slide1.xml")?.async("string")).toContain("Acme Values");
  });

  it("are well-formed when the model carries lone surrogates (API callers)", async () => {
    const model: Model = {
      ...tiktokModel,
      meta: { ...tiktokModel.meta, title: "Tik\uD800Tok", author: "A\uDC00B" },
      takeaways: ["one\uDBFF takeaway", "two"],
    };
    const pptx = await renderPptx(model);
    expect(await illFormedParts(pptx)).toEqual([]);
    const core = (await JSZip.loadAsync(pptx)).file("docProps/core.xml");
    expect(await core?.async("string")).toContain("<dc:title>TikTok</dc:title>");
  });
});

describe("xmlText", () => {
  it("removes exactly what XML 1.0 forbids and keeps tab, newlines and paired surrogates", () => {
    expect(xmlText("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh")).toBe("abcdefgh");
    expect(xmlText("tab\there\nline\r\n")).toBe("tab\there\nline\r\n");
    expect(xmlText("emoji 😀 stays, \uD800 lone high and \uDC00 lone low go")).toBe(
      "emoji 😀 stays,  lone high and  lone low go",
    );
  });
});
