/**
 * Which versions to compare, from the command line: `OLD NEW` (each a file, a model.json,
 * `REV:path`, or a bare revision standing for the other side's file at that revision), or
 * `--since REV [PATH…]` (every content file under each folder, now and at REV).
 */
import { existsSync, statSync } from "node:fs";
import { UsageError } from "../base/errors.js";
import { listContent } from "../document/list.js";
import { isRevision, markdownAt } from "./git.js";

/** A version of a document: a file as it is now, or a file at a revision. */
export type Version = { path: string } | { rev: string; path: string };

export interface Pair {
  path: string;
  old: Version | null;
  new: Version | null;
}

export const label = (version: Version | null): string | null =>
  version === null ? null : "rev" in version ? `${version.rev}:${version.path}` : version.path;

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** A file, or `REV:path`; null when `arg` is neither (it may then be a bare revision). */
async function explicit(arg: string): Promise<Version | null> {
  if (isFile(arg)) return { path: arg };
  const colon = arg.indexOf(":");
  if (colon > 0 && (await isRevision(arg.slice(0, colon))))
    return { rev: arg.slice(0, colon), path: arg.slice(colon + 1) };
  return null;
}

/** A bare revision stands for the other side's file at that revision. */
async function bare(arg: string, other: Version | null): Promise<Version> {
  if (other && (await isRevision(arg))) return { rev: arg, path: other.path };
  throw new UsageError(
    `${arg}: neither a file nor a git revision; give two files, or a revision and a file (credo diff HEAD~1 content/tiktok.md)`,
  );
}

export async function pairsOf(files: string[]): Promise<Pair[]> {
  const [old, next] = files;
  if (files.length !== 2 || old === undefined || next === undefined)
    throw new UsageError("diff takes two versions (OLD NEW), or --since REV [PATH…]");
  const [oldGiven, newGiven] = [await explicit(old), await explicit(next)];
  const pair = {
    old: oldGiven ?? (await bare(old, newGiven)),
    new: newGiven ?? (await bare(next, oldGiven)),
  };
  return [{ path: pair.new.path, ...pair }];
}

export async function pairsSince(rev: string, paths: string[]): Promise<Pair[]> {
  if (!(await isRevision(rev))) throw new UsageError(`--since ${rev}: not a git revision`);
  const files = new Set<string>();
  for (const path of paths.length > 0 ? paths : ["content"]) {
    if (isFile(path)) files.add(path);
    else {
      const now = existsSync(path) ? listContent(path).files : [];
      for (const file of [...now, ...(await markdownAt(rev, path))]) files.add(file);
    }
  }
  if (files.size === 0)
    throw new UsageError(`no Markdown files in ${paths.join(", ")} now or at ${rev}`);
  return [...files].sort().map((path) => ({
    path,
    old: { rev, path },
    new: isFile(path) ? { path } : null,
  }));
}
