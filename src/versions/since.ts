/**
 * For `credo build --compare REV` (or `compareTo: REV` in the front matter): the document's
 * changes since that revision, phrased for readers.
 */
import { dirname } from "node:path";
import { UsageError } from "../base/errors.js";
import { diffModels } from "../diff/compare.js";
import { newSince, type WhatChanged, whatChanged } from "../render/shared/changes.js";
import type { Model } from "../schema/schema.js";
import { isRevision } from "./git.js";
import { loadRevision } from "./load.js";

/** The changes since the command line's revision, else the front matter's; none without one. */
export async function changesFor(
  model: Model,
  path: string,
  fromCli?: string,
): Promise<WhatChanged | undefined> {
  const fromFile = model.meta.compareTo;
  const rev = fromCli ?? (typeof fromFile === "string" && fromFile ? fromFile : undefined);
  return rev ? changesSince(rev, path, model) : undefined;
}

async function changesSince(rev: string, path: string, model: Model): Promise<WhatChanged> {
  if (!(await isRevision(rev, dirname(path))))
    throw new UsageError(`${path}: cannot compare with "${rev}": not a git revision here`);
  const old = await loadRevision(rev, path);
  return old ? whatChanged(rev, diffModels(old, model), old, model) : newSince(rev);
}
