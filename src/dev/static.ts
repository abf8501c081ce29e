/**
 * Maps a request path to a file under the output folder, and nothing else: no `..` or `.`
 * segments, no hidden files, no encoded separators or NULs (which some layers decode late), no
 * empty segments (`//etc/passwd`), and no symlink that leads out of the folder.
 */
import { realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { FORMAT_SPECS, FORMATS, OUTPUT_FILES } from "../formats/registry.js";
import { isInside } from "./paths.js";

export type Lookup = { status: 400 | 403 | 404 } | { status: 200; file: string; type: string };

/** The formats' own types (from the registry), then what else an output folder may hold. */
const TYPES: Record<string, string> = {
  ...Object.fromEntries(FORMATS.map((f) => [extname(OUTPUT_FILES[f]), FORMAT_SPECS[f].mime])),
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".txt": "text/plain; charset=utf-8",
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** `pathname` is the request target's path, still percent-encoded. */
export async function lookup(root: string, pathname: string): Promise<Lookup> {
  if (!pathname.startsWith("/")) return { status: 400 };
  if (/%(2f|5c|00)|\\/i.test(pathname)) return { status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  const segments = decoded.slice(1).split("/");
  // "/slug/" names a folder: never served, but not an attempt to get out either.
  const folder = segments.length > 1 && segments.at(-1) === "";
  if (folder) segments.pop();
  if (segments.some((s) => s === "" || s.startsWith(".") || s.includes("\0"))) {
    return { status: 403 };
  }
  if (folder) return { status: 404 };
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(realRoot, ...segments));
  } catch {
    return { status: 404 };
  }
  if (!isInside(realRoot, real)) return { status: 403 };
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return { status: 404 };
  return { status: 200, file: real, type: contentType(real) };
}
