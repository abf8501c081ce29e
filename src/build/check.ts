/**
 * The programmatic API the CLI uses: `check` parses content files and runs the checks. It loads
 * no renderer and no browser, so `credo check` starts fast.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { VFile } from "vfile";
import { UsageError } from "../errors.js";
import type { Diagnostic, Model } from "../model/schema.js";
import { parseContent } from "../pipeline/process.js";
import { slugOf } from "./formats.js";
import { readContent } from "./read.js";

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
  /** Why nothing was written (content errors, a render failure…). */
  error?: Error;
}

export function failed(result: FileResult, strict = false): boolean {
  if (result.error) return true;
  return result.diagnostics.some(
    (d) => d.severity === "error" || (strict && d.severity === "warning"),
  );
}

/** Every `*.md` under `content/` when no file is named. */
export function defaultFiles(root = "content"): string[] {
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: "utf8" });
  } catch {
    throw new UsageError(
      `no content files given and no ${root}/ folder; name a Markdown file, e.g. credo check content/tiktok.md`,
    );
  }
  const files = names
    .filter((n) => /\.(md|markdown)$/i.test(n))
    .sort()
    .map((n) => join(root, n));
  if (files.length === 0) throw new UsageError(`no Markdown files in ${root}/`);
  return files;
}

export async function checkOne(path: string, options: CheckOptions): Promise<FileResult> {
  const result: FileResult = { path, slug: slugOf(path), diagnostics: [], written: [] };
  try {
    const value = await readContent(path, options.maxBytes);
    const { model, file } = await parseContent({ path, value });
    Object.assign(result, { model, file, diagnostics: model.diagnostics });
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode === 64) throw error;
    result.error = error as Error;
  }
  return result;
}

export async function check(
  files: readonly string[],
  options: CheckOptions = {},
): Promise<FileResult[]> {
  return Promise.all(files.map((path) => checkOne(path, options)));
}
