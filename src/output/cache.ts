/**
 * The build cache: an output is up to date when it exists and was made from the same content,
 * templates, options and Credo version and code. Keys are content hashes stored beside the outputs
 * (`<out>/<slug>/.credo-cache.json`) with the diagnostics, so a no-op rebuild parses nothing.
 * Keys can be computed by anyone, so the entry also holds a hash of each output as written, and
 * an output whose bytes no longer match (edited, or planted beside a forged entry) is rebuilt.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../base/version.js";
import type { Format } from "../formats/formats.js";
import { DEFAULT_TEMPLATES_DIR } from "../render/shared/templates.js";
import type { Diagnostic } from "../schema/schema.js";

export const CACHE_FILE = ".credo-cache.json";

export interface CacheEntry {
  keys: Partial<Record<Format, string>>;
  /** SHA-256 of each output's bytes as written. */
  hashes?: Partial<Record<Format, string>>;
  diagnostics: Diagnostic[];
}

export function contentHash(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** True when `path` was made from `key` and still holds exactly the bytes written then. */
export async function upToDate(
  entry: CacheEntry | undefined,
  format: Format,
  key: string,
  path: string,
): Promise<boolean> {
  const hash = entry?.hashes?.[format];
  if (entry?.keys[format] !== key || hash === undefined) return false;
  const data = await readFile(path).catch(() => undefined);
  return data !== undefined && contentHash(data) === hash;
}

/** Hash of every file under the template folders (Credo's and an override). */
export function templatesFingerprint(overrideDir?: string): string {
  const hash = createHash("sha256");
  for (const dir of [DEFAULT_TEMPLATES_DIR, overrideDir]) {
    if (!dir || !existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    for (const name of names) {
      const path = join(dir, name);
      try {
        hash.update(name).update("\0").update(readFileSync(path)).update("\0");
      } catch {
        // A folder: its files are listed on their own.
      }
    }
  }
  return hash.digest("hex");
}

let code: string | undefined;

/**
 * Hash of Credo's own code: a reader or renderer change without a version bump (a developer's
 * checkout, a patched install) must not leave outputs built by the old code "up to date".
 * Computed once per process (about 1 MB of JavaScript).
 */
export function codeFingerprint(): string {
  code ??= fingerprintOf(fileURLToPath(new URL("..", import.meta.url)));
  return code;
}

/** Hash of the names and bytes of every .js/.ts file under `root`. */
export function fingerprintOf(root: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.(?:js|ts)$/.test(name)) continue;
    hash
      .update(name)
      .update("\0")
      .update(readFileSync(join(root, name)))
      .update("\0");
  }
  return hash.digest("hex");
}

export function cacheKey(parts: {
  format: Format;
  content: string;
  templates: string;
  paper?: string;
  /** The rule configuration, serialised. */
  rules?: string;
}): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        VERSION,
        codeFingerprint(),
        parts.format,
        parts.paper ?? "",
        parts.templates,
        parts.rules ?? "",
      ]),
    )
    .update(parts.content)
    .digest("hex");
}

export async function readCache(dir: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(join(dir, CACHE_FILE), "utf8")) as CacheEntry;
    return entry && typeof entry.keys === "object" && Array.isArray(entry.diagnostics)
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}
