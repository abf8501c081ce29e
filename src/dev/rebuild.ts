/**
 * Rebuilding in the edit loop. A document is parsed once per change; the fast formats (model.json,
 * brief.html) are written at once, the slower ones (PDFs, deck, PPTX) after, by one background
 * worker on the warm browser. Each format is written alone and as soon as it is ready, so one
 * failing format (a broken slide template, a browser crash) leaves the others live. Nothing is
 * written for a document with content errors: its last good output stays, and open pages are told
 * why instead. Nothing that goes wrong here may end the session.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { LaunchOptions } from "../browser/session.js";
import { type FileResult, failed } from "../document/document.js";
import { readContent } from "../document/read.js";
import { renderContext } from "../formats/context.js";
import type { RenderContext } from "../formats/outputs/spec.js";
import { FORMAT_SPECS, type Format, OUTPUT_FILES } from "../formats/registry.js";
import { renderFormat } from "../formats/render.js";
import { writeOutputs } from "../output/write.js";
import { formatText } from "../report/report.js";
import { forTerminal } from "../report/terminal.js";
import { SessionBaselines } from "../versions/session.js";
import { WarmBrowser } from "./browser.js";
import type { Doc } from "./documents.js";
import type { LiveHub } from "./live.js";
import { Parser } from "./parser.js";

export interface RebuildReport {
  slug: string;
  /** `fast`: model/brief HTML written; `all`: every requested format settled. */
  phase: "fast" | "all";
  /** From the first file event of the change to this point. */
  ms: number;
  written: string[];
  failed: boolean;
  /** Saved again with the same bytes as the build before: nothing was rebuilt. */
  unchanged?: boolean;
}

export interface RebuildOptions {
  outDir: string;
  /** Formats of the session, canonical order. */
  formats: readonly Format[];
  templatesDir?: string;
  paper?: "A4" | "Letter";
  maxBytes?: number;
  strict?: boolean;
  browser?: LaunchOptions;
  hub: LiveHub;
  color: boolean;
  log(text: string): void;
  onRebuild?(report: RebuildReport): void;
}

interface Request {
  doc: Doc;
  formats: Set<Format>;
  since: number;
  /** Only the document's own file changed (not a template, not the first build). */
  contentOnly: boolean;
}

interface SlowJob extends Omit<Request, "contentOnly"> {
  /** The fast pass's context: the brief HTML and slide plan it made are not made again. */
  context: RenderContext;
  /** What the fast pass wrote and when, for the timing line. */
  fast: { files: string[]; ms: number };
}

export class Rebuilder {
  private readonly browser: WarmBrowser;
  /** Parses off the server's event loop, with a deadline (parser.ts). */
  private readonly parser: Parser;
  private readonly queued = new Map<string, Request>();
  private readonly slow = new Map<string, SlowJob>();
  /** Each document's first good model: the previews say what changed in meaning since. */
  private readonly baselines = new SessionBaselines();
  /** Where each brief's anchors landed in its last print: the next edit prints with them. */
  private readonly briefPages = new Map<
    string,
    NonNullable<RenderContext["briefPages"]>["guess"]
  >();
  /**
   * A hash of the bytes each document's current outputs come from (set when its build starts,
   * dropped when any part fails): an editor that saves in two steps, or a save without a change,
   * must not print again.
   */
  private readonly builtFrom = new Map<string, string>();
  private fastRunning: Promise<void> | undefined;
  private slowRunning: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: RebuildOptions) {
    this.browser = new WarmBrowser(options.browser);
    this.parser = new Parser({ maxBytes: options.maxBytes });
  }

  /**
   * Marks `formats` of `doc` stale; changes that arrive while a rebuild runs are merged.
   * `contentOnly`: the document's file is all that changed, so the same bytes as last build's
   * need nothing rebuilt.
   */
  request(doc: Doc, formats: Iterable<Format>, since: number, contentOnly = false): void {
    if (this.closed) return;
    const wanted = ordered(formats, this.options.formats);
    if (wanted.length === 0) return;
    const queued = this.queued.get(doc.abs);
    this.queued.set(doc.abs, {
      doc,
      formats: new Set([...(queued?.formats ?? []), ...wanted]),
      since: Math.min(queued?.since ?? since, since),
      contentOnly: contentOnly && (queued?.contentOnly ?? true),
    });
    this.kickFast();
  }

  /** Resolves once every requested rebuild has settled. */
  async idle(): Promise<void> {
    while (this.fastRunning || this.slowRunning) await (this.fastRunning ?? this.slowRunning);
  }

  /** Drops queued work, closes the browser (cutting a print short) and waits for what runs. */
  async close(): Promise<void> {
    this.closed = true;
    this.queued.clear();
    this.slow.clear();
    await this.browser.close();
    await this.parser.close();
    await this.idle();
  }

  /**
   * One drain loop per queue at a time. The running flag is cleared only after the loop's promise
   * settled, and work queued in between starts a new loop, so nothing is stranded.
   */
  private kickFast(): void {
    if (this.fastRunning || this.closed) return;
    this.fastRunning = this.drainFast().finally(() => {
      this.fastRunning = undefined;
      if (this.queued.size > 0) this.kickFast();
    });
  }

  private kickSlow(): void {
    if (this.slowRunning || this.closed) return;
    this.slowRunning = this.drainSlow().finally(() => {
      this.slowRunning = undefined;
      if (this.slow.size > 0) this.kickSlow();
    });
  }

  private async drainFast(): Promise<void> {
    while (this.queued.size > 0 && !this.closed) {
      const batch = [...this.queued.values()];
      this.queued.clear();
      for (const request of batch) await this.guard(request.doc, () => this.fastPass(request));
    }
  }

  private async drainSlow(): Promise<void> {
    for (let job = first(this.slow); job && !this.closed; job = first(this.slow)) {
      this.slow.delete(job.doc.abs);
      const current = job;
      await this.guard(job.doc, () => this.slowPass(current));
    }
  }

  private async fastPass({ doc, formats, since, contentOnly }: Request): Promise<void> {
    const bytes = await fingerprint(doc.abs, this.options.maxBytes);
    if (contentOnly && bytes !== undefined && this.builtFrom.get(doc.abs) === bytes) {
      this.options.onRebuild?.({
        slug: doc.slug,
        phase: "all",
        ms: Math.round(performance.now() - since),
        written: [],
        failed: false,
        unchanged: true,
      });
      return;
    }
    this.builtFrom.delete(doc.abs);
    const result = await this.parser.check(doc.path);
    if (result.diagnostics.length > 0 || result.error) {
      this.options.log(formatText([result], this.options.color));
    }
    if (!result.model || failed(result, this.options.strict)) {
      this.reportContentFailure(doc, result, since);
      return;
    }
    if (bytes !== undefined) this.builtFrom.set(doc.abs, bytes);
    // Written in the change's own turn: they take milliseconds and are what an editor looks at.
    const fast = [...formats].filter((f) => FORMAT_SPECS[f].fast);
    const rest = [...formats].filter((f) => !FORMAT_SPECS[f].fast);
    const context = renderContext(result.model, {
      templatesDir: this.options.templatesDir,
      paper: this.options.paper,
      // Prints get the warm browser per attempt (renderAndWrite), so a crash can be retried.
      session: () => Promise.reject(new Error("printing runs on the warm browser")),
      changes: this.baselines.changes(doc.abs, result.model),
      // An edit seldom moves a part to another page: printed with the last pages, the brief
      // takes one print instead of two (brief-pdf.ts reads them back and prints again if not).
      briefPages: {
        guess: this.briefPages.get(doc.abs),
        landed: (pages) => this.briefPages.set(doc.abs, pages),
      },
    });
    const settled = await this.renderAndWrite(doc, context, fast);
    const ms = Math.round(performance.now() - since);
    this.options.onRebuild?.({ ...settled, slug: doc.slug, phase: "fast", ms });
    if (rest.length === 0) {
      this.timingLine(doc, { files: settled.written, ms }, undefined);
      this.options.onRebuild?.({ ...settled, slug: doc.slug, phase: "all", ms });
      return;
    }
    const pending = this.slow.get(doc.abs);
    this.slow.set(doc.abs, {
      doc,
      context,
      formats: new Set([...(pending?.formats ?? []), ...rest]),
      since,
      fast: { files: settled.written, ms },
    });
    this.kickSlow();
  }

  private async slowPass(job: SlowJob): Promise<void> {
    const formats = ordered(job.formats, this.options.formats);
    const settled = await this.renderAndWrite(job.doc, job.context, formats);
    // Overtaken by a newer edit before writing anything: that edit's pass reports.
    if (settled.written.length === 0 && !settled.failed && this.slow.has(job.doc.abs)) return;
    const ms = Math.round(performance.now() - job.since);
    this.timingLine(job.doc, job.fast, ms);
    this.options.onRebuild?.({ ...settled, slug: job.doc.slug, phase: "all", ms });
  }

  /**
   * Renders `formats` concurrently, writing each file as soon as it is ready, unless a newer
   * change already queued that format again (its output would be replaced at once).
   */
  private async renderAndWrite(
    doc: Doc,
    context: RenderContext,
    formats: readonly Format[],
  ): Promise<{ written: string[]; failed: boolean }> {
    const { outDir, hub } = this.options;
    const done = new Set<Format>();
    const failures: { format: Format; error: Error }[] = [];
    await Promise.all(
      formats.map(async (format) => {
        try {
          const data = await this.browser.run((session) =>
            renderFormat({ ...context, session }, format),
          );
          if (this.closed || this.slow.get(doc.abs)?.formats.has(format)) return;
          // Previews, rewritten on every edit: atomic for readers, not flushed to disk; `credo
          // build`'s up-to-date keys no longer describe these files, so they are dropped.
          await writeOutputs(join(outDir, doc.slug), new Map([[format, data]]), {
            durable: false,
            cache: "drop",
          });
          done.add(format);
        } catch (error) {
          failures.push({ format, error: error as Error });
        }
      }),
    );
    // A part that failed is built again on the next save, changed or not.
    if (failures.length > 0) this.builtFrom.delete(doc.abs);
    // In the formats' order, not the order the writes happened to finish in.
    const written = formats.filter((f) => done.has(f)).map((f) => OUTPUT_FILES[f]);
    if (written.length > 0) hub.send({ type: "reload", slug: doc.slug, files: written });
    for (const { format, error } of failures) {
      if (this.closed) break;
      const message = `${OUTPUT_FILES[format]} not rebuilt: ${error.message}`;
      this.options.log(`${forTerminal(doc.path)}  error  ${forTerminal(message)}`);
      hub.send({
        type: "failure",
        slug: doc.slug,
        files: [OUTPUT_FILES[format]],
        message,
        diagnostics: [],
      });
    }
    return { written, failed: failures.length > 0 };
  }

  private reportContentFailure(doc: Doc, result: FileResult, since: number): void {
    // Errors first: they are why nothing was rebuilt; warnings stand in every good build too.
    const diagnostics = [
      ...result.diagnostics.filter((d) => d.severity === "error"),
      ...result.diagnostics.filter((d) => d.severity === "warning"),
    ];
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const message =
      result.error?.message ??
      (errors > 0
        ? `${errors} error${errors === 1 ? "" : "s"} in ${doc.path}; fix ${errors === 1 ? "it" : "them"} to rebuild`
        : `warnings in ${doc.path} fail the rebuild (--strict)`);
    this.options.hub.send({
      type: "failure",
      slug: doc.slug,
      files: this.options.formats.map((f) => OUTPUT_FILES[f]),
      message,
      diagnostics,
    });
    this.options.log(`${doc.slug}: not rebuilt; keeping the last good output`);
    const ms = Math.round(performance.now() - since);
    for (const phase of ["fast", "all"] as const) {
      this.options.onRebuild?.({ slug: doc.slug, phase, ms, written: [], failed: true });
    }
  }

  /** `rebuilt tiktok: brief.html 31 ms, all formats 380 ms`. */
  private timingLine(doc: Doc, fast: SlowJob["fast"], allMs: number | undefined): void {
    const parts: string[] = [];
    const html = OUTPUT_FILES.html;
    if (fast.files.length > 0) {
      parts.push(`${fast.files.includes(html) ? html : fast.files.join(", ")} ${fast.ms} ms`);
    }
    if (allMs !== undefined) parts.push(`all formats ${allMs} ms`);
    if (parts.length > 0) this.options.log(`rebuilt ${doc.slug}: ${parts.join(", ")}`);
  }

  /** Whatever a rebuild throws (a file deleted mid-read, a bug) is reported, never fatal. */
  private async guard(doc: Doc, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!this.closed)
        this.options.log(
          `${forTerminal(doc.path)}  error  ${forTerminal((error as Error).message)}`,
        );
    }
  }
}

/** A hash of the file's text; undefined when it cannot be read (the parser then says why). */
async function fingerprint(
  path: string,
  maxBytes: number | undefined,
): Promise<string | undefined> {
  try {
    return createHash("sha256")
      .update(await readContent(path, maxBytes))
      .digest("base64");
  } catch {
    return undefined;
  }
}

function first<T>(map: Map<string, T>): T | undefined {
  return map.values().next().value;
}

/** `formats` in canonical order, limited to the ones the session builds. */
function ordered(formats: Iterable<Format>, wanted: readonly Format[]): Format[] {
  const set = new Set(formats);
  return wanted.filter((f) => set.has(f));
}
