/**
 * `credo dev`: build everything once, then watch the content and templates and rebuild what each
 * change makes stale, while serving the output folder with live reload. `startDev` is what the
 * CLI runs, and what tests and benchmarks drive.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../base/errors.js";
import type { LaunchOptions } from "../browser/session.js";
import { FORMATS, type Format, formatsForTemplate, OUTPUT_FILES } from "../formats/registry.js";
import { clearTemplateCache, DEFAULT_TEMPLATES_DIR } from "../render/shared/templates.js";
import { forTerminal } from "../report/terminal.js";
import { type Doc, findDocuments } from "./documents.js";
import type { IndexEntry } from "./index-page.js";
import { LiveHub } from "./live.js";
import { isInside } from "./paths.js";
import { Rebuilder, type RebuildReport } from "./rebuild.js";
import { startServer } from "./server.js";
import { type Watcher, type WatchTarget, watchTargets } from "./watch.js";

export interface DevOptions {
  /** Content files to build; default every Markdown file under `contentDir`. */
  files?: string[];
  /** Default `content`. */
  contentDir?: string;
  /** Default: every format. */
  formats?: readonly Format[];
  /** Default `output`. */
  outDir?: string;
  templatesDir?: string;
  /** Default 4173; 0 picks a free port. */
  port?: number;
  paper?: "A4" | "Letter";
  maxBytes?: number;
  strict?: boolean;
  browser?: LaunchOptions;
  /** Quiet time that ends a burst of file events. Default 10 ms. */
  debounceMs?: number;
  color?: boolean;
  /** Where diagnostics and timing lines go; default stderr. */
  log?(text: string): void;
  onRebuild?(report: RebuildReport): void;
}

export interface DevServer {
  url: string;
  port: number;
  /** Resolves once every rebuild asked for so far has settled. */
  idle(): Promise<void>;
  /** Stops watching, closes the browser and the server. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4173;
/**
 * An editor's save is a burst of events within a millisecond or two (truncate + write, or write a
 * temporary file + rename); 10 ms of quiet ends it without adding noticeably to the edit loop.
 */
const DEFAULT_DEBOUNCE_MS = 10;

export async function startDev(options: DevOptions = {}): Promise<DevServer> {
  const formats = options.formats ?? FORMATS;
  // Listed as given, so diagnostics name files as `credo check` does (content/x.md); matched resolved.
  const contentRoot = options.contentDir ?? "content";
  const contentDir = resolve(contentRoot);
  const outDir = resolve(options.outDir ?? "output");
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const templateDirs = [DEFAULT_TEMPLATES_DIR];
  if (options.templatesDir) {
    const dir = resolve(options.templatesDir);
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--templates ${options.templatesDir}: no such folder`);
    }
    templateDirs.unshift(dir);
  }
  const named = options.files && options.files.length > 0 ? options.files : undefined;
  for (const file of named ?? []) {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
      throw new UsageError(`${file}: no such file; give the path of a Markdown content file`);
    }
  }
  const outRoot = options.outDir ?? "output";
  let list = findDocuments(named, contentRoot, outRoot);
  for (const problem of list.problems) log(forTerminal(problem));
  await mkdir(outDir, { recursive: true });

  const hub = new LiveHub();
  const rebuilder = new Rebuilder({
    outDir,
    formats,
    templatesDir: options.templatesDir,
    paper: options.paper,
    maxBytes: options.maxBytes,
    strict: options.strict,
    browser: options.browser,
    hub,
    color: options.color ?? false,
    log,
    onRebuild: options.onRebuild,
  });
  const entries = async (): Promise<IndexEntry[]> =>
    list.docs.map((doc) => {
      const failure = hub.failureOf(doc.slug);
      const errors = failure?.diagnostics.filter((d) => d.severity === "error").length ?? 0;
      return {
        slug: doc.slug,
        source: doc.path,
        outputs: formats
          .map((f) => OUTPUT_FILES[f])
          .filter((file) => existsSync(join(outDir, doc.slug, file))),
        failure: failure && { message: failure.message, errors: Math.max(errors, 1) },
      };
    });
  const server = await startServer({
    port: options.port ?? DEFAULT_PORT,
    outDir,
    hub,
    entries,
  }).catch((error) => {
    hub.close();
    throw error;
  });

  const onBatch = (paths: string[], since: number) => {
    const templateFormats = new Set<Format>();
    const content: string[] = [];
    for (const path of paths) {
      const dir = templateDirs.find((d) => isInside(d, path));
      if (dir)
        for (const f of formatsForTemplate(relative(dir, path).split(sep).join("/")))
          templateFormats.add(f);
      else content.push(path);
    }
    const before = new Set(list.docs.map((d) => d.abs));
    if (!named && content.length > 0) {
      const known = new Set(list.problems);
      list = findDocuments(undefined, contentRoot, outRoot, true);
      for (const problem of list.problems) if (!known.has(problem)) log(forTerminal(problem));
    }
    // A folder path means the platform did not say which file changed: take all of them.
    const changed = (doc: Doc) =>
      !before.has(doc.abs) ||
      content.some((p) => p === doc.abs || p === dirname(doc.abs) || p === contentDir);
    if (templateFormats.size > 0) clearTemplateCache();
    for (const doc of list.docs) {
      if (changed(doc))
        rebuilder.request(doc, formats, since, before.has(doc.abs) && templateFormats.size === 0);
      else if (templateFormats.size > 0) rebuilder.request(doc, templateFormats, since);
    }
  };

  const targets: WatchTarget[] = [
    ...(named
      ? [...new Set(list.docs.map((d) => dirname(d.abs)))].map((dir) => ({ dir, recursive: false }))
      : [{ dir: contentDir, recursive: true }]),
    ...templateDirs.map((dir) => ({ dir, recursive: true })),
  ];
  let watcher: Watcher;
  try {
    watcher = watchTargets(targets, {
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      ignoreDirs: [outDir],
      onBatch,
      onError: (error, where) => log(forTerminal(`watching ${where}: ${error.message}`)),
    });
  } catch (error) {
    await server.close();
    throw error;
  }

  const started = performance.now();
  for (const doc of list.docs) rebuilder.request(doc, formats, started);

  return {
    url: server.url,
    port: server.port,
    idle: () => rebuilder.idle(),
    async close() {
      watcher.close();
      await rebuilder.close();
      await server.close();
    },
  };
}
