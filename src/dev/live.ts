/**
 * Live reload over Server-Sent Events. Every open preview page listens on one endpoint; after a
 * rebuild writes a document's files, a `reload` event names them and the pages showing them
 * reload. A rebuild that fails sends a `failure` event instead (the files on disk are the last
 * good ones) whose diagnostics the pages show over the stale output. Failures still standing are
 * replayed to pages that connect later, so a page opened after the error shows it too.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Diagnostic } from "../schema/schema.js";

export type LiveEvent =
  | { type: "reload"; slug: string; files: string[] }
  | {
      type: "failure";
      slug: string;
      /** Output files that are now stale (left as they were). */
      files: string[];
      message: string;
      diagnostics: Diagnostic[];
    };

type Failure = Extract<LiveEvent, { type: "failure" }>;

/** Comment lines keep idle connections open through proxies and sleeping laptops. */
const KEEPALIVE_MS = 15_000;

export class LiveHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly failures = new Map<string, Failure>();
  private readonly keepalive = setInterval(() => this.write(": keepalive\n\n"), KEEPALIVE_MS);

  constructor() {
    this.keepalive.unref();
  }

  connect(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      "X-Content-Type-Options": "nosniff",
    });
    // Reconnect soon after the dev server restarts.
    res.write("retry: 1000\n\n");
    for (const failure of this.failures.values()) res.write(frame({ ...failure, replayed: true }));
    this.clients.add(res);
    req.on("close", () => this.clients.delete(res));
  }

  send(event: LiveEvent): void {
    if (event.type === "failure") this.failures.set(event.slug, event);
    else this.clearFailure(event.slug, event.files);
    this.write(frame(event));
  }

  /** Ends every open stream, so the server can close. */
  close(): void {
    clearInterval(this.keepalive);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  /** Current failure of a document, if any (for the index page). */
  failureOf(slug: string): Failure | undefined {
    return this.failures.get(slug);
  }

  private clearFailure(slug: string, written: readonly string[]): void {
    const failure = this.failures.get(slug);
    if (!failure) return;
    const files = failure.files.filter((f) => !written.includes(f));
    if (files.length === 0) this.failures.delete(slug);
    else this.failures.set(slug, { ...failure, files });
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}

/**
 * One SSE message; JSON has no raw newline, so `data:` is a single line. `replayed` marks news
 * a page missed while it was not connected.
 */
function frame(event: LiveEvent & { replayed?: boolean }): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
