// vitest globalSetup of every tier: the run's temporary files (tests' scratch projects, Chromium
// profiles, the CLI's) go under one folder of their own, removed when the run ends, so a run leaves
// nothing in the machine's temp folder however a test ends. Workers inherit TMPDIR.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  // Every tier (vitest project) runs this setup: the first makes the folder, the others reuse it,
  // so no folder nests in another.
  if (process.env.CREDO_TEST_TMP) return () => {};
  // A short name: Chromium's socket path under $TMPDIR must stay within 107 bytes, and some tests
  // nest a TMPDIR of their own in this one.
  const root = mkdtempSync(join(tmpdir(), "ct-"));
  const before = process.env.TMPDIR;
  process.env.CREDO_TEST_TMP = root;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env.CREDO_TEST_TMP;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
