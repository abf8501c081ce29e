/**
 * Writes outputs so that a reader never sees half a file: each file is written to a temporary
 * sibling, flushed to disk, then renamed over the target (rename is atomic within a directory).
 * If anything fails, the temporary file is removed and the old file is left as it was.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicEntry {
  path: string;
  data: string | Uint8Array;
}

export interface AtomicOptions {
  /**
   * Flush each file and its folder to disk before and after the rename (default true), so that a
   * power cut cannot leave an empty file under the new name. Readers never see half a file either
   * way; the dev loop, which rewrites its previews on every edit, skips the flush.
   */
  durable?: boolean;
}

export async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  options?: AtomicOptions,
): Promise<void> {
  await writeAllAtomic([{ path, data }], options);
}

/**
 * Writes a set of files that belong together: all are staged (written and flushed) first, and
 * only if every one succeeded are they renamed into place, one by one. A failure while staging
 * leaves every target untouched; only a failing rename, after others succeeded, can leave the
 * set half-replaced (each file still whole).
 */
export async function writeAllAtomic(
  entries: readonly AtomicEntry[],
  { durable = true }: AtomicOptions = {},
): Promise<void> {
  const staged = await Promise.allSettled(entries.map((entry) => stage(entry, durable)));
  const temps = staged.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  try {
    const failure = staged.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
    for (const { temp, path } of temps) await rename(temp, path);
    if (durable)
      await Promise.all([...new Set(temps.map(({ path }) => dirname(path)))].map(syncDirectory));
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** Writes `entry` to a new temporary file beside its target; removes it again on failure. */
async function stage(
  entry: AtomicEntry,
  durable: boolean,
): Promise<{ temp: string; path: string }> {
  const dir = dirname(entry.path);
  await mkdir(dir, { recursive: true });
  // pid + random: concurrent writers (processes or calls) never share a temp file.
  const temp = join(
    dir,
    `.${basename(entry.path)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
  const file = await open(temp, "wx");
  try {
    // Encoded first: FileHandle.writeFile encodes a string in small pieces, several times slower.
    await file.writeFile(typeof entry.data === "string" ? Buffer.from(entry.data) : entry.data);
    // Flushed before the rename, so a crash cannot leave the new name on empty content.
    if (durable) await file.sync();
    await file.close();
    // Replacing a file keeps its permissions (new files get the default, as with writeFile).
    const previous = await stat(entry.path).catch(() => undefined);
    if (previous) await chmod(temp, previous.mode & 0o7777);
    return { temp, path: entry.path };
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
}

/** Persists the renames themselves (the directory entries) where the platform allows. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some platforms and file systems cannot fsync a directory; the data itself is synced.
  } finally {
    await handle.close();
  }
}
