// vitest globalSetup of the tiers that run compiled code (the `credo` bin, dist/ modules): compile
// the current sources first (the same `tsc` that `npm ci`'s prepare step runs), once per run even
// when several tiers ask. Type errors are `npm run typecheck`'s business: tsc still emits, and the
// tests then show what the code does.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CREDO_DIST_COMPILED) return;
  spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "ignore",
  });
  process.env.CREDO_DIST_COMPILED = "1";
}
