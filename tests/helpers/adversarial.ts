/** Shared pieces of the adversarial tests: a valid brief to attach attacks to, temp dirs, timing. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll } from "vitest";
import { type CliRun, credo } from "./cli.js";

/** A brief that builds cleanly; attacks are appended to it, so a rejection is the attack's doing. */
export const VALID_BRIEF = readFileSync(
  resolve("tests/fixtures/companies/fernhill-bicycles.md"),
  "utf8",
);

/** A fresh temp dir for this test file, removed after it: call it at module level, not in a test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `credo-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface TimedRun extends CliRun {
  ms: number;
}

/**
 * Runs the CLI in `cwd` and measures how long the process took. A process still running after
 * `killAfterMs` is killed, so a hang fails its test (signal SIGKILL) instead of outliving it.
 */
export async function timedCredo(
  args: string[],
  cwd: string,
  killAfterMs = 45_000,
): Promise<TimedRun> {
  const started = performance.now();
  const run = await credo(args, { cwd, killAfterMs });
  return { ...run, ms: performance.now() - started };
}
