import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { isEditorTemp, type Watcher, watchTargets } from "../../../src/dev/watch.js";
import { formatsForTemplate } from "../../../src/formats/registry.js";

describe("formatsForTemplate", () => {
  test.each([
    ["brief/layout.hbs", ["html", "pdf"]],
    ["brief/_cover.hbs", ["html", "pdf"]],
    ["theme/brief.css", ["html", "pdf"]],
    ["slides/deck.hbs", ["slides-html", "slides-pdf", "pptx"]],
    ["theme/slides.css", ["slides-html", "slides-pdf", "pptx"]],
    ["theme/theme.css", ["html", "pdf", "slides-html", "slides-pdf", "pptx"]],
    ["", ["html", "pdf", "slides-html", "slides-pdf", "pptx"]],
  ])("%s → %j", (rel, formats) => {
    expect(formatsForTemplate(rel)).toEqual(formats);
  });
});

describe("isEditorTemp", () => {
  test.each([
    [".acme.md.swp", true],
    ["acme.md~", true],
    [".#acme.md", true],
    ["4913", true],
    ["acme.md___jb_tmp___", true],
    ["sub/.hidden/acme.md", true],
    ["acme.md", false],
    ["sub/acme.markdown", false],
  ])("%s → %s", (path, temp) => {
    expect(isEditorTemp(path)).toBe(temp);
  });
});

describe("watchTargets", () => {
  let dir: string;
  let watcher: Watcher | undefined;
  afterEach(async () => {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("a burst is one batch; temp files and ignored folders are not reported", async () => {
    dir = await mkdtemp(join(tmpdir(), "credo-watch-"));
    await mkdir(join(dir, "sub"));
    await mkdir(join(dir, "out"));
    const batches: string[][] = [];
    watcher = watchTargets([{ dir, recursive: true }], {
      debounceMs: 40,
      ignoreDirs: [join(dir, "out")],
      onBatch: (paths) => batches.push(paths.sort()),
      onError: (error) => {
        throw error;
      },
    });
    await writeFile(join(dir, "a.md"), "a");
    await writeFile(join(dir, "sub", "b.md"), "b");
    await writeFile(join(dir, ".a.md.swp"), "x");
    await writeFile(join(dir, "out", "brief.html"), "x");
    // (Until the batch comes, however loaded the machine, then long enough for a second one.)
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 5000 });
    await new Promise((wait) => setTimeout(wait, 200));
    expect(batches).toEqual([[join(dir, "a.md"), join(dir, "sub", "b.md")]]);
  });
});

describe("watchTargets and a save caught half-way", () => {
  let dir: string;
  let watcher: Watcher | undefined;
  afterEach(async () => {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const start = async () => {
    dir = await mkdtemp(join(tmpdir(), "credo-watch-"));
    const batches: { paths: string[]; at: number }[] = [];
    const begun = performance.now();
    watcher = watchTargets([{ dir, recursive: true }], {
      debounceMs: 10,
      ignoreDirs: [],
      onBatch: (paths) => batches.push({ paths, at: performance.now() - begun }),
      onError: (error) => {
        throw error;
      },
    });
    return batches;
  };

  test("a file truncated and written again after a pause is one batch, after the write", async () => {
    const batches = await start();
    // An editor's save, or a loaded machine, between the truncate and the write.
    await writeFile(join(dir, "a.md"), "");
    await new Promise((wait) => setTimeout(wait, 80));
    await writeFile(join(dir, "a.md"), "# A\n");
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 5000 });
    await new Promise((wait) => setTimeout(wait, 200));
    expect(batches.map((b) => b.paths)).toEqual([[join(dir, "a.md")]]);
  });

  test("a file the user really empties is still reported, a moment later", async () => {
    const batches = await start();
    await writeFile(join(dir, "a.md"), "");
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 5000 });
    await new Promise((wait) => setTimeout(wait, 200));
    expect(batches.map((b) => b.paths)).toEqual([[join(dir, "a.md")]]);
  });
});
