/**
 * The user's rule configuration, as linters have it: `.credorc.json` (or a `"credo"` key in
 * package.json) in the content file's folder or the nearest folder above it sets each rule's
 * severity or turns it off: `{ "rules": { "missing-vision": "off", "count-mismatch": "error" } }`.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { UsageError } from "../base/errors.js";
import { RULES } from "../pipeline/checks/registry.js";

export type RuleSeverities = Record<string, "off" | "error" | "warning" | "info">;

const Config = z.strictObject({
  rules: z.record(z.string(), z.enum(["off", "error", "warning", "info"])).optional(),
});

/** Folder → its severities; a batch reads each folder's config once. */
const found = new Map<string, Promise<RuleSeverities>>();

/** Read configs again on next use (`credo dev` does, before each rebuild: the user may edit one). */
export function forgetConfigs(): void {
  found.clear();
}

export function ruleSeverities(contentPath: string): Promise<RuleSeverities> {
  return inFolder(dirname(resolve(contentPath)));
}

function inFolder(dir: string): Promise<RuleSeverities> {
  let pending = found.get(dir);
  if (!pending) {
    pending = readFolder(dir);
    found.set(dir, pending);
  }
  return pending;
}

async function readFolder(dir: string): Promise<RuleSeverities> {
  const rc = await readJson(join(dir, ".credorc.json"));
  if (rc !== undefined) return validate(rc, join(dir, ".credorc.json"));
  const pkg = await readJson(join(dir, "package.json"));
  if (pkg && typeof pkg === "object" && "credo" in pkg)
    return validate((pkg as { credo: unknown }).credo, `${join(dir, "package.json")} "credo"`);
  const parent = dirname(dir);
  return parent === dir ? {} : inFolder(parent);
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message}); fix the file`);
  }
}

function validate(value: unknown, where: string): RuleSeverities {
  const parsed = Config.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${where}: ${issue?.path.join(".") || "config"} ${issue?.message ?? "is invalid"}; write { "rules": { "<rule-id>": "off" | "info" | "warning" | "error" } }`,
    );
  }
  const rules = parsed.data.rules ?? {};
  const unknown = Object.keys(rules).find((id) => !RULES[id]);
  if (unknown)
    throw new UsageError(
      `${where}: unknown rule "${unknown}"; known rules: ${Object.keys(RULES).join(", ")}`,
    );
  return rules;
}
