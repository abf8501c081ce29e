import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../../src/output/build.js";

const out = mkdtempSync(join(tmpdir(), "credo-keep-models-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const files = ["content/tiktok.md"];

describe("build results", () => {
  it("keep each model and vfile by default, for API users", async () => {
    const [result] = await build(files, { formats: ["model"], outDir: join(out, "a") });
    expect(result?.model?.meta.company).toBe("TikTok");
    expect(result?.file?.messages.length).toBeGreaterThan(0);
  });

  it("drop them with keepModels: false (the CLI), keeping what the reports need", async () => {
    const [result] = await build(files, {
      formats: ["model"],
      outDir: join(out, "b"),
      keepModels: false,
    });
    expect(result?.model).toBeUndefined();
    expect(result?.file).toBeUndefined();
    expect(result?.diagnostics.length).toBeGreaterThan(0);
    expect(result?.written).toEqual([join(out, "b", "tiktok", "model.json")]);
  });
});
