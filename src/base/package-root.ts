/**
 * Credo's package root (where package.json and templates/ live), found by walking up from this
 * module: the same code runs from src/ (tests), from tsc's dist/ tree and from the one-folder CLI
 * bundle in dist/bin/, each at another depth.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function rootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`Credo's package.json was not found above ${start}`);
  }
}

export const PACKAGE_ROOT: string = rootAbove(dirname(fileURLToPath(import.meta.url)));
