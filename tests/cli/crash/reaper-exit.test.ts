/**
 * The reaper's wait for a killed browser's process group may be the last thing a build does: its
 * timer must keep Node running until the group is gone. An unref'd timer let Node end with the
 * CLI's top-level await unsettled — exit 13 after "6 written" — whenever a browser process
 * outlived the kill by a poll or two.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

it("waiting for a browser's group to end keeps the process alive until it has", () => {
  const reaper = resolve("dist/browser/reaper.js");
  const script = `
    import { spawn } from "node:child_process";
    import { groupGone } from ${JSON.stringify(reaper)};
    const child = spawn("sh", ["-c", "sleep 0.3"], { detached: true, stdio: "ignore" });
    child.unref();
    await groupGone({ abort: new AbortController(), pid: child.pid, userDataDir: "/nonexistent" });
    console.log("gone");
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe("gone\n");
});
