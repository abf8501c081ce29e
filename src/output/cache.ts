/**
 * The build cache: an output is up to date when it exists and was made from the same content,
 * templates, options and Credo version and code. Keys are content hashes stored beside the outputs
 * (`<out>/<slug>/.credo-cache.json`) with the diagnostics, so a no-op rebuild parses nothing.
 * Keys can be computed by anyone, so the entry also holds a hash of each output as written, and
 * an output whose bytes no longer match (edited, or planted beside a forged entry) is rebuilt.
 * Reading every output to hash it made a no-op rebuild cost as much as reading all the PDFs, so
 * the entry also holds each file's stamp as written (see fileStamp): while the file still has it,
 * its bytes are those hashed, and only a file whose stamp changed is read and hashed again.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../base/version.js";
import { type OutputOption, type TemplateFamily, templateFamily } from "../formats/outputs/spec.js";
import { FORMAT_SPECS, FORMATS, type Format } from "../formats/registry.js";
import type { PageNumbers } from "../render/brief/destinations.js";
import { DEFAULT_TEMPLATES_DIR } from "../render/shared/templates.js";
import type { Diagnostic } from "../schema/schema.js";

export const CACHE_FILE = ".credo-cache.json";

export interface CacheEntry {
  keys: Partial<Record<Format, string>>;
  /** SHA-256 of each output's bytes as written. */
  hashes?: Partial<Record<Format, string>>;
  /** Each output's fileStamp right after it was written (or last hashed). */
  stamps?: Partial<Record<Format, string>>;
  /** Where the brief PDF's anchors landed: its next print's first guess (checked, never trusted). */
  pages?: Record<string, number>;
  diagnostics: Diagnostic[];
}

/** The entry's page guess, if it is one (anchor id → page from 1); anything else is no guess. */
export function pagesGuess(entry: CacheEntry | undefined): PageNumbers | undefined {
  const pages = entry?.pages;
  if (typeof pages !== "object" || pages === null) return undefined;
  const valid = Object.entries(pages).every(([, page]) => Number.isInteger(page) && page >= 1);
  return valid ? new Map(Object.entries(pages)) : undefined;
}

export function contentHash(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * What identifies one write of a regular file: device, inode, size, and the modified and changed
 * times in nanoseconds. The change time is the one no one sets: the kernel moves it to "now" on
 * every write, rename, chmod or utimes, so a file edited, replaced, copied or unpacked from an
 * archive (mtime kept) gets another stamp even when it keeps its size and mtime.
 */
export async function fileStamp(path: string): Promise<string | undefined> {
  const stats = await lstat(path, { bigint: true }).catch(() => undefined);
  if (!stats?.isFile()) return undefined;
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(":");
}

/**
 * When `path` was made from `key` and still holds exactly the bytes written then: its stamp now
 * (else undefined). Its bytes are read and hashed only when the stamp is not the one recorded.
 */
export async function upToDate(
  entry: CacheEntry | undefined,
  format: Format,
  key: string,
  path: string,
): Promise<string | undefined> {
  const hash = entry?.hashes?.[format];
  if (entry?.keys[format] !== key || hash === undefined) return undefined;
  const stamp = await fileStamp(path);
  if (stamp === undefined || stamp === entry.stamps?.[format]) return stamp;
  const data = await readFile(path).catch(() => undefined);
  return data !== undefined && contentHash(data) === hash ? stamp : undefined;
}

/**
 * The stamps of up-to-date outputs (`stamps`, upToDate's answers for `formats`) that differ from
 * those recorded: outputs that had to be hashed (copied, touched). Recorded, they spare the next
 * build reading them again.
 */
export function changedStamps(
  entry: CacheEntry | undefined,
  formats: readonly Format[],
  stamps: readonly (string | undefined)[],
): Partial<Record<Format, string>> {
  return Object.fromEntries(
    formats.flatMap((format, i) => {
      const stamp = stamps[i];
      return stamp !== undefined && stamp !== entry?.stamps?.[format] ? [[format, stamp]] : [];
    }),
  );
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
  code ??= fingerprintOf(codeRoot(fileURLToPath(new URL(".", import.meta.url))));
  return code;
}

/**
 * The tree of the code that runs: this module sits in output/ of src/ or of tsc's dist/ (hash
 * that whole tree, without the CLI bundle beside it), or is a chunk of the CLI bundle (dist/bin/,
 * which holds all of it).
 */
function codeRoot(here: string): string {
  return basename(here) === "output" ? dirname(here) : here;
}

/**
 * Hash of the names and bytes of every .js/.ts file under `root` that runs: not type declarations,
 * not the CLI bundle (bin/) beside tsc's tree, which the bundle's own fingerprint covers.
 */
export function fingerprintOf(root: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.(?:js|ts)$/.test(name) || name.endsWith(".d.ts") || name.startsWith(`bin${sep}`))
      continue;
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
