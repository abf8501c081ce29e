import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCli } from "../../../src/cli/args.js";
import { build } from "../../../src/output/build.js";
import { inShard, parseShard } from "../../../src/output/shard.js";

describe("--shard K/N", () => {
  it("reads K/N and refuses anything else, naming the form", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, total: 4 });
    expect(parseShard("1/1")).toEqual({ index: 1, total: 1 });
    for (const bad of ["0/4", "5/4", "2/0", "2", "a/b", "-1/3", "1/2/3"])
      expect(() => parseShard(bad)).toThrow(/--shard takes K\/N/);
    expect(parseCli(["build", "--shard", "3/8"]).shard).toEqual({ index: 3, total: 8 });
    expect(() => parseCli(["check", "--shard", "1/2"])).toThrow("--shard is for credo build");
  });

  it("puts every document in exactly one shard, for any number of shards", () => {
    const slugs = Array.from({ length: 300 }, (_, i) => `company-${i}`);
    for (const total of [1, 2, 3, 7]) {
      const counts = slugs.map(
        (slug) =>
          Array.from({ length: total }, (_, i) => i + 1).filter((index) =>
            inShard(slug, { index, total }),
          ).length,
      );
      expect(counts.every((n) => n === 1)).toBe(true);
    }
    // Roughly even: no shard of three gets fewer than a fifth of 300 documents.
    for (const index of [1, 2, 3])
      expect(slugs.filter((s) => inShard(s, { index, total: 3 })).length).toBeGreaterThan(60);
  });

  it("builds, over N shards, exactly the documents of one full build, each once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-shard-"));
    const files = Array.from({ length: 12 }, (_, i) => {
      const path = join(dir, `acme-${i}.md`);
      writeFileSync(path, `# Acme ${i}\n\nThe mission of Acme ${i} is to make anvils.\n`);
      return path;
    });
    const full = await build(files, { formats: ["model"], outDir: join(dir, "full") });
    const shards = [];
    for (const index of [1, 2, 3]) {
      const outDir = join(dir, `shard-${index}`);
      const results = await build(files, {
        formats: ["model"],
        outDir,
        shard: { index, total: 3 },
      });
      shards.push(...results.map((r) => r.slug));
      expect(readdirSync(outDir).sort()).toEqual(results.map((r) => r.slug).sort());
    }
    expect(shards.sort()).toEqual(full.map((r) => r.slug).sort());
    expect(new Set(shards).size).toBe(files.length);
  });
});
