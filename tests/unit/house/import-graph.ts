/**
 * The layering of src/, checked on the import graph (a few lines instead of a dependency tool):
 * within every folder, its subfolders form an ordered stack and may import only folders below
 * them; a folder's own files sit on top and may import its subfolders, never the reverse. So no
 * folder cycle can exist, and a backward import names itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";

/** Each folder with subfolders: those subfolders, lowest layer first. */
export type Layers = Record<string, readonly string[]>;

export interface Edge {
  from: string;
  to: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** Relative imports between the .ts files under `root` (paths relative to `root`, `/`-separated). */
export function importsUnder(root: string): Edge[] {
  const edges: Edge[] = [];
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((name) => name.split("\\").join("/"))
    .filter((name) => name.endsWith(".ts"));
  for (const from of files) {
    const text = readFileSync(join(root, from), "utf8");
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[1] as string;
      const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, ".ts");
      edges.push({ from, to });
    }
  }
  return edges;
}

/** Every import that goes up or sideways-up a stack, and every folder missing from its stack. */
export function violations(edges: readonly Edge[], layers: Layers): string[] {
  const problems = new Set<string>();
  for (const { from, to } of edges) {
    const a = from.split("/");
    const b = to.split("/");
    let i = 0;
    while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
    const parent = a.slice(0, i).join("/") || ".";
    const fromRoot = i === a.length - 1;
    const toRoot = i === b.length - 1;
    if (fromRoot) continue; // A folder's own files sit above its subfolders.
    const fromFolder = a[i] as string;
    if (toRoot) {
      problems.add(`${from} imports ${to}: a subfolder must not import its parent's files`);
      continue;
    }
    const toFolder = b[i] as string;
    const stack = layers[parent] ?? [];
    const missing = [fromFolder, toFolder].filter((folder) => !stack.includes(folder));
    for (const folder of missing)
      problems.add(`${parent}/${folder} is not in the layers of ${parent}; place it there`);
    if (missing.length === 0 && stack.indexOf(fromFolder) < stack.indexOf(toFolder))
      problems.add(`${from} imports ${to}: ${fromFolder} sits below ${toFolder} in ${parent}`);
  }
  return [...problems].sort();
}
