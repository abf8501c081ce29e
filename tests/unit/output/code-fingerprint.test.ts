/**
 * Outputs built by other code are not "up to date": the cache key holds a hash of Credo's own
 * code, so a reader change without a version bump rebuilds every output.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../../src/base/version.js";
import { cacheKey, codeFingerprint, fingerprintOf } from "../../../src/output/cache.js";

describe("the cache key and Credo's code", () => {
  it("changes the fingerprint when a code file changes, and only then", () => {
    const root = mkdtempSync(join(tmpdir(), "credo-code-"));
    mkdirSync(join(root, "model"));
    writeFileSync(join(root, "model", "statements.js"), "export const a = 1;\n");
    writeFileSync(join(root, "notes.txt"), "not code");
    const before = fingerprintOf(root);
    expect(fingerprintOf(root)).toBe(before);
    writeFileSync(join(root, "notes.txt"), "still not code");
    expect(fingerprintOf(root)).toBe(before);
    // Declarations do not run; the CLI bundle beside tsc's tree has a fingerprint of its own.
    writeFileSync(join(root, "model", "statements.d.ts"), "export declare const a: number;\n");
    mkdirSync(join(root, "bin"));
    writeFileSync(join(root, "bin", "credo.js"), "console.log(1);\n");
    expect(fingerprintOf(root)).toBe(before);
    writeFileSync(join(root, "model", "statements.js"), "export const a = 2;\n");
    expect(fingerprintOf(root)).not.toBe(before);
  });

  it("puts the code's fingerprint in every key", () => {
    const parts = { format: "model" as const, content: "# A\n", templates: "t", options: {} };
    const versionOnly = createHash("sha256")
      .update(JSON.stringify([VERSION, "model", [], "t", ""]))
      .update("# A\n")
      .digest("hex");
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(parts)).not.toBe(versionOnly);
    expect(cacheKey(parts)).toBe(cacheKey(parts));
  });
});
