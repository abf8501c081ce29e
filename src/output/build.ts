/**
 * The programmatic `build`: check, render, write. One browser serves the whole run (started only
 * when a format prints) and prints several documents at once (`concurrency`); a document's
 * outputs are written only after every format rendered, each atomically, so a failed or killed
 * build never leaves a partial file. Outputs that are up to date (see cache.ts) are skipped.
 */
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import type { BrowserSession, LaunchOptions } from "../browser/session.js";
import { ruleSeverities } from "../config/load.js";
import {
  type CheckOptions,
  checkInto,
  type FileResult,
  failed,
  newResult,
  readInto,
} from "../document/document.js";
import { type Listed, listDocuments } from "../document/list.js";
import { renderContext } from "../formats/context.js";
import { FORMAT_SPECS, FORMATS, type Format, OUTPUT_FILES } from "../formats/registry.js";
import { renderFormats } from "../formats/render.js";
import type { PageNumbers } from "../render/brief/destinations.js";
import {
  type CacheEntry,
  cacheKey,
  changedStamps,
  pagesGuess,
  readCache,
  templatesFingerprints,
  upToDate,
} from "./cache.js";
import { keepHeapInBudget } from "./memory.js";
import { inShard, type Shard } from "./shard.js";
import { writeOutputs } from "./write.js";

export interface BuildOptions extends CheckOptions {
  formats?: readonly Format[];
  /** Output root; each document goes to `<outDir>/<slug>/`. Default `output`. */
  outDir?: string;
  paper?: "A4" | "Letter";
  templatesDir?: string;
  /** A git revision to compare each document with ("What changed since …"); see versions/since.ts. */
  compare?: string;
  browser?: LaunchOptions;
  /** A browser session to print with (e.g. the dev server's warm one); build never closes it. */
  session?: BrowserSession;
  /** Documents rendered at once (each may print two PDFs). Default: the number of cores. */
  concurrency?: number;
  /** Rebuild outputs even when they are up to date. */
  force?: boolean;
  /** Build only this machine's share of the documents (the others' results are left out). */
  shard?: Shard;
  /**
   * Keep each document's model and vfile in its result (default true). The CLI drops them once
   * the document is written, so a batch's memory does not grow with the number of documents.
   */
  keepModels?: boolean;
  /** Called as each document starts and finishes. */
  onStart?: (path: string) => void;
  onResult?: (result: FileResult) => void;
}

/**
 * The documents a build of `files` works on, in order: each file once, this machine's shard of
 * them. Clashes are found over the whole list, so every shard refuses the same documents.
 */
export function documentsToBuild(
  files: readonly string[],
  options: Pick<BuildOptions, "outDir" | "shard"> = {},
): Listed[] {
  const { shard } = options;
  return listDocuments(files, options.outDir ?? "output").filter(
    (entry) => !shard || inShard(entry.doc.slug, shard),
  );
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

export async function build(
  files: readonly string[],
  options: BuildOptions = {},
): Promise<FileResult[]> {
  const formats = options.formats ?? FORMATS;
  const outDir = options.outDir ?? "output";
  const templates = templatesFingerprints(options.templatesDir);
  let session: Promise<BrowserSession> | undefined =
    options.session && Promise.resolve(options.session);
  const sessionModule = () => import("../browser/session.js");
  const getSession = () => {
    session ??= sessionModule().then((m) => m.launchBrowser(options.browser));
    return session;
  };

  const documents = documentsToBuild(files, options);

  const one = async (index: number): Promise<FileResult> => {
    const { doc, clash } = documents[index] as (typeof documents)[number];
    options.onStart?.(doc.path);
    const started = performance.now();
    const result = newResult(doc.path);
    result.error = clash;
    const value = result.error ? undefined : await readInto(result, options.maxBytes);
    if (value !== undefined) {
      const dir = join(outDir, result.slug);
      // The rule config changes the diagnostics, so it is part of every output's key (no config:
      // the key is what it always was).
      const config = await ruleSeverities(result.path);
      const rules = Object.keys(config).length > 0 ? JSON.stringify(config) : undefined;
      const keys = Object.fromEntries(
        formats.map((format) => [
          format,
          cacheKey({
            format,
            content: value,
            templates: templates[format],
            options: { paper: options.paper },
            rules,
          }),
        ]),
      ) as Record<Format, string>;
      // Read even when forced: its brief page numbers are a guess the print checks.
      const previous = await readCache(dir);
      // A comparison depends on another version than the one keyed: always rendered afresh.
      const cached = options.force || options.compare ? undefined : previous;
      const stamps = await Promise.all(
        formats.map((f) => upToDate(cached, f, keys[f], join(dir, OUTPUT_FILES[f]))),
      );
      const stale = formats.filter((_, i) => stamps[i] === undefined);
      const kept = formats.filter((_, i) => stamps[i] !== undefined);
      result.skipped = kept.map((f) => join(dir, OUTPUT_FILES[f]));
      const restamped = changedStamps(cached, formats, stamps);
      if (stale.length === 0 && cached) {
        result.diagnostics = cached.diagnostics;
        if (Object.keys(restamped).length > 0) {
          // Only a saving for next time: the outputs are up to date whether or not this lands.
          await writeOutputs(dir, new Map(), {
            durable: true,
            cache: {
              keys: {},
              previous: cached,
              diagnostics: cached.diagnostics,
              stamps: restamped,
            },
          }).catch(() => undefined);
        }
      } else {
        // Start the browser while the content is being parsed (it is the slowest step), but only
        // once something will print: an up-to-date rebuild never launches one.
        if (stale.some((f) => FORMAT_SPECS[f].needsBrowser)) {
          getSession().catch(() => undefined);
          // Puppeteer loads before the parser does. Loading either is CPU work on this one
          // thread; this way the launch, the longer wait, runs beside the parsing.
          await sessionModule();
        }
        await checkInto(result, value);
        if (result.model && !failed(result, options.strict)) {
          await renderAndWrite(result, stale, dir, {
            keys,
            cached,
            pages: pagesGuess(previous),
            restamped,
            getSession,
            options,
          });
        }
      }
    }
    if (options.keepModels === false) {
      result.model = undefined;
      result.file = undefined;
    }
    result.ms = performance.now() - started;
    options.onResult?.(result);
    if (files.length > 1) keepHeapInBudget();
    return result;
  };

  try {
    return await pool([...documents.keys()], options.concurrency ?? defaultConcurrency(), one);
  } finally {
    if (session && !options.session) await session.then((s) => s.close()).catch(() => undefined);
  }
}

async function renderAndWrite(
  result: FileResult,
  formats: Format[],
  dir: string,
  context: {
    keys: Record<Format, string>;
    cached: CacheEntry | undefined;
    /** Where the brief's anchors landed in its previous print. */
    pages: PageNumbers | undefined;
    restamped: Partial<Record<Format, string>>;
    getSession: () => Promise<BrowserSession>;
    options: BuildOptions;
  },
): Promise<void> {
  const { keys, cached, pages, restamped, getSession, options } = context;
  const model = result.model;
  if (!model) return;
  try {
    // Loaded only for a comparison (`--compare`, or `compareTo:` in the front matter).
    const changes =
      options.compare || model.meta.compareTo
        ? await (await import("../versions/since.js")).changesFor(
            model,
            result.path,
            options.compare,
          )
        : undefined;
    let landed: PageNumbers | undefined;
    const context = renderContext(model, {
      paper: options.paper,
      templatesDir: options.templatesDir,
      session: getSession,
      changes,
      briefPages: {
        guess: pages,
        landed: (where) => {
          landed = where;
        },
      },
    });
    const rendered = await renderFormats(context, formats);
    const written = await writeOutputs(dir, rendered, {
      durable: true,
      cache: {
        // Compared outputs are marked so no later build takes them as up to date.
        keys: Object.fromEntries(
          formats.map((f) => [f, changes ? `${keys[f]}+compared` : keys[f]]),
        ),
        previous: cached,
        diagnostics: result.diagnostics,
        stamps: restamped,
        pages: landed,
      },
    });
    result.written.push(...written.map(shown));
  } catch (error) {
    result.error = error as Error;
  }
}

/** Run `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A written path as users want to read it: relative when under the working folder, else absolute. */
function shown(target: string): string {
  const rel = relative(process.cwd(), target);
  return rel && !rel.startsWith("..") ? rel : resolve(target);
}
