/**
 * Two fixes to the file pptxgenjs writes, made on its zip afterwards:
 * - reproducible bytes: it stamps the current time into docProps/core.xml and every zip entry;
 *   both get one fixed date, so the same model gives the same file;
 * - speaker notes as paragraphs: it writes all notes into one text run, where PowerPoint does not
 *   treat newlines as breaks; each line becomes a paragraph of its own;
 * - real slide titles: it cannot place a title placeholder where each slide's title goes (the
 *   layout's position wins), so the title is drawn as a text box named TITLE_NAME and turned into
 *   the slide's title placeholder here, keeping its own position and text properties.
 */
import JSZip from "jszip";
import { TITLE_NAME } from "./canvas.js";

const PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** One notes run with newlines → one paragraph per line (the text is already XML-escaped). */
export function splitNoteParagraphs(xml: string): string {
  return xml.replace(
    /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/,
    (_, run: string, text: string, end: string) =>
      text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map((line) => `<a:p><a:r>${run}<a:t>${line}</a:t></a:r>${end}</a:p>`)
        .join(""),
  );
}

/** The text box named TITLE_NAME becomes the slide's title placeholder. */
export function markTitle(xml: string): string {
  return xml.replace(
    `name="${TITLE_NAME}"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr>`,
    `name="${TITLE_NAME}"></p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>`,
  );
}

function stampCore(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
}

export async function finishPptx(data: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const out = new JSZip();
  // Entry order as written ([Content_Types].xml first, as Office expects), each with the fixed date.
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async("uint8array");
    if (entry.name === "docProps/core.xml") {
      content = stampCore(new TextDecoder().decode(content), date);
    } else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(entry.name)) {
      content = splitNoteParagraphs(new TextDecoder().decode(content));
    } else if (/^ppt\/slides\/slide\d+\.xml$/.test(entry.name)) {
      content = markTitle(new TextDecoder().decode(content));
    }
    out.file(entry.name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: PPTX_MIME });
}
