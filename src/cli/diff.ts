/** `credo diff`: the versions to compare, each read into a model, compared, printed. */
import { diffModels } from "../diff/compare.js";
import type { DiffReport, DocumentDiff } from "../diff/schema.js";
import { type DiffFormat, formatDiff } from "../report/diff.js";
import { loadFile, loadRevision } from "../versions/load.js";
import { label, type Pair, pairsOf, pairsSince, type Version } from "../versions/sides.js";

export interface DiffOptions {
  files: string[];
  since?: string;
  format: DiffFormat;
  color: boolean;
  /** Exit 1 when the meaning changed, like `git diff --exit-code`. */
  exitCode: boolean;
}

const load = (version: Version | null) =>
  version === null
    ? Promise.resolve(null)
    : "rev" in version
      ? loadRevision(version.rev, version.path)
      : loadFile(version.path);

async function compare(pair: Pair): Promise<DocumentDiff> {
  const [old, next] = await Promise.all([load(pair.old), load(pair.new)]);
  return {
    path: pair.path,
    old: old ? label(pair.old) : null,
    new: next ? label(pair.new) : null,
    changes: old && next ? diffModels(old, next) : [],
  };
}

export async function diffReport(files: string[], since?: string): Promise<DiffReport> {
  const pairs = since ? await pairsSince(since, files) : await pairsOf(files);
  // One at a time: each parse is CPU-bound, and two cores are shared with the rest of the run.
  const documents: DocumentDiff[] = [];
  for (const pair of pairs) {
    const doc = await compare(pair);
    if (doc.old !== null || doc.new !== null) documents.push(doc);
  }
  const changed = documents.some((d) => d.changes.length > 0 || d.old === null || d.new === null);
  return { changed, documents };
}

export async function runDiff(options: DiffOptions): Promise<number> {
  const report = await diffReport(options.files, options.since);
  process.stdout.write(`${formatDiff(report, options.format, options.color)}\n`);
  return options.exitCode && report.changed ? 1 : 0;
}
