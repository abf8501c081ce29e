/**
 * The build cache: an output is up to date when it exists and was made from the same content,
 * templates, options and Credo version and code. Keys are content hashes stored beside the outputs
 * (`<out>/<slug>/.credo-cache.json`) with the diagnostics, so a no-op rebuild parses nothing.
 * Keys can be computed by anyone, so the entry also holds a hash of each output as written, and
 * an output whose bytes no longer match (edited, or planted beside a forged entry) is rebuilt.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../base/version.js";
import { type OutputOption, type TemplateFamily, templateFamily } from "../formats/outputs/spec.js";
import { FORMAT_SPECS, FORMATS, type Format } from "../formats/registry.js";
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

/**
 * Hash of each format's template files (Credo's and an override): only the families it is drawn
 * from, so editing the deck's CSS leaves the brief up to date, and model.json depends on none.
 */
export function templatesFingerprints(overrideDir?: string): Record<Format, string> {
  const families = new Map<TemplateFamily, ReturnType<typeof createHash>>();
  for (const dir of [DEFAULT_TEMPLATES_DIR, overrideDir]) {
    if (!dir || !existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    for (const name of names) {
      const path = join(dir, name);
      // A folder's files are listed on their own; a folder alone changes no output.
      if (!statSync(path).isFile()) continue;
      const rel = name.split(sep).join("/");
      const family = templateFamily(rel);
      const hash = families.get(family) ?? createHash("sha256");
      families.set(family, hash);
      hash.update(rel).update("\0").update(readFileSync(path)).update("\0");
    }
  }
  const digests = new Map([...families].map(([family, hash]) => [family, hash.digest("hex")]));
  return Object.fromEntries(
    FORMATS.map((format) => {
      const used = FORMAT_SPECS[format].templates as readonly TemplateFamily[];
      return [format, JSON.stringify(used.map((family) => digests.get(family) ?? ""))];
    }),
  ) as Record<Format, string>;
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
  /** The format's templates (templatesFingerprints). */
  templates: string;
  /** Build options; only those the format depends on are part of its key. */
  options: Partial<Record<OutputOption, string>>;
  /** The rule configuration, serialised. */
  rules?: string;
}): string {
  const options = FORMAT_SPECS[parts.format].options.map((name) => parts.options[name] ?? "");
  return createHash("sha256")
    .update(
      JSON.stringify([
        VERSION,
        codeFingerprint(),
        parts.format,
        options,
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
