/**
 * Reading a content file as committed, through git itself (execFile, no shell): `git show
 * REV:./name` run in the file's folder, so nothing in the working tree is read or written.
 */
import { execFile } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { ContentError } from "../base/errors.js";

const run = promisify(execFile);
/** Room for a content file well past the default size limit (256 KiB; `--max-bytes` raises it). */
const MAX_BUFFER = 16 * 1024 * 1024;

async function git(args: string[], cwd: string): Promise<Buffer> {
  const { stdout } = await run("git", args, { cwd, encoding: "buffer", maxBuffer: MAX_BUFFER });
  return stdout;
}

/** Whether `rev` names a commit in the repository around `cwd`. */
export async function isRevision(rev: string, cwd = "."): Promise<boolean> {
  if (rev.startsWith("-")) return false;
  return git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], cwd).then(
    () => true,
    () => false,
  );
}

/** The file's text at `rev`, or null when the file is not in that revision. */
export async function showAt(rev: string, path: string): Promise<string | null> {
  const cwd = dirname(path);
  const bytes = await git(["show", `${rev}:./${basename(path)}`], cwd).catch(() => null);
  if (bytes === null) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(`${rev}:${path}: not valid UTF-8`);
  }
}

/** The Markdown files under `folder` at `rev` (paths joined to `folder`); none when it is absent. */
export async function markdownAt(rev: string, folder: string): Promise<string[]> {
  const listing = await git(["ls-tree", "-r", "--name-only", rev, "--", "."], folder).catch(() =>
    Buffer.from(""),
  );
  return listing
    .toString("utf8")
    .split("\n")
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .map((name) => join(folder, name));
}
