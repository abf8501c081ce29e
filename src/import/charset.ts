/**
 * Bytes to text the way browsers choose the encoding: a byte-order mark, else the Content-Type
 * header's charset, else a `<meta charset>` (or http-equiv) in the first 1024 bytes, else UTF-8
 * when the bytes are valid UTF-8 and windows-1252 (the web's legacy default) when they are not.
 * An unknown label is treated as no label rather than failing the import.
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

/**
 * windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €, …), which Node 20's TextDecoder maps
 * to control characters (it decodes the label as ISO-8859-1). Pages labelled ISO-8859-1 use
 * them too, which is why the web reads that label as windows-1252. Undefined bytes stay as is.
 */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

type Decode = (bytes: Uint8Array) => string;

function decoder(label: string | undefined): Decode | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === "windows-1252"
      ? decodeWindows1252
      : (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom[1]).decode(bytes);
  const declared = decoder(charsetOf(contentType)) ?? decoder(metaCharset(bytes));
  if (declared) return declared(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
