/**
 * A local HTTP server on 127.0.0.1 for the import tests: serves the fixtures in the ways real
 * sites do (charsets, redirect chains, a page that never ends) and records every request, so a
 * test can prove that nothing but the page itself was requested. With `tls`, the same over HTTPS
 * with the self-signed certificate in fixtures/import/tls/ (trusted only where a test says so).
 */
import { readFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export const FIXTURES = new URL("../fixtures/import/", import.meta.url);
export const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
/** The test certificate (CN and SAN 127.0.0.1 and localhost, valid 2020–2120): a CA to trust. */
export const TEST_CERT = new URL("tls/test-cert.pem", FIXTURES).pathname;

export interface Recorded {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  base: string;
  requests: Recorded[];
  /** Bytes the endless page had sent when the client hung up, and whether it did. */
  endless: { sent: number; closed: boolean };
  close(): Promise<void>;
}

const HTML = "text/html; charset=utf-8";

/** An endless page: ~64 KB of paragraphs per chunk until the client hangs up. */
function endless(response: ServerResponse, state: TestServer["endless"]): void {
  const chunk = Buffer.from(`<p>${"A sentence that keeps the page growing. ".repeat(1600)}</p>\n`);
  response.writeHead(200, { "content-type": HTML });
  response.write("<!doctype html><html><body><article>");
  response.on("close", () => {
    state.closed = true;
  });
  const pump = () => {
    while (!response.destroyed && state.sent < 64 * 1024 * 1024) {
      state.sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", pump);
    }
  };
  pump();
}

export async function startServer(options: { tls?: boolean } = {}): Promise<TestServer> {
  const requests: Recorded[] = [];
  const state: TestServer["endless"] = { sent: 0, closed: false };
  const routes: Record<string, (response: ServerResponse, base: string) => void> = {
    "/article": (r) =>
      r.writeHead(200, { "content-type": HTML }).end(fixture("wordpress-article.html")),
    "/values": (r) => r.writeHead(200, { "content-type": HTML }).end(fixture("values-page.html")),
    "/scripts": (r) => r.writeHead(200, { "content-type": HTML }).end(fixture("scripts-page.html")),
    "/latin1": (r) =>
      r
        .writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" })
        .end(fixture("latin1.html")),
    // No charset in the header: the page's <meta http-equiv> must be honoured.
    "/latin1-meta": (r) =>
      r.writeHead(200, { "content-type": "text/html" }).end(fixture("latin1.html")),
    "/r/1": (r) =>
      r.writeHead(302, { location: "/r/2", "set-cookie": "session=abc123; Path=/" }).end(),
    "/r/2": (r) => r.writeHead(301, { location: "3" }).end(),
    "/r/3": (r, base) => r.writeHead(307, { location: `${base}/values` }).end(),
    "/to-ftp": (r) => r.writeHead(302, { location: "ftp://127.0.0.1/values" }).end(),
    "/huge": (r) => endless(r, state),
    // Compressed although the client asked for none, as some servers do.
    "/gzip": (r) =>
      r
        .writeHead(200, { "content-type": HTML, "content-encoding": "gzip" })
        .end(gzipSync(fixture("values-page.html"))),
    // 20 MB of spaces in 20 KB: the cap counts the bytes after decompression.
    "/gzip-bomb": (r) =>
      r
        .writeHead(200, { "content-type": HTML, "content-encoding": "gzip" })
        .end(gzipSync(Buffer.alloc(20 * 1024 * 1024, " "))),
    "/zstd": (r) => r.writeHead(200, { "content-type": HTML, "content-encoding": "zstd" }).end("x"),
    "/huge-declared": (r) =>
      r
        .writeHead(200, { "content-type": HTML, "content-length": String(6 * 1024 * 1024) })
        .write("<p>"),
    "/missing": (r) => r.writeHead(404, { "content-type": HTML }).end("<h1>Not found</h1>"),
    "/report.pdf": (r) => r.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
    "/empty": (r) => r.writeHead(200, { "content-type": HTML }).end("<html><body></body></html>"),
    // Never answers, or stops halfway: the client's deadline must end the wait.
    "/slow": () => undefined,
    "/stall": (r) => r.writeHead(200, { "content-type": HTML }).write("<p>The first half"),
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    requests.push({ url: request.url ?? "", headers: request.headers });
    const url = request.url ?? "/";
    const loop = /^\/loop\/(\d+)$/.exec(url);
    if (loop)
      return void response.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end();
    const route = routes[url];
    if (!route) return void response.writeHead(404).end();
    route(response, base);
  };
  const server = options.tls
    ? createHttpsServer(
        { key: fixture("tls/test-key.pem"), cert: fixture("tls/test-cert.pem") },
        handle,
      )
    : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const scheme = options.tls ? "https" : "http";
  const base = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    endless: state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
