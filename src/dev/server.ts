/**
 * The preview server: the output folder over HTTP on the loopback interface, an index page, and
 * the live-reload event stream. Read-only (GET/HEAD) and only for this machine: requests must
 * name this server as their Host, so a web page cannot reach it through a rebound DNS name.
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { UsageError } from "../base/errors.js";
import { type IndexEntry, indexPage } from "./index-page.js";
import { EVENTS_PATH, injectLiveClient } from "./inject.js";
import type { LiveHub } from "./live.js";
import { lookup } from "./static.js";

export const HOST = "127.0.0.1";

export interface ServerOptions {
  port: number;
  outDir: string;
  hub: LiveHub;
  /** What the index page lists, gathered per request. */
  entries(): Promise<IndexEntry[]>;
}

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy": "frame-ancestors 'self'",
  "X-Frame-Options": "SAMEORIGIN",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export async function startServer(options: ServerOptions): Promise<PreviewServer> {
  let port = options.port;
  const server = createServer((req, res) => {
    handle(req, res, options, port).catch((error: Error) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${error.message}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      fail(
        error.code === "EADDRINUSE" || error.code === "EACCES"
          ? new UsageError(
              `port ${options.port} on ${HOST} is ${error.code === "EADDRINUSE" ? "already in use (another credo dev?)" : "not allowed"}; stop that server or pick another port with --port N`,
            )
          : error,
      );
    });
    server.listen({ host: HOST, port: options.port }, done);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        options.hub.close();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: ServerOptions,
  port: number,
): Promise<void> {
  const host = req.headers.host ?? "";
  if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
    return send(res, 403, "Forbidden: use this server by its own address\n");
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "Method not allowed\n");
  }
  const pathname = (req.url ?? "").split(/[?#]/, 1)[0] ?? "";
  if (pathname === EVENTS_PATH) return options.hub.connect(req, res);
  if (pathname === "/") {
    return send(
      res,
      200,
      injectLiveClient(indexPage(await options.entries())),
      "text/html; charset=utf-8",
    );
  }
  const found = await lookup(options.outDir, pathname);
  if (found.status !== 200) return send(res, found.status, `${statusText(found.status)}\n`);
  if (found.type.startsWith("text/html")) {
    return send(res, 200, injectLiveClient(await readFile(found.file, "utf8")), found.type);
  }
  res.writeHead(200, { ...HEADERS, "Content-Type": found.type });
  if (req.method === "HEAD") return void res.end();
  createReadStream(found.file)
    .on("error", () => res.destroy())
    .pipe(res);
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
): void {
  const data = Buffer.from(body);
  res.writeHead(status, {
    ...HEADERS,
    "Content-Type": type,
    "Content-Length": data.length,
  });
  res.end(res.req.method === "HEAD" ? undefined : data);
}

function statusText(status: number): string {
  return { 400: "Bad request", 403: "Forbidden", 404: "Not found" }[status] ?? "Error";
}
