/**
 * Item 9 of issue #14: two file names that reduce to one output folder are reported, each with
 * the other's name, and neither is built (which one should win is not Credo's to guess); every
 * other file of the batch is built as usual. The CLI exits 1, as for a content error.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../../src/output/build.js";
import { credo } from "../../helpers/cli.js";

const DOC = "# Acme\n\nThe mission of Acme is to make anvils.\n";

function files(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "credo-slug-clash-"));
  const paths = ["a b.md", "a-b.md", "c.md", "a?b.markdown"].map((name) => {
    writeFileSync(join(dir, name), DOC);
    return join(dir, name);
  });
  return { dir, paths };
}

describe("two file names mapping to one slug", () => {
  it("are reported for those files while the rest of the batch is built", async () => {
    const { dir, paths } = files();
    const outDir = join(dir, "out");
    const results = await build(paths, { formats: ["model"], outDir });

    const clashing = results.filter((r) => r.slug === "a-b");
    expect(clashing.map((r) => r.path)).toEqual([paths[0], paths[1], paths[3]]);
    for (const result of clashing) {
      expect(result.written).toEqual([]);
      expect(result.error?.message).toContain(`would write ${join(outDir, "a-b")}/`);
      for (const other of clashing.filter((r) => r !== result))
        expect(result.error?.message).toContain(other.path);
    }
    const c = results.find((r) => r.slug === "c");
    expect(c?.error).toBeUndefined();
    expect(c?.written).toHaveLength(1);
    expect(readdirSync(outDir)).toEqual(["c"]);
    expect(existsSync(join(outDir, "a-b"))).toBe(false);
  });

  it("make the CLI exit 1 after building the others", async () => {
    const { dir, paths } = files();
    const run = await credo(["build", "--format", "model", "--out", join(dir, "out"), ...paths]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("a b.md  error");
    expect(existsSync(join(dir, "out", "c", "model.json"))).toBe(true);
  });
});
