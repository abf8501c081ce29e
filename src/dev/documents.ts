/**
 * The documents a dev session builds: the named files, or every Markdown file under the content
 * folder, looked up again whenever that folder changes (files come and go while editing). Which
 * files count, and what a clash of output folders means, is `credo build`'s rule (document/list.ts).
 */
import { type Doc, listContent, listDocuments, skippedLink } from "../document/list.js";

export type { Doc } from "../document/list.js";

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
  outDir: string,
  quiet = false,
): DocList {
  let listed: { files: readonly string[]; skipped: readonly string[] };
  try {
    listed = files && files.length > 0 ? { files, skipped: [] } : listContent(contentDir);
  } catch (error) {
    if (quiet) return { docs: [], problems: [] };
    throw error;
  }
  const entries = listDocuments(listed.files, outDir);
  return {
    docs: entries.filter((entry) => !entry.clash).map((entry) => entry.doc),
    problems: [
      ...listed.skipped.map(skippedLink),
      ...entries.flatMap((entry) => (entry.clash ? [entry.clash.message] : [])),
    ],
  };
}
