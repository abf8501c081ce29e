/**
 * Writing a document's outputs, for `build` and `dev` alike: into `<out>/<slug>/` (made safely,
 * see folder.ts), each file atomically, then the build cache brought up to date — or, for the
 * edit loop's previews, dropped, since its keys no longer describe the files.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { type Format, OUTPUT_FILES } from "../formats/registry.js";
import type { PageNumbers } from "../render/brief/destinations.js";
import type { Diagnostic } from "../schema/schema.js";
import { writeAllAtomic, writeAtomic } from "./atomic.js";
import { CACHE_FILE, type CacheEntry, contentHash, fileStamp } from "./cache.js";
import { outputFolder } from "./folder.js";

export type CacheUpdate =
  | {
      keys: Partial<Record<Format, string>>;
      previous?: CacheEntry;
      diagnostics: Diagnostic[];
      /** Stamps of kept outputs that were hashed again (copied, touched): kept for next time. */
      stamps?: Partial<Record<Format, string>>;
      /** Where the brief PDF written now has its anchors (else the previous entry's stay). */
      pages?: PageNumbers;
    }
  | "drop";

export interface WriteOptions {
  /** Flushed to disk before the rename (a build's outputs); previews rewritten on every edit are not. */
  durable: boolean;
  cache: CacheUpdate;
}

/** Writes `outputs` in their order; returns the paths written. Nothing is written on a bad folder. */
export async function writeOutputs(
  dir: string,
  outputs: ReadonlyMap<Format, string | Uint8Array>,
  options: WriteOptions,
): Promise<string[]> {
  await outputFolder(dir);
  const cacheFile = join(dir, CACHE_FILE);
  if (options.cache === "drop") await rm(cacheFile, { force: true });
  const entries = [...outputs].map(([format, data]) => ({
    format,
    path: join(dir, OUTPUT_FILES[format]),
    data,
  }));
  // Staged together, renamed together: a failure while writing replaces none of them.
  await writeAllAtomic(entries, { durable: options.durable });
  if (options.cache !== "drop") {
    const { keys, previous, diagnostics } = options.cache;
    const hashes = Object.fromEntries(entries.map((e) => [e.format, contentHash(e.data)]));
    // Stamped once renamed into place (a rename changes a file's change time). Whoever could
    // swap a file in between could as well rewrite the entry itself, hashes and all.
    const stamps = Object.fromEntries(
      await Promise.all(entries.map(async (e) => [e.format, await fileStamp(e.path)] as const)),
    );
    const entry: CacheEntry = {
      keys: { ...previous?.keys, ...keys },
      hashes: { ...previous?.hashes, ...hashes },
      stamps: { ...previous?.stamps, ...options.cache.stamps, ...stamps },
      pages: options.cache.pages ? Object.fromEntries(options.cache.pages) : previous?.pages,
      diagnostics,
    };
    await writeAtomic(cacheFile, `${JSON.stringify(entry)}\n`);
  }
  return entries.map((e) => e.path);
}
