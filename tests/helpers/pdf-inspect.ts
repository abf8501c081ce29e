/** Reads a PDF the way a viewer would (pdf.js), for assertions on what a person would see. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Metrics of the 14 standard fonts, for PDFs (such as pdf-lib's) that use them unembedded. */
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export interface PdfFacts {
  pages: { width: number; height: number; text: string }[];
  info: Record<string, unknown>;
  /** Outline (bookmark) titles, depth-first, nested ones indented by two spaces per level. */
  outline: string[];
  /** Whether page 1 has a structure tree (tagged PDF). */
  tagged: boolean;
}

/** Opens `bytes` with pdf.js as a viewer would (no eval), runs `read` on it, and closes it. */
export async function withPdf<T>(
  bytes: Uint8Array,
  read: (doc: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  try {
    return await read(doc);
  } finally {
    await doc.destroy();
  }
}

export function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  return withPdf(bytes, async (doc) => {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
      pages.push({ width: x1 - x0, height: y1 - y0, text: text.replace(/\s+/g, " ") });
    }
    const { info } = await doc.getMetadata();
    const tree = await (await doc.getPage(1)).getStructTree();
    return {
      pages,
      info: info as Record<string, unknown>,
      outline: flatten((await doc.getOutline()) ?? [], 0),
      tagged: tree !== null && tree.children.length > 0,
    };
  });
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

function flatten(nodes: OutlineNode[], depth: number): string[] {
  return nodes.flatMap((node) => [
    `${"  ".repeat(depth)}${node.title}`,
    ...flatten(node.items, depth + 1),
  ]);
}

/** The PDF's bytes as text, for structural markers such as /FontFile2. */
export function rawText(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}
