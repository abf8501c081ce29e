/**
 * The programmatic `build`: check, render, write. One browser serves the whole run (started only
 * when a format prints); a document's outputs are written only after every format rendered, each
 * atomically, so a failed or killed build never leaves a partial file.
 */
import { join, relative } from "node:path";
import type { BrowserSession, LaunchOptions } from "../browser/session.js";
import { UsageError } from "../errors.js";
import { writeAtomic } from "../write/atomic.js";
import { type CheckOptions, checkOne, type FileResult, failed } from "./check.js";
import { BROWSER_FORMATS, FORMATS, type Format, OUTPUT_FILES } from "./formats.js";
import { renderFormats } from "./render.js";

export interface BuildOptions extends CheckOptions {
  formats?: readonly Format[];
  /** Output root; each document goes to `<outDir>/<slug>/`. Default `output`. */
  outDir?: string;
  paper?: "A4" | "Letter";
  templatesDir?: string;
  browser?: LaunchOptions;
  /** A browser session to print with (e.g. the dev server's warm one); build never closes it. */
  session?: BrowserSession;
  /** Called as each document finishes. */
  onResult?: (result: FileResult) => void;
}

export async function build(
  files: readonly string[],
  options: BuildOptions = {},
): Promise<FileResult[]> {
  const formats = options.formats ?? FORMATS;
  const outDir = options.outDir ?? "output";
  const slugs = new Map<string, string>();
  let session: Promise<BrowserSession> | undefined = options.session && Promise.resolve(options.session);
  const getSession = () => {
    session ??= import("../browser/session.js").then((m) => m.launchBrowser(options.browser));
    return session;
  };
  const results: FileResult[] = [];
  try {
    // Start the browser while the content is being parsed: it is the slowest step.
    if (formats.some((f) => BROWSER_FORMATS.has(f))) getSession().catch(() => undefined);
    for (const path of files) {
      const result = await checkOne(path, options);
      const clash = slugs.get(result.slug);
      if (clash) {
        result.error = new UsageError(
          `${path} and ${clash} would both write ${outDir}/${result.slug}/; rename one`,
        );
      }
      slugs.set(result.slug, path);
      if (result.model && !failed(result, options.strict)) {
        try {
          const rendered = await renderFormats(result.model, formats, {
            paper: options.paper,
            templatesDir: options.templatesDir,
            session: getSession,
          });
          const dir = join(outDir, result.slug);
          for (const [format, data] of rendered) {
            const target = join(dir, OUTPUT_FILES[format]);
            await writeAtomic(target, data);
            result.written.push(relative(process.cwd(), target) || target);
          }
        } catch (error) {
          result.error = error as Error;
        }
      }
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    if (session && !options.session) await session.then((s) => s.close()).catch(() => undefined);
  }
  return results;
}
