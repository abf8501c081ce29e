/**
 * The gold corpus (tests/corpus/{dev,held}): each `<name>.md` read by Credo and scored against
 * `<name>.gold.yaml`. A document is refused when reading throws or yields an error diagnostic.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { parseContent } from "../pipeline/process.js";
import type { Half, Variant } from "./names.js";
import { type DocScore, Gold, scoreDocument } from "./score.js";
import { VARIANTS } from "./variants.js";

export { HALVES, type Half } from "./names.js";

/** `variant`: each document is rewritten first (variants.ts) and scored against the same gold. */
export async function scoreHalf(
  root: string,
  half: Half,
  prefix = "",
  variant?: Variant,
): Promise<DocScore[]> {
  const folder = join(root, half);
  // (Only the documents asked for are read: one batch scores in a second, not the whole corpus.)
  const names = (await readdir(folder))
    .filter((n) => n.endsWith(".md") && n.startsWith(prefix))
    .sort();
  const scores: DocScore[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const goldPath = path.replace(/\.md$/, ".gold.yaml");
    const read = Gold.safeParse(parse(await readFile(goldPath, "utf8")));
    if (!read.success) {
      const { path: at, message } = read.error.issues[0] ?? { path: [], message: "" };
      throw new Error(`${goldPath}: ${at.join(".") || "(top)"}: ${message}`);
    }
    const gold = read.data;
    const source = await readFile(path, "utf8");
    const value = variant ? VARIANTS[variant](source) : source;
    let outcome: Parameters<typeof scoreDocument>[2];
    try {
      const { model } = await parseContent({ path, value });
      const error = model.diagnostics.find((d) => d.severity === "error");
      outcome = { model, ...(error ? { refused: `${error.ruleId}: ${error.message}` } : {}) };
    } catch (error) {
      outcome = { refused: (error as Error).message };
    }
    scores.push(scoreDocument(name, gold, outcome, /^\uFEFF?---\r?\n/.test(value)));
  }
  return scores;
}
