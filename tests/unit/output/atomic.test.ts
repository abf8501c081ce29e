import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeAllAtomic, writeAtomic } from "../../../src/output/atomic.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "credo-atomic-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative, so a stray temp file shows up in the comparison. */
function files(root: string, prefix = ""): string[] {
  return readdirSync(root, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? files(join(root, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

describe("writeAtomic", () => {
  it("writes text and bytes, creating missing folders, leaving no temp file", async () => {
    await writeAtomic(join(dir, "a/b/brief.html"), "<p>héllo</p>");
    await writeAtomic(join(dir, "a/brief.pdf"), new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(join(dir, "a/b/brief.html"), "utf8")).toBe("<p>héllo</p>");
    expect([...readFileSync(join(dir, "a/brief.pdf"))]).toEqual([37, 80, 68, 70]);
    expect(files(dir)).toEqual(["a/b/brief.html", "a/brief.pdf"]);
  });

  it("flushes to disk unless told the file is a preview (durable: false)", async () => {
    const probe = await open(join(dir, "probe"), "w");
    const sync = vi.spyOn(Object.getPrototypeOf(probe), "sync");
    await probe.close();
    try {
      await writeAtomic(join(dir, "preview.html"), "<p>preview</p>", { durable: false });
      expect(sync).not.toHaveBeenCalled();
      await writeAtomic(join(dir, "brief.html"), "<p>brief</p>");
      // The file, then its folder.
      expect(sync).toHaveBeenCalledTimes(2);
    } finally {
      sync.mockRestore();
    }
    expect(readFileSync(join(dir, "preview.html"), "utf8")).toBe("<p>preview</p>");
    expect(files(dir)).toEqual(["brief.html", "preview.html", "probe"]);
  });

  it("replaces an existing file and keeps its permissions", async () => {
    const target = join(dir, "model.json");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(files(dir)).toEqual(["model.json"]);
  });

  it("keeps the old file and removes the temp file when writing the data fails", async () => {
    const target = join(dir, "brief.html");
    writeFileSync(target, "old");
    const notData = 42 as unknown as string;
    await expect(writeAtomic(target, notData)).rejects.toThrow(TypeError);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(files(dir)).toEqual(["brief.html"]);
  });

  it("removes the temp file when the rename fails (target is a folder)", async () => {
    mkdirSync(join(dir, "out.pdf"));
    writeFileSync(join(dir, "out.pdf/keep"), "kept");
    await expect(writeAtomic(join(dir, "out.pdf"), "data")).rejects.toThrow();
    expect(files(dir)).toEqual(["out.pdf/keep"]);
  });

  it("fails cleanly when the parent path is a file", async () => {
    writeFileSync(join(dir, "file"), "x");
    await expect(writeAtomic(join(dir, "file/child.txt"), "data")).rejects.toThrow();
    expect(files(dir)).toEqual(["file"]);
  });

  it("leaves one whole version when many writers race for the same file", async () => {
    const target = join(dir, "race.txt");
    const versions = Array.from({ length: 12 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(versions.map((data) => writeAtomic(target, data)));
    expect(versions).toContain(readFileSync(target, "utf8"));
    expect(files(dir)).toEqual(["race.txt"]);
  });
});

describe("writeAllAtomic", () => {
  it("writes nothing when one entry of the set fails", async () => {
    writeFileSync(join(dir, "brief.html"), "old html");
    writeFileSync(join(dir, "blocker"), "a file, not a folder");
    const write = writeAllAtomic([
      { path: join(dir, "brief.html"), data: "new html" },
      { path: join(dir, "brief.pdf"), data: "new pdf" },
      { path: join(dir, "blocker/deck.pptx"), data: "deck" },
    ]);
    await expect(write).rejects.toThrow();
    expect(readFileSync(join(dir, "brief.html"), "utf8")).toBe("old html");
    expect(files(dir)).toEqual(["blocker", "brief.html"]);
  });

  it("writes every entry when all succeed", async () => {
    await writeAllAtomic([
      { path: join(dir, "x/one.txt"), data: "1" },
      { path: join(dir, "y/two.txt"), data: "2" },
    ]);
    expect(files(dir)).toEqual(["x/one.txt", "y/two.txt"]);
    expect(readFileSync(join(dir, "y/two.txt"), "utf8")).toBe("2");
  });
});
