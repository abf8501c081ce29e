/**
 * Parsing for the edit loop, on a worker thread with a deadline: the server keeps answering while
 * a document parses, and a document that takes longer than the deadline is stopped (the thread is
 * replaced) and reported, instead of holding the session. Run from TypeScript sources (the unit
 * tests), where no compiled worker exists, it parses on the calling thread.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ContentError } from "../base/errors.js";
import { forgetConfigs } from "../config/load.js";
import { checkOne, type FileResult, newResult } from "../document/document.js";

export interface ParseRequest {
  id: number;
  path: string;
  maxBytes?: number;
}

type PlainResult = Omit<FileResult, "file" | "error"> & { error?: { message: string } };

export type ParseReply =
  | { id: number; result: PlainResult; thrown?: undefined }
  | { id: number; thrown: { message: string }; result?: undefined };

/** CREDO_PARSE_TIMEOUT_MS, else 30 s: far beyond any real document, short of a stuck session. */
export function parseDeadline(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.CREDO_PARSE_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 30_000;
}

const WORKER = new URL("./parse-worker.js", import.meta.url);

export class Parser {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, (reply: ParseReply) => void>();

  constructor(
    private readonly options: { maxBytes?: number; deadlineMs?: number } = {},
    private readonly threaded = existsSync(fileURLToPath(WORKER)),
  ) {}

  /** Parses and checks `path`; never rejects for content (errors are in the result). */
  async check(path: string): Promise<FileResult> {
    if (!this.threaded) {
      forgetConfigs();
      return checkOne(path, { maxBytes: this.options.maxBytes });
    }
    const id = this.next++;
    const worker = this.start();
    const deadline = this.options.deadlineMs ?? parseDeadline();
    const reply = await new Promise<ParseReply | undefined>((settle) => {
      const timer = setTimeout(() => settle(undefined), deadline);
      this.pending.set(id, (value) => {
        clearTimeout(timer);
        settle(value);
      });
      worker.postMessage({ id, path, maxBytes: this.options.maxBytes } satisfies ParseRequest);
    });
    this.pending.delete(id);
    if (!reply) {
      // The thread is busy with this document for good: replace it, and say why nothing changed.
      await this.stop();
      return failed(
        path,
        new ContentError(
          `${path}: took longer than ${Math.round(deadline / 1000)} s to check and was stopped; the file may be very large or unusually shaped (see --max-bytes)`,
        ),
      );
    }
    if (reply.thrown) throw new Error(reply.thrown.message);
    const { error, ...result } = reply.result;
    return { ...result, error: error && new ContentError(error.message) };
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER);
    worker.on("message", (reply: ParseReply) => this.pending.get(reply.id)?.(reply));
    // A crashed thread answers nothing: its requests fail now, the next one starts a new thread.
    worker.on("error", (error) => this.abandon(worker, error.message));
    worker.on("exit", () => this.abandon(worker, "the parser thread stopped"));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private abandon(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const [id, settle] of this.pending) settle({ id, thrown: { message } });
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.abandon(worker, "the parser thread was stopped");
    await worker.terminate();
  }
}

function failed(path: string, error: Error): FileResult {
  return { ...newResult(path), error };
}
