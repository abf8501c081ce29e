/** A temp content folder, plain-HTTP requests and an SSE reader for the dev-server tests. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { get, type IncomingMessage, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DOC = `---
title: Acme purpose brief
company: Acme
---

# Acme

## Mission

Our mission is to make sturdy tools for every workshop.

## Vision

Our vision is a world where every tool lasts a lifetime.

## Values

- **Care**: we check every weld.
- **Candour**: we say what we do not know.
`;

export const BROKEN = DOC.replace("company: Acme", "company: [Acme");

export async function tempProject(): Promise<{ root: string; content: string; out: string }> {
  const root = await mkdtemp(join(tmpdir(), "credo-dev-test-"));
  const content = join(root, "content");
  await mkdir(content);
  await writeFile(join(content, "acme.md"), DOC);
  return { root, content, out: join(root, "output") };
}

export function removeProject(root: string): Promise<void> {
  return rm(root, { recursive: true, force: true });
}

export interface Fetched {
  status: number;
  type: string;
  body: string;
}

/** GET with the path sent exactly as given (no URL normalisation of `..` or `%2e`). */
export function fetchRaw(
  port: number,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<Fetched> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () =>
          done({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }),
        );
      },
    );
    req.on("error", fail);
    req.end();
  });
}

export interface SseEvent {
  type: string;
  data: {
    slug: string;
    files: string[];
    message?: string;
    replayed?: boolean;
    diagnostics?: { ruleId: string; line: number; severity: string }[];
  };
}

/** An open event stream: `next` waits for the first event (received from now on) that matches. */
export class SseClient {
  private readonly events: SseEvent[] = [];
  private waiters: (() => void)[] = [];
  private response?: IncomingMessage;
  private seen = 0;

  static open(port: number): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((done, fail) => {
      get({ host: "127.0.0.1", port, path: "/__credo/events" }, (res) => {
        client.response = res;
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            client.parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf("\n\n");
          }
        });
        // The server writes its `retry:` line first; by then the client is registered.
        res.once("data", () => done(client));
      }).on("error", fail);
    });
  }

  async next(match: (event: SseEvent) => boolean, timeoutMs = 15_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(this.seen).find(match);
      if (found) {
        this.seen = this.events.indexOf(found) + 1;
        return found;
      }
      this.seen = this.events.length;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  close(): void {
    this.response?.destroy();
  }

  private parse(block: string): void {
    const lines = block.split("\n");
    const type = lines.find((l) => l.startsWith("event: "))?.slice(7);
    const data = lines.find((l) => l.startsWith("data: "))?.slice(6);
    if (!type || !data) return;
    this.events.push({ type, data: JSON.parse(data) });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
