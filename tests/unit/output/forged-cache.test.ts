/**
 * Item 6 of issue #14: "up to date" is only said of an output whose bytes are those Credo wrote.
 * A `.credo-cache.json` with the right key (keys are computable by anyone) beside a planted or
 * edited output must not keep that output.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../../src/output/build.js";
import { CACHE_FILE, cacheKey, templatesFingerprints } from "../../../src/output/cache.js";

const CONTENT = "# Acme\n\nThe mission of Acme is to make anvils.\n";

function project() {
  const dir = mkdtempSync(join(tmpdir(), "credo-forged-cache-"));
  const source = join(dir, "acme.md");
  writeFileSync(source, CONTENT);
  return { dir, source, outDir: join(dir, "out"), out: join(dir, "out", "acme") };
}

describe("the cache refuses a forged .credo-cache.json", () => {
  it("rebuilds a planted output next to a forged cache entry with the right key", async () => {
    const { source, outDir, out } = project();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "model.json"), '{"planted":true}');
    const key = cacheKey({
      format: "model",
      content: CONTENT,
      templates: templatesFingerprints().model,
      options: {},
    });
    writeFileSync(join(out, CACHE_FILE), JSON.stringify({ keys: { model: key }, diagnostics: [] }));

    const [result] = await build([source], { formats: ["model"], outDir });

    expect(result?.skipped).toEqual([]);
    expect(result?.written).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(out, "model.json"), "utf8")).meta.company).toBe("Acme");
  });

  it("rebuilds an output edited after it was written, and skips it once it is whole again", async () => {
    const { source, outDir, out } = project();
    await build([source], { formats: ["model"], outDir });
    const written = readFileSync(join(out, "model.json"), "utf8");
    writeFileSync(join(out, "model.json"), written.replace("anvils", "poison"));

    const [again] = await build([source], { formats: ["model"], outDir });
    expect(again?.skipped).toEqual([]);
    expect(readFileSync(join(out, "model.json"), "utf8")).toBe(written);

    const [third] = await build([source], { formats: ["model"], outDir });
    expect(third?.skipped).toEqual([join(out, "model.json")]);
    expect(third?.written).toEqual([]);
  });
});
