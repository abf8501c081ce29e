// vitest globalSetup of the tiers that run compiled code (the `credo` bin, dist/ modules): compile
// the current sources first (scripts/compile.mjs, what `npm ci`'s prepare step runs), once per run
// even when several tiers ask, and not at all when dist/ was compiled from these very sources (its
// stamp says so; a fresh clone's `npm ci` just did). Type errors are `npm run typecheck`'s
// business: tsc still emits, and the tests then show what the code does.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CREDO_DIST_COMPILED) return;
  spawnSync(process.execPath, ["scripts/compile.mjs", "--if-changed"], { stdio: "ignore" });
  process.env.CREDO_DIST_COMPILED = "1";
}
