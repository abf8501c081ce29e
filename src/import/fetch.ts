/**
 * Fetches one page like a careful client: http(s) only, at most 5 redirects, a size cap enforced
 * while streaming (the connection is dropped as soon as the body passes it), one deadline for the
 * whole exchange, a User-Agent naming Credo, and no cookies: nothing is stored between requests,
 * so a Set-Cookie on a redirect is never sent back. With `publicOnly`, every hop's address is
 * checked after DNS (addresses.ts) before anything is sent.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { VERSION } from "../base/version.js";
import { nonPublicRange } from "./addresses.js";
import { ImportError, type ImportFailure } from "./errors.js";

export interface FetchOptions {
  /** Largest body accepted, in bytes (after decompression). */
  maxBytes: number;
  /** Deadline for the whole fetch, redirects included, in milliseconds. */
  timeoutMs: number;
  maxRedirects: number;
  /** Refuse loopback, private and link-local addresses (a service's setting, not a laptop's). */
  publicOnly: boolean;
}

export const FETCH_DEFAULTS: FetchOptions = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 30_000,
  maxRedirects: 5,
  publicOnly: false,
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

/** Node's socket and TLS error codes, by what they mean for the user. */
const NETWORK_FAILURES: Record<string, ImportFailure> = {
  ENOTFOUND: "dns",
  EAI_AGAIN: "dns",
  EAI_NONAME: "dns",
  EAI_FAIL: "dns",
  ETIMEDOUT: "timeout",
  DEPTH_ZERO_SELF_SIGNED_CERT: "tls",
  SELF_SIGNED_CERT_IN_CHAIN: "tls",
  UNABLE_TO_GET_ISSUER_CERT: "tls",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls",
  CERT_HAS_EXPIRED: "tls",
  CERT_NOT_YET_VALID: "tls",
  CERT_REVOKED: "tls",
  CERT_UNTRUSTED: "tls",
  CERT_REJECTED: "tls",
  INVALID_CA: "tls",
  HOSTNAME_MISMATCH: "tls",
  ERR_TLS_CERT_ALTNAME_INVALID: "tls",
  EPROTO: "tls",
};

/** Handshake failures (`ERR_SSL_WRONG_VERSION_NUMBER`, alerts…): too many codes to list. */
const SSL_ERROR = /^ERR_SSL_/;

/** The reason in an OpenSSL error line ("…:error:0A00010B:SSL routines:ssl3_get_record:wrong
 * version number:file.c:350:"), which is all a user needs of it. */
const OPENSSL_REASON = /:error:[\dA-F]+:[^:]*:[^:]*:([^:]+):/;

/** What each failure's message says after the address; the others say Node's own message. */
const REASONS: Partial<
  Record<ImportFailure, (error: NodeJS.ErrnoException, url: URL, timeoutMs: number) => string>
> = {
  timeout: (_error, _url, timeoutMs) => `no complete answer within ${timeoutMs / 1000} s`,
  dns: (_error, url) => `host ${url.hostname} not found`,
  tls: (error) =>
    `secure connection failed: ${OPENSSL_REASON.exec(error.message)?.[1] ?? error.message}` +
    (error.code === "EPROTO" || SSL_ERROR.test(error.code ?? "")
      ? ""
      : ". If the certificate is your organisation's own, give its CA certificate to Credo: NODE_EXTRA_CA_CERTS=ca.pem credo import …"),
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
    // An address written as such is never looked up, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (options.publicOnly && isIP(literal)) {
      const refused = refusal(literal, url.href);
      if (refused) return reject(refused);
    }
    const req = request(url, {
      signal,
      // A fresh connection per request: no agent state (and no cookie jar) outlives the fetch.
      agent: false,
      headers: { "user-agent": USER_AGENT, accept: ACCEPT, "accept-encoding": "identity" },
      ...(options.publicOnly ? { lookup: publicLookup(url.href) } : {}),
    });
    req.on("response", resolve);
    req.on("error", (error) =>
      reject(networkError(error, url.href, options.timeoutMs, signal.aborted)),
    );
    req.end();
  });
}

/** `--public-only`'s verdict on an address the fetch would connect to `href` through. */
function refusal(address: string, href: string): ImportError | undefined {
  const range = nonPublicRange(address);
  return range
    ? new ImportError(
        "not-public",
        `${href}: ${address} is a ${range} address, and --public-only fetches from public addresses only`,
      )
    : undefined;
}

/** DNS as usual, then every address the name resolves to is checked, before connecting. */
function publicLookup(href: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses
        .map(({ address }) => refusal(address, href))
        .find((e) => e !== undefined);
      if (refused) return callback(refused, "", 0);
      const [first] = addresses;
      if (options.all) callback(null, addresses);
      else callback(null, first?.address ?? "", first?.family ?? 4);
    });
  };
}

/** What a socket error means; once the deadline has passed, any error is the timeout's doing. */
function networkError(
  error: NodeJS.ErrnoException,
  href: string,
  timeoutMs: number,
  aborted: boolean,
): Error {
  if (error instanceof ImportError) return error;
  const code = error.code ?? "";
  const kind = aborted
    ? "timeout"
    : (NETWORK_FAILURES[code] ?? (SSL_ERROR.test(code) ? "tls" : "connect"));
  const reason = REASONS[kind]?.(error, new URL(href), timeoutMs) ?? error.message;
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
