/**
 * Reads what `credo import` was given — a URL, a saved page, a Word file, or HTML on stdin — into
 * bytes and a kind (html or docx), refusing what it cannot import with its own message.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { UsageError } from "../base/errors.js";
import { ImportError } from "./errors.js";
import { FETCH_DEFAULTS, type FetchOptions, fetchPage, isUrl } from "./fetch.js";

/** What `source` says for HTML read from stdin. */
export const STDIN = "stdin";

export type SourceKind = "html" | "docx";

export interface Loaded {
  kind: SourceKind;
  bytes: Buffer;
  contentType?: string;
  /** The URL after redirects (without credentials), or the file's name: the front matter's
   * `source`. */
  source: string;
  /** Base for relative links: the page's URL; none for a file. */
  base?: string;
  /** A name for the output file: the URL's or file's last part. */
  name: string;
}

export interface SourceOptions extends Partial<FetchOptions> {
  offline?: boolean;
  /** Where `-` reads from (tests pass their own stream). */
  stdin?: AsyncIterable<Buffer | string>;
}

const FILE_KINDS: Record<string, SourceKind> = {
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".docx": "docx",
};

const MEDIA_KINDS: Record<string, SourceKind> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

const withoutExtension = (name: string) => name.replace(/\.[^.]*$/, "");

export async function loadSource(source: string, options: SourceOptions = {}): Promise<Loaded> {
  const limits = { ...FETCH_DEFAULTS, ...definedOnly(options) };
  if (source === "-") {
    const bytes = await readStream(options.stdin ?? process.stdin, limits.maxBytes, "stdin");
    return { kind: "html", bytes, source: STDIN, name: "" };
  }
  if (isUrl(source)) return loadUrl(source, options.offline ?? false, limits);
  const kind = FILE_KINDS[extname(source).toLowerCase()];
  if (!kind)
    throw new UsageError(
      `${source}: import takes an http(s) URL, a .html/.htm file, a .docx file or - (HTML on stdin)`,
    );
  const size = await stat(source).then(
    (s) => s.size,
    () => {
      throw new UsageError(`${source}: no such file`);
    },
  );
  if (size > limits.maxBytes)
    throw new ImportError("too-large", `${source}: larger than ${limits.maxBytes} bytes`);
  return {
    kind,
    bytes: await readFile(source),
    source: basename(source),
    name: withoutExtension(basename(source)),
  };
}

async function loadUrl(url: string, offline: boolean, limits: FetchOptions): Promise<Loaded> {
  if (!/^https?:/i.test(url))
    throw new UsageError(`${url}: only http and https addresses are fetched`);
  if (offline)
    throw new UsageError(`${url}: --offline refuses to fetch; save the page and import the file`);
  const page = await fetchPage(url, limits);
  const media = page.contentType?.split(";")[0]?.trim().toLowerCase();
  // No Content-Type at all: taken as HTML when it looks like markup.
  const kind = media
    ? MEDIA_KINDS[media]
    : /^\s*</.test(page.body.subarray(0, 512).toString("latin1"))
      ? "html"
      : undefined;
  if (!kind)
    throw new ImportError(
      "not-html",
      `${page.url}: the server sent ${media ?? "an unknown type"}, not an HTML page or a Word document`,
    );
  const path = safeDecode(new URL(page.url).pathname.split("/").filter(Boolean).pop() ?? "");
  return {
    kind,
    bytes: page.body,
    contentType: page.contentType,
    source: withoutCredentials(page.url),
    base: page.url,
    name: path ? withoutExtension(path) : new URL(page.url).hostname,
  };
}

/** The address as the front matter keeps it: a user name or password in it stays private. */
export function withoutCredentials(href: string): string {
  const url = new URL(href);
  url.username = "";
  url.password = "";
  return url.href;
}

/** A URL path segment as text; a malformed escape is kept as written. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readStream(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
  where: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes)
      throw new ImportError("too-large", `${where}: larger than ${maxBytes} bytes`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function definedOnly(options: SourceOptions): Partial<FetchOptions> {
  const { maxBytes, timeoutMs, maxRedirects, publicOnly } = options;
  return Object.fromEntries(
    Object.entries({ maxBytes, timeoutMs, maxRedirects, publicOnly }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}
