/**
 * Every saved web page of the corpus (tests/corpus/pages) is imported exactly as its content file
 * in tests/corpus/dev (or held/, for a held-out page) reads: a change to `credo import` shows up here, and `npm run reimport`
 * then brings the content files (and so the eval's scores) up to date.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFileOf, retrievedDay } from "../../../src/eval/pages.js";
import { importSource } from "../../../src/import/import.js";

const PAGES = "tests/corpus/pages";
const pages = readdirSync(PAGES).filter((f) => f.endsWith(".html"));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "credo-pages-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the corpus's saved web pages", () => {
  it("each have a gold file beside their content file", () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const file of pages)
      expect(existsSync(contentFileOf("tests/corpus", file).replace(/\.md$/, ".gold.yaml"))).toBe(
        true,
      );
  });

  it.each(pages)("%s imports as its content file reads", async (file) => {
    const committed = readFileSync(contentFileOf("tests/corpus", file), "utf8");
    const { text } = await importSource(join(PAGES, file), {
      out: join(dir, file),
      offline: true,
      now: retrievedDay(committed),
    });
    expect(text).toBe(committed);
  });
});

describe("retrievedDay", () => {
  it("reads the front matter's day, and nothing from a file without one", () => {
    expect(retrievedDay("---\nretrieved: 2026-12-05\n---\n")?.toISOString()).toBe(
      "2026-12-05T12:00:00.000Z",
    );
    expect(retrievedDay("# No front matter\n")).toBeUndefined();
  });
});
