/**
 * Fetches one page like a careful client: http(s) only, at most 5 redirects, a size cap enforced
 * while streaming (the connection is dropped as soon as the body passes it), one deadline for the
 * whole exchange, a User-Agent naming Credo, and no cookies: nothing is stored between requests,
 * so a Set-Cookie on a redirect is never sent back.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { VERSION } from "../base/version.js";
import { ImportError, type ImportFailure } from "./errors.js";

export interface FetchOptions {
  /** Largest body accepted, in bytes (after decompression). */
  maxBytes: number;
  /** Deadline for the whole fetch, redirects included, in milliseconds. */
  timeoutMs: number;
  maxRedirects: number;
}

export const FETCH_DEFAULTS: FetchOptions = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 30_000,
  maxRedirects: 5,
};

export interface Fetched {
  /** Where the body came from, after redirects. */
  url: string;
  contentType: string | undefined;
  body: Buffer;
}

const USER_AGENT = `Credo/${VERSION} (credo import; content analysis tool)`;

const ACCEPT =
  "text/html,application/xhtml+xml,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,*/*;q=0.1";

/** Node's socket error codes, by what they mean for the user. */
const NETWORK_FAILURES: Record<string, ImportFailure> = {
  ENOTFOUND: "dns",
  EAI_AGAIN: "dns",
  EAI_NONAME: "dns",
  EAI_FAIL: "dns",
  ETIMEDOUT: "timeout",
};

/** Decoders for the Content-Encoding a server may send even when asked for none. */
const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

export function isUrl(source: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(source);
}

export async function fetchPage(
  url: string,
  options: FetchOptions = FETCH_DEFAULTS,
): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = checkedUrl(url, "connect", "the address");
  for (let hop = 0; ; hop++) {
    const response = await send(current, signal, options);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.destroy();
      if (hop >= options.maxRedirects)
        throw new ImportError(
          "redirects",
          `${url}: more than ${options.maxRedirects} redirects (last to ${location})`,
        );
      current = checkedUrl(new URL(location, current).href, "redirects", "a redirect");
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new ImportError(
        "status",
        `${current.href}: the server answered ${status} ${response.statusMessage ?? ""}`.trim(),
      );
    }
    return {
      url: current.href,
      contentType: response.headers["content-type"],
      body: await readBody(response, current.href, options, signal),
    };
  }
}

/** `href` as a URL to fetch; `kind` is the failure to report when it is not http(s). */
function checkedUrl(href: string, kind: ImportFailure, what: string): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new ImportError(kind, `${href}: not a valid address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ImportError(
      kind,
      `${href}: ${what} uses ${url.protocol}; only http and https are fetched`,
    );
  return url;
}

function send(url: URL, signal: AbortSignal, options: FetchOptions): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      signal,
      // A fresh connection per request: no agent state (and no cookie jar) outlives the fetch.
      agent: false,
      headers: { "user-agent": USER_AGENT, accept: ACCEPT, "accept-encoding": "identity" },
    });
    req.on("response", resolve);
    req.on("error", (error) =>
      reject(networkError(error, url.href, options.timeoutMs, signal.aborted)),
    );
    req.end();
  });
}

/** What a socket error means; once the deadline has passed, any error is the timeout's doing. */
function networkError(
  error: NodeJS.ErrnoException,
  href: string,
  timeoutMs: number,
  aborted: boolean,
): Error {
  if (error instanceof ImportError) return error;
  const kind = aborted ? "timeout" : (NETWORK_FAILURES[error.code ?? ""] ?? "connect");
  const reason =
    kind === "timeout"
      ? `no complete answer within ${timeoutMs / 1000} s`
      : kind === "dns"
        ? `host ${new URL(href).hostname} not found`
        : error.message;
  return new ImportError(kind, `${href}: ${reason}`);
}

/** The body, decompressed, refused as soon as it passes `maxBytes` (before reading it all). */
async function readBody(
  response: IncomingMessage,
  href: string,
  { maxBytes, timeoutMs }: FetchOptions,
  signal: AbortSignal,
): Promise<Buffer> {
  const tooLarge = () =>
    new ImportError("too-large", `${href}: the page is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decoder = DECODERS[encoding];
  if (!decoder && encoding !== "identity") {
    response.destroy();
    throw new ImportError(
      "not-html",
      `${href}: sent in ${encoding} encoding, which Credo cannot read`,
    );
  }
  const stream = decoder ? response.pipe(decoder()) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    // A deadline passing mid-body surfaces as a reset ("aborted"), hence `signal.aborted`.
    throw networkError(error as NodeJS.ErrnoException, href, timeoutMs, signal.aborted);
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks);
}
