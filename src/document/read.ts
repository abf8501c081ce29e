/**
 * Reading a content file: a size limit checked before anything is read into memory, strict UTF-8
 * (invalid bytes are an error naming the offset, never silently replaced).
 */
import { readFile, stat } from "node:fs/promises";
import { ContentError, UsageError } from "../base/errors.js";

/**
 * Default size limit, 256 KiB: some 40 000 words, several times the longest real analysis, and
 * small enough that the costliest shapes the structural limits let through still check in a few
 * seconds (tests/heavy/scaling.test.ts, per byte; at 5 MiB they took minutes).
 */
export const DEFAULT_MAX_BYTES = 256 * 1024;

export async function readContent(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const info = await stat(path).catch(() => {
    throw new UsageError(
      `${path}: no such file; give the path of a Markdown content file (e.g. content/tiktok.md)`,
    );
  });
  if (!info.isFile()) throw new UsageError(`${path}: not a file; give a Markdown content file`);
  if (info.size > maxBytes) {
    throw new ContentError(
      `${path}: ${info.size} bytes is over the ${maxBytes}-byte limit; split the document, or raise the limit with --max-bytes`,
    );
  }
  const bytes = await readFile(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    throw new ContentError(
      `${path}: not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8`,
    );
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection (a cut inside a multi-byte sequence is invalid too).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
