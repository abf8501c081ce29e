// vitest globalSetup: the CLI tests run the compiled `credo` bin, so compile the current sources
// first (the same `tsc` that `npm ci`'s prepare step runs). Type errors are `npm run typecheck`'s
// business: tsc still emits, and the tests then show what the code does.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "ignore",
  });
}
