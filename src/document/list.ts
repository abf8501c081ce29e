/**
 * Which documents a run works on, for `build` and `dev` alike: the named files, or every Markdown
 * file under the content folder (symbolic links are never followed), each once, with one policy
 * for files that would share an output folder.
 */
import { type Dirent, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ContentError, UsageError } from "../base/errors.js";
import { slugOf } from "./slug.js";

export interface Doc {
  /** As the user gave it (or relative to the working folder): how diagnostics name it. */
  path: string;
  /** Resolved: the same file named twice is one document; watcher events match it. */
  abs: string;
  /** Its output folder under the output root. */
  slug: string;
}

export interface Listed {
  doc: Doc;
  /** Why this document is not built: another one would write the same output folder. */
  clash?: ContentError;
}

/** Every `*.md` under `content/` when no file is named. */
export function defaultFiles(root = "content"): string[] {
  return listContent(root).files;
}

/**
 * The Markdown files under `root`, and the symbolic links met on the way, which are never
 * followed: a linked file or folder would pull in Markdown from outside the content folder, and
 * a link to a parent would loop.
 */
export function listContent(root = "content"): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = (dir: string, entries: Dirent[]) => {
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) skipped.push(path);
      else if (entry.isDirectory()) walk(path, readdirSync(path, { withFileTypes: true }));
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) files.push(path);
    }
  };
  let top: Dirent[];
  try {
    top = readdirSync(root, { withFileTypes: true });
  } catch {
    throw new UsageError(
      `no content files given and no ${root}/ folder; name a Markdown file, e.g. credo check content/tiktok.md`,
    );
  }
  walk(root, top);
  if (files.length === 0) throw new UsageError(`no Markdown files in ${root}/`);
  return { files: files.sort(), skipped: skipped.sort() };
}

export function skippedLink(path: string): string {
  return `${path}: a symbolic link, not followed (content is read only from real files under the content folder)`;
}

/**
 * `files` as documents, each file once. Files that would share one `<outDir>/<slug>/` (names that
 * differ only in characters the slug drops) each get an error naming the others, and none of them
 * is built: which one should own the folder is not Credo's to guess. The rest are built as usual.
 */
export function listDocuments(files: readonly string[], outDir: string): Listed[] {
  const seen = new Set<string>();
  const docs: Doc[] = [];
  for (const path of files) {
    const abs = resolve(path);
    if (seen.has(abs)) continue;
    seen.add(abs);
    docs.push({ path, abs, slug: slugOf(path) });
  }
  const bySlug = new Map<string, Doc[]>();
  for (const doc of docs) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc]);
  return docs.map((doc) => {
    const others = (bySlug.get(doc.slug) ?? []).filter((other) => other !== doc);
    if (others.length === 0) return { doc };
    const names = others.map((other) => other.path).join(" and ");
    return {
      doc,
      clash: new ContentError(
        `${doc.path}: ${names} would write ${join(outDir, doc.slug)}/ too; rename all but one (none of them was built)`,
      ),
    };
  });
}
