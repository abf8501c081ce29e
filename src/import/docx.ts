/**
 * A Word document as HTML through mammoth (headings, lists, tables, bold and italic; images are
 * left out), with its title: the Title-styled paragraph or first `Heading 1`, else the document
 * properties' title. The author comes from the document properties.
 */
import JSZip from "jszip";
import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import { ImportError } from "./errors.js";
import type { PageMeta } from "./page-meta.js";

export interface WordDocument {
  meta: PageMeta;
  html: string;
}

/** Word's "Title" style is a heading for us; mammoth's default map leaves it a paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

const XML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** One element of docProps/core.xml, entities decoded. */
function coreProperty(xml: string, tag: string): string | undefined {
  const raw = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
  const value = raw
    ?.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith("#x")
        ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
        : name.startsWith("#")
          ? String.fromCodePoint(Number(name.slice(1)))
          : (XML_ENTITIES[name] ?? whole),
    )
    .trim();
  return value || undefined;
}

function demoteHeadings(document: Document): void {
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5")) {
    const level = Number(heading.tagName.slice(1)) + 1;
    const demoted = document.createElement(`h${level}`);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
}

export async function readDocx(buffer: Buffer, where: string): Promise<WordDocument> {
  let html: string;
  let core = "";
  try {
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP })).value;
    core = (await (await JSZip.loadAsync(buffer)).file("docProps/core.xml")?.async("string")) ?? "";
  } catch (error) {
    throw new ImportError(
      "not-html",
      `${where}: not a readable Word document (${(error as Error).message})`,
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const h1 = document.querySelector("h1");
  const title = h1?.textContent?.replace(/\s+/g, " ").trim() || coreProperty(core, "dc:title");
  // Written as the file's `#` heading instead.
  h1?.remove();
  // A document titled in "Title" style uses Heading 1 for its sections: they become `##`.
  if (document.querySelector("h1")) demoteHeadings(document);
  if (!document.body.textContent?.trim())
    throw new ImportError("no-article", `${where}: the document has no text`);
  return {
    meta: { title, author: coreProperty(core, "dc:creator") },
    html: document.body.innerHTML,
  };
}
