/**
 * The programmatic API the CLI uses: `check` parses content files and runs the checks. It loads
 * no renderer and no browser, so `credo check` starts fast.
 */
import { basename, isAbsolute, relative } from "node:path";
import type { VFile } from "vfile";
import { ruleSeverities } from "../config/load.js";
import type { Diagnostic, Model } from "../schema/schema.js";
import { readContent } from "./read.js";
import { slugOf } from "./slug.js";

export interface CheckOptions {
  /** Size limit per content file, in bytes. */
  maxBytes?: number;
  /** Treat warnings as failures. */
  strict?: boolean;
}

export interface FileResult {
  path: string;
  slug: string;
  diagnostics: Diagnostic[];
  /** The vfile with the messages, for reporters. */
  file?: VFile;
  model?: Model;
  /** Paths written. */
  written: string[];
  /** Outputs left as they were because they are up to date (build cache). */
  skipped: string[];
  /** Time this document took, in milliseconds. */
  ms: number;
  /** Why nothing was written (content errors, a render failure…). */
  error?: Error;
}

export function failed(result: FileResult, strict = false): boolean {
  if (result.error) return true;
  return result.diagnostics.some(
    (d) => d.severity === "error" || (strict && d.severity === "warning"),
  );
}

export function newResult(path: string): FileResult {
  return { path, slug: slugOf(path), diagnostics: [], written: [], skipped: [], ms: 0 };
}

/** Read a file into `result`; false (with `result.error`) when it cannot be read as content. */
export async function readInto(result: FileResult, maxBytes?: number): Promise<string | undefined> {
  try {
    return await readContent(result.path, maxBytes);
  } catch (error) {
    // A missing file is the command's fault, not the content's: stop the run with usage.
    if ((error as { exitCode?: number }).exitCode === 64) throw error;
    result.error = error as Error;
    return undefined;
  }
}

/** Parse and check `value` into `result`. */
export async function checkInto(result: FileResult, value: string): Promise<void> {
  try {
    // Loaded on first use: the parser is ~500 modules, which `--version`, `--help` and an
    // up-to-date rebuild never need, and a cold build loads it while Chromium starts.
    const { parseContent } = await import("../pipeline/process.js");
    const rules = await ruleSeverities(result.path);
    const { model, file } = await parseContent({ path: result.path, value, rules });
    // Diagnostics keep the path as given (they are read here); outputs get a shareable one.
    model.meta.source = sourceName(result.path);
    Object.assign(result, { model, file, diagnostics: model.diagnostics });
  } catch (error) {
    // A broken config is the command's fault, not the content's: stop the run with usage.
    if ((error as { exitCode?: number }).exitCode === 64) throw error;
    result.error = error as Error;
  }
}

/**
 * The content file's path as outputs show it: relative to the project (the working folder) when
 * inside it, else just the file name. Outputs are handed out, and an absolute path would tell
 * every reader the author's user name and folders.
 */
export function sourceName(path: string): string {
  const inside = relative(process.cwd(), path);
  if (inside && !inside.startsWith("..") && !isAbsolute(inside)) return inside;
  return basename(path);
}

export async function checkOne(path: string, options: CheckOptions): Promise<FileResult> {
  const started = performance.now();
  const result = newResult(path);
  const value = await readInto(result, options.maxBytes);
  if (value !== undefined) await checkInto(result, value);
  result.ms = performance.now() - started;
  return result;
}

export async function check(
  files: readonly string[],
  options: CheckOptions = {},
): Promise<FileResult[]> {
  return Promise.all(files.map((path) => checkOne(path, options)));
}
