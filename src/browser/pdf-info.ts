/**
 * Writes the PDF's document information (Title, Author, …) that viewers, search and screen readers
 * show, twice: in the Info dictionary and as an XMP metadata stream (xmp.ts) the catalog points
 * to. Chromium's own Info dictionary has the page <title> and a user-agent string as Creator.
 *
 * Rather than parse and re-serialise the whole file, this appends an incremental update (PDF 32000
 * §7.5.6): the XMP stream, the catalog again with /Metadata added, a new Info object, their
 * cross-reference entries, and a trailer pointing back to the original one. Chromium's bytes stay
 * untouched, so its outline and structure tree (tagged PDF) survive by construction, and it costs
 * microseconds where a pdf-lib load/save round trip costs ~100 ms per document. Files this cannot
 * append to safely (a cross-reference stream instead of a classic trailer, encryption, a catalog
 * it cannot find as a plain object) go through pdf-lib, which also keeps outline and structure tree.
 */
import { xmlText } from "../base/xml-text.js";
import { xmpPacket } from "./xmp.js";

export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Default "Credo". */
  creator?: string;
  /** The content's own date (ISO 8601: "2026-11-25", "2026-11"), as XMP dc:date. */
  contentDate?: string;
}

export const PRODUCER = "Credo (Chromium Skia/PDF)";

export async function setPdfInfo(
  pdf: Uint8Array,
  metadata: PdfMetadata,
  now = new Date(),
): Promise<Uint8Array> {
  const clean = cleaned(metadata);
  const trailer = readClassicTrailer(pdf);
  const catalog = trailer && readCatalog(pdf, trailer);
  return trailer && catalog
    ? appendInfo(pdf, trailer, catalog, clean, now)
    : rewriteWithPdfLib(pdf, clean, now);
}

/**
 * Content reaches these fields (title, author, company): control characters would make the XMP
 * packet ill-formed XML and show as junk, or act on a terminal, in a viewer's properties.
 */
function cleaned(metadata: PdfMetadata): PdfMetadata {
  const text = (value: string | undefined) => (value === undefined ? undefined : xmlText(value));
  return {
    ...metadata,
    title: text(metadata.title),
    author: text(metadata.author),
    subject: text(metadata.subject),
    keywords: metadata.keywords?.map(xmlText),
  };
}

function xmpOf(metadata: PdfMetadata, now: Date): Uint8Array {
  return new TextEncoder().encode(
    xmpPacket({ ...metadata, creator: metadata.creator ?? "Credo", producer: PRODUCER, date: now }),
  );
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
  /** "12 0 R" */
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

/** The catalog object as written: its number, generation and dictionary text. */
interface Catalog {
  number: number;
  generation: number;
  dict: string;
}

/**
 * The root object, found through the last cross-reference table (a file with one section, as
 * Chromium writes it); undefined when it is elsewhere or not a plain dictionary object.
 */
function readCatalog(pdf: Uint8Array, trailer: ClassicTrailer): Catalog | undefined {
  const [number, generation] = trailer.root.split(/\s+/).map(Number) as [number, number];
  const table = latin1.decode(
    pdf.subarray(trailer.startxref, trailer.startxref + 64 + trailer.size * 20),
  );
  if (!table.startsWith("xref")) return undefined;
  let at = table.indexOf("\n") + 1;
  for (;;) {
    const header = /^(\d+) (\d+)\s*\n/.exec(table.slice(at));
    if (!header) return undefined;
    const [line, first, count] = [header[0], Number(header[1]), Number(header[2])];
    at += line.length;
    if (number >= first && number < first + count) {
      const entry = table.slice(at + (number - first) * 20, at + (number - first + 1) * 20);
      const offset = /^(\d{10}) (\d{5}) n/.exec(entry);
      if (!offset || Number(offset[2]) !== generation) return undefined;
      return readDictObject(pdf, Number(offset[1]), number, generation);
    }
    at += count * 20;
  }
}

function readDictObject(
  pdf: Uint8Array,
  offset: number,
  number: number,
  generation: number,
): Catalog | undefined {
  // Byte for byte (TextDecoder's "latin1" is windows-1252, which would remap 0x80–0x9F).
  const text = Array.from(pdf.subarray(offset, offset + 65536), (byte) =>
    String.fromCharCode(byte),
  ).join("");
  const object = new RegExp(`^${number} ${generation} obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(
    text,
  );
  if (!object?.[1]) return undefined;
  return { number, generation, dict: object[1] };
}

/** Text of one char per byte back to its bytes (the catalog may hold any byte). */
function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const xrefEntry = (offset: number, generation = 0) =>
  `${String(offset).padStart(10, "0")} ${String(generation).padStart(5, "0")} n \n`;

function appendInfo(
  pdf: Uint8Array,
  trailer: ClassicTrailer,
  catalog: Catalog,
  metadata: PdfMetadata,
  now: Date,
): Uint8Array {
  const xmpNumber = trailer.size;
  const infoNumber = trailer.size + 1;
  // The Info object it replaces (now unreferenced) held Chromium's print time, i.e. also now.
  const date = pdfDate(now);
  const info = [
    ...infoEntries(metadata).map(([key, value]) => `/${key} ${pdfTextString(value)}`),
    `/CreationDate (${date})`,
    `/ModDate (${date})`,
  ].join("\n");
  const xmp = xmpOf(metadata, now);
  // The catalog as it was, with /Metadata (re)pointed at the new stream.
  const catalogDict = `${catalog.dict
    .replace(/\/Metadata\s+\d+\s+\d+\s+R/, "")
    .slice(0, -2)} /Metadata ${xmpNumber} 0 R>>`;

  const chunks: Uint8Array[] = [];
  let length = pdf.length;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array, isObject = false) => {
    if (isObject) offsets.push(length);
    chunks.push(bytes);
    length += bytes.length;
  };
  // A newline first: the original may end right after %%EOF.
  push(latin1Bytes("\n"));
  push(
    latin1Bytes(
      `${xmpNumber} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n`,
    ),
    true,
  );
  push(xmp);
  push(latin1Bytes("\nendstream\nendobj\n"));
  push(latin1Bytes(`${catalog.number} ${catalog.generation} obj\n${catalogDict}\nendobj\n`), true);
  push(latin1Bytes(`${infoNumber} 0 obj\n<<${info}>>\nendobj\n`), true);
  const [xmpAt = 0, catalogAt = 0, infoAt = 0] = offsets;
  const xrefAt = length;
  push(
    latin1Bytes(
      [
        "xref\n",
        `${catalog.number} 1\n`,
        xrefEntry(catalogAt, catalog.generation),
        `${xmpNumber} 2\n`,
        xrefEntry(xmpAt),
        xrefEntry(infoAt),
        "trailer\n",
        `<</Size ${infoNumber + 1} /Root ${trailer.root} /Info ${infoNumber} 0 R /Prev ${trailer.startxref}`,
        trailer.id ? ` /ID ${trailer.id}` : "",
        ">>\n",
        `startxref\n${xrefAt}\n%%EOF\n`,
      ].join(""),
    ),
  );
  const bytes = new Uint8Array(length);
  bytes.set(pdf);
  let at = pdf.length;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
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
  const { PDFDocument, PDFName } = await import("pdf-lib");
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const xmp = doc.context.stream(xmpOf(metadata, now), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(xmp));
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
