/**
 * One side of a diff, read into a model: a content file (parsed and checked like `credo check`),
 * a `model.json` (validated against the model's schema), or a content file at a git revision.
 */
import { readFile } from "node:fs/promises";
import { ContentError, UsageError } from "../base/errors.js";
import { checkInto, checkOne, type FileResult, newResult } from "../document/document.js";
import { Model } from "../schema/schema.js";
import { showAt } from "./git.js";

/** Invalid JSON is one more way of not being a model.json (checked by the schema next). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function modelOf(result: FileResult): Model {
  if (result.model) return result.model;
  throw result.error ?? new ContentError(`${result.path}: could not be read`);
}

export async function loadFile(path: string): Promise<Model> {
  if (/\.json$/i.test(path)) {
    const text = await readFile(path, "utf8").catch(() => {
      throw new UsageError(`${path}: no such file`);
    });
    const parsed = Model.safeParse(parseJson(text));
    if (!parsed.success) throw new ContentError(`${path}: not a Credo model.json`);
    return parsed.data;
  }
  return modelOf(await checkOne(path, {}));
}

/** The file as committed in `rev`; null when it is not in that revision. */
export async function loadRevision(rev: string, path: string): Promise<Model | null> {
  const value = await showAt(rev, path);
  if (value === null) return null;
  const result = newResult(path);
  await checkInto(result, value);
  return modelOf(result);
}
