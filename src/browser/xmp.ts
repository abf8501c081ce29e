/**
 * The XMP metadata packet (ISO 16684-1) a PDF's catalog points to: the same title, author,
 * subject, keywords, tools and dates as the Info dictionary, in the form PDF/A checkers, asset
 * managers and search indexers read (they prefer XMP where the two exist).
 */

export interface XmpFields {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  creator: string;
  producer: string;
  /** When the PDF was made: its create, modify and metadata dates. */
  date: Date;
  /**
   * The date of what the document says (its front matter's date), an ISO 8601 date: dc:date,
   * "a date associated with an event in the life cycle of the resource", not when it was printed.
   */
  contentDate?: string;
}

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char,
  );

/** A language alternative ("x-default"), as dc:title and dc:description are typed. */
const alt = (text: string) =>
  `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;

export function xmpPacket(fields: XmpFields): string {
  // Seconds precision, as the Info dictionary's dates.
  const date = `${fields.date.toISOString().slice(0, 19)}Z`;
  const properties = [
    "<dc:format>application/pdf</dc:format>",
    fields.title !== undefined ? `<dc:title>${alt(fields.title)}</dc:title>` : null,
    fields.author !== undefined
      ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`
      : null,
    fields.subject !== undefined ? `<dc:description>${alt(fields.subject)}</dc:description>` : null,
    fields.keywords !== undefined
      ? `<dc:subject><rdf:Bag>${fields.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>`
      : null,
    fields.keywords !== undefined
      ? `<pdf:Keywords>${escapeXml(fields.keywords.join(", "))}</pdf:Keywords>`
      : null,
    fields.contentDate !== undefined
      ? `<dc:date><rdf:Seq><rdf:li>${escapeXml(fields.contentDate)}</rdf:li></rdf:Seq></dc:date>`
      : null,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
  ].filter((property): property is string => property !== null);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...properties,
    "</rdf:Description>",
    "</rdf:RDF>",
    "</x:xmpmeta>",
    '<?xpacket end="w"?>',
  ].join("\n");
}
