/**
 * Writes the imported file atomically (src/write/atomic.ts), refusing to replace an existing file
 * unless asked: an import must never overwrite an analysis someone has been editing.
 */
import { lstat } from "node:fs/promises";
import { writeAtomic } from "../output/atomic.js";
import { ImportError } from "./errors.js";

export async function writeImported(path: string, text: string, force: boolean): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing && !force)
    throw new ImportError("exists", `${path} already exists; use --force to replace it`);
  if (existing && !existing.isFile())
    throw new ImportError("exists", `${path} exists and is not a regular file; not replaced`);
  await writeAtomic(path, text);
}
