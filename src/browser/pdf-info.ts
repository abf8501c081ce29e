/**
 * Writes the PDF's document information (Title, Author, …) that viewers, search and screen readers
 * show. Chromium's own Info dictionary has the page <title> and a user-agent string as Creator.
 *
 * Rather than parse and re-serialise the whole file, this appends an incremental update (PDF 32000
 * §7.5.6): one new Info object, a one-entry cross-reference section, and a trailer pointing back to
 * the original one. Chromium's bytes stay untouched, so its outline and structure tree (tagged PDF)
 * survive by construction, and it costs microseconds where a pdf-lib load/save round trip costs
 * ~100 ms per document. Files this cannot append to safely (a cross-reference stream instead of a
 * classic trailer, or encryption) go through pdf-lib, which also keeps outline and structure tree.
 */

export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Default "Credo". */
  creator?: string;
}

export const PRODUCER = "Credo (Chromium Skia/PDF)";

export async function setPdfInfo(
  pdf: Uint8Array,
  metadata: PdfMetadata,
  now = new Date(),
): Promise<Uint8Array> {
  const trailer = readClassicTrailer(pdf);
  return trailer
    ? appendInfo(pdf, trailer, infoEntries(metadata), now)
    : rewriteWithPdfLib(pdf, metadata, now);
}

type InfoEntries = [key: string, value: string][];

function infoEntries(metadata: PdfMetadata): InfoEntries {
  const entries: [string, string | undefined][] = [
    ["Title", metadata.title],
    ["Author", metadata.author],
    ["Subject", metadata.subject],
    ["Keywords", metadata.keywords?.join(", ")],
    ["Creator", metadata.creator ?? "Credo"],
    ["Producer", PRODUCER],
  ];
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

interface ClassicTrailer {
  size: number;
  root: string;
  id?: string;
  startxref: number;
}

const latin1 = new TextDecoder("latin1");

/** The last trailer, if the file ends with a classic xref table and is not encrypted. */
function readClassicTrailer(pdf: Uint8Array): ClassicTrailer | undefined {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxrefAt = tail.lastIndexOf("startxref");
  const trailerAt = tail.lastIndexOf("trailer", startxrefAt);
  if (startxrefAt < 0 || trailerAt < 0) return undefined;
  const dict = tail.slice(trailerAt, startxrefAt);
  const size = /\/Size\s+(\d+)/.exec(dict)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  const startxref = /^startxref\s+(\d+)/.exec(tail.slice(startxrefAt))?.[1];
  if (!size || !root || !startxref || dict.includes("/Encrypt")) return undefined;
  return {
    size: Number(size),
    root,
    id: /\/ID\s*(\[[^\]]*\])/.exec(dict)?.[1],
    startxref: Number(startxref),
  };
}

function appendInfo(
  pdf: Uint8Array,
  trailer: ClassicTrailer,
  info: InfoEntries,
  now: Date,
): Uint8Array {
  const objectNumber = trailer.size;
  // The Info object it replaces (now unreferenced) held Chromium's print time, i.e. also now.
  const date = pdfDate(now);
  const dict = [
    ...info.map(([key, value]) => `/${key} ${pdfTextString(value)}`),
    `/CreationDate (${date})`,
    `/ModDate (${date})`,
  ].join("\n");
  // A newline first: the original may end right after %%EOF.
  const object = `\n${objectNumber} 0 obj\n<<${dict}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + object.length;
  const update = [
    object,
    "xref\n",
    `${objectNumber} 1\n`,
    // Each entry is exactly 20 bytes, "\n" preceded by a space.
    `${String(objectOffset).padStart(10, "0")} 00000 n \n`,
    "trailer\n",
    `<</Size ${objectNumber + 1} /Root ${trailer.root} /Info ${objectNumber} 0 R /Prev ${trailer.startxref}`,
    trailer.id ? ` /ID ${trailer.id}` : "",
    ">>\n",
    `startxref\n${xrefOffset}\n%%EOF\n`,
  ].join("");
  // Everything in `update` is ASCII, so string length = byte length (offsets above rely on it).
  const bytes = new Uint8Array(pdf.length + update.length);
  bytes.set(pdf);
  bytes.set(new TextEncoder().encode(update), pdf.length);
  return bytes;
}

/** A text string as UTF-16BE hex with BOM: ASCII-only output, any Unicode, nothing to escape. */
function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2024-05-01T12:34:56.789Z
  return `D:${iso.slice(0, 19).replace(/[-:T]/g, "")}Z`;
}

async function rewriteWithPdfLib(
  pdf: Uint8Array,
  metadata: PdfMetadata,
  now: Date,
): Promise<Uint8Array> {
  const { PDFDocument } = await import("pdf-lib");
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (metadata.title !== undefined) doc.setTitle(metadata.title);
  if (metadata.author !== undefined) doc.setAuthor(metadata.author);
  if (metadata.subject !== undefined) doc.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces; join them as the incremental path does.
  if (metadata.keywords !== undefined) doc.setKeywords([metadata.keywords.join(", ")]);
  doc.setCreator(metadata.creator ?? "Credo");
  doc.setProducer(PRODUCER);
  doc.setModificationDate(now);
  return doc.save({ useObjectStreams: false });
}
