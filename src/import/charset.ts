/**
 * Bytes to text the way browsers choose the encoding: a byte-order mark, else the Content-Type
 * header's charset, else a `<meta charset>` (or http-equiv) in the first 1024 bytes, else UTF-8.
 * An unknown label falls back to UTF-8 rather than failing the import.
 */

const BOMS: [bytes: number[], label: string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return undefined;
}

function decoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom[1]).decode(bytes);
  const chosen =
    decoder(charsetOf(contentType)) ?? decoder(metaCharset(bytes)) ?? new TextDecoder("utf-8");
  return chosen.decode(bytes);
}
