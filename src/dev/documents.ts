/**
 * The documents a dev session builds: the named files, or every Markdown file under the content
 * folder, looked up again whenever that folder changes (files come and go while editing).
 */
import { resolve } from "node:path";
import { listContent, skippedLink } from "../document/document.js";
import { slugOf } from "../formats/formats.js";

export interface Doc {
  /** As the user gave it (or relative to the working folder): how diagnostics name it. */
  path: string;
  /** Resolved, to match watcher events. */
  abs: string;
  /** Its output folder under the output root. */
  slug: string;
}

export interface DocList {
  docs: Doc[];
  /** Files left out: symbolic links (never followed), or another file writes the same folder. */
  problems: string[];
}

/**
 * `files` when given, else the content folder's Markdown files. `quiet` turns "no Markdown files"
 * into an empty list: at startup that is a usage error, but mid-session the user may just be
 * renaming the last file.
 */
export function findDocuments(
  files: readonly string[] | undefined,
  contentDir: string,
  quiet = false,
): DocList {
  let listed: { files: readonly string[]; skipped: readonly string[] };
  try {
    listed = files && files.length > 0 ? { files, skipped: [] } : listContent(contentDir);
  } catch (error) {
    if (quiet) return { docs: [], problems: [] };
    throw error;
  }
  const paths = listed.files;
  const bySlug = new Map<string, Doc>();
  const problems = listed.skipped.map(skippedLink);
  for (const path of paths) {
    const doc = { path, abs: resolve(path), slug: slugOf(path) };
    const clash = bySlug.get(doc.slug);
    if (clash && clash.abs !== doc.abs) {
      problems.push(
        `${path} and ${clash.path} would both write ${doc.slug}/; rename one (skipping ${path})`,
      );
    } else bySlug.set(doc.slug, doc);
  }
  return { docs: [...bySlug.values()], problems };
}
