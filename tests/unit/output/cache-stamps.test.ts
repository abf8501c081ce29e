/**
 * A no-op rebuild reads no output (#12: hashing every PDF doubled its time), yet still refuses an
 * output that is not the file Credo wrote (#14 item 6). The cache entry records each output's
 * stamp (device, inode, size, modified and changed times) as written: an output with that stamp
 * is not read; any other is hashed, and kept only when its bytes are the ones written.
 */
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../../src/output/build.js";
import {
  CACHE_FILE,
  type CacheEntry,
  cacheKey,
  contentHash,
  fileStamp,
  templatesFingerprints,
} from "../../../src/output/cache.js";

const CONTENT = "# Acme\n\nThe mission of Acme is to make anvils.\n";

async function built() {
  const dir = mkdtempSync(join(tmpdir(), "credo-cache-stamps-"));
  const source = join(dir, "acme.md");
  writeFileSync(source, CONTENT);
  const outDir = join(dir, "out");
  const out = join(outDir, "acme");
  const model = join(out, "model.json");
  const rebuild = async () => (await build([source], { formats: ["model"], outDir }))[0];
  const [first] = await build([source], { formats: ["model"], outDir });
  expect(first?.written).toHaveLength(1);
  const entry = () => JSON.parse(readFileSync(join(out, CACHE_FILE), "utf8")) as CacheEntry;
  const forge = (change: (entry: CacheEntry) => void) => {
    const forged = entry();
    change(forged);
    writeFileSync(join(out, CACHE_FILE), JSON.stringify(forged));
  };
  return { out, model, rebuild, entry, forge };
}

/**
 * Runs `edit` on `path` and puts its modification time back (to the millisecond), as `touch -r`
 * or an archive would.
 * The kernel's clock for change times moves in ticks of a few milliseconds, so an edit right after
 * the build is repeated until the change time shows it.
 */
async function keepMtime(path: string, edit: () => void) {
  const before = await fileStamp(path);
  const { atime, mtime } = statSync(path);
  do {
    edit();
    utimesSync(path, atime, mtime);
  } while ((await fileStamp(path)) === before);
}

describe("the build cache's stamps", () => {
  it("records the stamp of each output as written", async () => {
    const { model, entry } = await built();
    expect(entry().stamps?.model).toBe(await fileStamp(model));
  });

  it("does not read an output whose stamp is the one recorded", async () => {
    const { model, rebuild, forge } = await built();
    // A wrong hash beside the right stamp goes unnoticed only if the file is never hashed.
    forge((entry) => {
      entry.hashes = { model: contentHash("not what was written") };
    });

    const again = await rebuild();
    expect(again?.written).toEqual([]);
    expect(again?.skipped).toEqual([model]);
  });

  it("hashes an output that was touched, keeps it, and records its new stamp", async () => {
    const { model, rebuild, entry } = await built();
    const before = entry().stamps?.model;
    await keepMtime(model, () => {});
    const touched = await fileStamp(model);
    expect(touched).not.toBe(before);
    // The same file, same size: only its times moved.
    expect(touched?.split(":").slice(0, 3)).toEqual(before?.split(":").slice(0, 3));

    const again = await rebuild();
    expect(again?.written).toEqual([]);
    expect(again?.skipped).toEqual([model]);
    expect(entry().stamps?.model).toBe(touched);
  });

  it("rebuilds an output edited in place with its size and modification time put back", async () => {
    const { model, rebuild } = await built();
    const written = readFileSync(model, "utf8");
    await keepMtime(model, () => writeFileSync(model, written.replace("anvils", "poison")));
    expect(statSync(model).size).toBe(Buffer.byteLength(written));

    const again = await rebuild();
    expect(again?.written).toEqual([model]);
    expect(readFileSync(model, "utf8")).toBe(written);
  });

  it("rebuilds a planted output beside a forged entry with the true hash and all but its change time", async () => {
    const { model, rebuild, forge } = await built();
    const written = readFileSync(model, "utf8");
    const planted = written.replace("anvils", "poison");
    // A forger can know the key, the hash of what Credo would write, the planted file's size and
    // modification time (an archive keeps them), here even its device and inode; never the
    // change time the kernel gives it.
    const changed = (await fileStamp(model))?.split(":")[4];
    await keepMtime(model, () => writeFileSync(model, planted));
    const [dev, ino, size, mtime] = (await fileStamp(model))?.split(":") ?? [];
    forge((entry) => {
      entry.keys = {
        model: cacheKey({
          format: "model",
          content: CONTENT,
          templates: templatesFingerprints().model,
          options: {},
        }),
      };
      entry.hashes = { model: contentHash(written) };
      entry.stamps = { model: [dev, ino, size, mtime, changed].join(":") };
    });
    expect(readFileSync(model, "utf8")).toBe(planted);

    const again = await rebuild();
    expect(again?.written).toEqual([model]);
    expect(readFileSync(model, "utf8")).toBe(written);
  });
});
