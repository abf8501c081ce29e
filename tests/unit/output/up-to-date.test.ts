/**
 * A rebuild whose outputs are all up to date does no work: it renders nothing and, even when the
 * formats print, never starts a browser (a launch costs more than the whole no-op rebuild).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../../src/output/build.js";
import {
  CACHE_FILE,
  cacheKey,
  contentHash,
  templatesFingerprints,
} from "../../../src/output/cache.js";

describe("build of up-to-date outputs", () => {
  it("skips them without launching the browser", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credo-up-to-date-"));
    const content = "# Acme\n\nThe mission of Acme is to make anvils.\n";
    const source = join(dir, "acme.md");
    writeFileSync(source, content);
    const out = join(dir, "out", "acme");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "brief.pdf"), "printed earlier");
    const key = cacheKey({
      format: "pdf",
      content,
      templates: templatesFingerprints().pdf,
      options: {},
    });
    const hashes = { pdf: contentHash("printed earlier") };
    writeFileSync(
      join(out, CACHE_FILE),
      JSON.stringify({ keys: { pdf: key }, hashes, diagnostics: [] }),
    );
    // A "browser" that leaves a mark if anything starts it.
    const marker = join(dir, "launched");
    const browser = join(dir, "browser.sh");
    writeFileSync(browser, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(browser, 0o755);

    const [result] = await build([source], {
      formats: ["pdf"],
      outDir: join(dir, "out"),
      browser: { executablePath: browser },
    });

    expect(result?.error).toBeUndefined();
    expect(result?.written).toEqual([]);
    expect(result?.skipped).toEqual([join(out, "brief.pdf")]);
    expect(existsSync(marker)).toBe(false);
  });
});
