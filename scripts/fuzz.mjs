#!/usr/bin/env node
/**
 * A long fuzzing run: the property tests (tests/property: the pipeline properties and the render
 * fuzz test) with far more generated documents than CI's bounded runs.
 *
 *   npm run fuzz            5000 runs per property
 *   npm run fuzz -- 20000   as many as you like
 *
 * fast-check prints the smallest failing document and the seed that reproduces it.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? "5000";
if (!/^[1-9]\d*$/.test(runs)) {
  process.stderr.write(`fuzz: give the number of runs per property, not "${runs}"\n`);
  process.exit(64);
}
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const { status, signal } = spawnSync(
  process.execPath,
  [vitest, "run", "tests/heavy/property", "--testTimeout=0"],
  { stdio: "inherit", env: { ...process.env, FUZZ_RUNS: runs } },
);
process.exit(status ?? (signal ? 1 : 0));
