/**
 * Where each anchor of a printed document landed. Chromium writes a named destination for every
 * element a link points to (the Contents links to every part, section and set), so the catalog's
 * /Dests dictionary maps those ids to their pages: what the Contents' page numbers are read from.
 */
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

/** Anchor id → page number as the running footer counts it (the cover is page 1). */
export type PageNumbers = ReadonlyMap<string, number>;

const utf8 = new TextDecoder();

/** A PDF name's text: `#xx` escapes are bytes of UTF-8 (ids may hold any letter). */
function nameText(name: PDFName): string {
  const encoded = name.asString().slice(1);
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === "#") {
      bytes.push(Number.parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(encoded.charCodeAt(i));
  }
  return utf8.decode(new Uint8Array(bytes));
}

export async function destinationPages(pdf: Uint8Array): Promise<PageNumbers> {
  // Parsed in one go: pdf-lib's default pauses every 100 objects, about twice the time for a brief.
  const doc = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const pageOf = new Map<string, number>(
    doc.getPages().map((page, index) => [page.ref.toString(), index + 1]),
  );
  const pages = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) {
    const target = doc.context.lookup(value);
    const ref = target instanceof PDFArray ? target.get(0) : undefined;
    const page = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    if (page !== undefined) pages.set(nameText(key), page);
  }
  return pages;
}
