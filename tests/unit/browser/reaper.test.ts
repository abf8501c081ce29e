import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupGone, reapSync, type TrackedBrowser } from "../../../src/browser/reaper.js";

/** A detached shell, leader of its own group like a launched browser, with a child of its own. */
function group(script: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), "credo-reaper-"));
  // The profile is the script's $0.
  const child = spawn("sh", ["-c", script, userDataDir], { detached: true, stdio: "ignore" });
  const browser: TrackedBrowser = { abort: new AbortController(), pid: child.pid, userDataDir };
  return { child, browser };
}

/** Whether the process runs (a zombie has ended: it only waits for its parent to reap it). */
function running(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

describe("reaper", () => {
  it("groupGone waits until every process of the group has ended, grandchildren included", async () => {
    const { child, browser } = group("sleep 0.4 & wait");
    const pid = child.pid as number;
    expect(running(pid)).toBe(true);
    await groupGone(browser);
    expect(running(pid)).toBe(false);
  });

  it("reapSync kills the group, and removes the profile only once no process of it runs", () => {
    // The leader's child keeps writing into the profile, as a dying renderer may.
    const { child, browser } = group(`while :; do mkdir -p "$0/Default"; sleep 0.01; done & wait`);
    const pid = child.pid as number;
    while (!existsSync(join(browser.userDataDir, "Default"))) Atomics.wait(pause, 0, 0, 10);
    // The killed leader stays a zombie of this process until the event loop reaps it, so a look
    // that counted zombies would wait its whole cap here; the group still reads as gone.
    reapSync(browser);
    expect(running(pid)).toBe(false);
    expect(existsSync(browser.userDataDir)).toBe(false);
  });

  it("reapSync, killed before the launch returned a pid, finds the browser by its profile", () => {
    // No pid yet (the launch is still resolving), but the browser's processes run and write to
    // the profile; Chromium's every process carries --user-data-dir on its command line.
    // (The shell writes with a builtin: an external `mkdir` it forked carries no such flag, so
    // one still in flight under load could bring the folder back after the reaper removed it —
    // a race of this stand-in, not of Chromium, whose every process is found by its flag.)
    const userDataDir = mkdtempSync(join(tmpdir(), "credo-reaper-"));
    const child = spawn(
      "sh",
      [
        "-c",
        `while :; do echo busy > "$1/Default"; sleep 0.01; done`,
        "sh",
        userDataDir,
        `--user-data-dir=${userDataDir}`,
      ],
      { detached: true, stdio: "ignore" },
    );
    const pid = child.pid as number;
    while (!existsSync(join(userDataDir, "Default"))) Atomics.wait(pause, 0, 0, 10);
    reapSync({ abort: new AbortController(), userDataDir });
    expect(running(pid)).toBe(false);
    expect(existsSync(userDataDir)).toBe(false);
  });
});
