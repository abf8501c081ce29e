// Many documents from one: copies of a content file with the company renamed, so each renders
// different text (and the cache keys differ) while the work per document stays the same.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes `count` variants of `source` into `dir`; returns their paths. */
export function makeCorpus(source, dir, count, company = "TikTok") {
  const text = readFileSync(source, "utf8");
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    const path = join(dir, `company-${n}.md`);
    writeFileSync(path, text.replaceAll(company, `Company ${n}`));
    return path;
  });
}
