/**
 * Makes sure no Chromium outlives this process. Every launched browser is tracked here until it is
 * closed; if the process is interrupted (SIGINT/SIGTERM/SIGHUP) or exits without closing it, the
 * browser's whole process group is killed and its folders removed, synchronously,
 * because nothing asynchronous runs after a signal's default action or during `exit`.
 * The listeners are installed while at least one browser is tracked and removed after the last
 * one, so any number of sessions add exactly one listener per event.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

export interface TrackedBrowser {
  /** Aborting it makes puppeteer kill the browser, even while it is still launching. */
  abort: AbortController;
  /** Process id of the browser, which puppeteer starts as leader of its own process group. */
  pid?: number;
  userDataDir: string;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const live = new Set<TrackedBrowser>();

export function track(browser: TrackedBrowser): void {
  if (live.size === 0) install();
  live.add(browser);
}

export function untrack(browser: TrackedBrowser): void {
  if (live.delete(browser) && live.size === 0) uninstall();
}

/**
 * Kills the browser's process group (renderers, GPU and zygote processes included). Before the
 * launch has returned its pid is unknown, though its processes may run (and write to the profile):
 * those are found by the profile on their command line.
 */
export function killBrowser(browser: TrackedBrowser): void {
  browser.abort.abort();
  if (browser.pid === undefined) {
    groupAlive(browser);
    return;
  }
  try {
    process.kill(-browser.pid, "SIGKILL");
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

/** Kills the browser and removes its folders, synchronously. */
export function reapSync(browser: TrackedBrowser): void {
  killBrowser(browser);
  const deadline = performance.now() + GROUP_EXIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  // A signal handler or `exit` cannot await: sleep synchronously between looks.
  while (groupAlive(browser) && performance.now() < deadline) Atomics.wait(pause, 0, 0, POLL_MS);
  removeFolders(browser);
  untrack(browser);
}

/**
 * Waits until every process of the killed browser's group is gone. SIGKILL is queued, not
 * instant: a renderer or the storage service still finishing a system call can create its folder
 * in the profile again (Chromium creates parent folders as it goes), bringing back a profile
 * removed too early. Capped, because a zombie that no one reaps stays in its group.
 */
export async function groupGone(browser: TrackedBrowser): Promise<void> {
  const deadline = performance.now() + GROUP_EXIT_MS;
  // A kept (ref'd) timer: the wait may be all that is left to do, and an unref'd one would let
  // Node end with this await unsettled (exit 13).
  while (groupAlive(browser) && performance.now() < deadline) await delay(POLL_MS);
}

/**
 * Long enough for a loaded machine: a killed process can take seconds to leave a system call,
 * and the wait ends as soon as the group is gone (at once, normally).
 */
const GROUP_EXIT_MS = 5_000;
const POLL_MS = 10;

/**
 * Whether a process of the browser still runs, read from /proc: one of its process group, or,
 * while its pid is unknown (killed mid-launch), one whose command line names its profile — killed
 * here. A zombie counts as gone (it writes nothing), and the killed browser stays one until this
 * process reaps it, which it cannot do while it sleeps synchronously. Without /proc, nothing is
 * known to wait for.
 */
function groupAlive(browser: TrackedBrowser): boolean {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return false;
  }
  const profile = `--user-data-dir=${browser.userDataDir}`;
  let alive = false;
  for (const pid of pids) {
    const stat = readProc(pid, "stat");
    if (stat === undefined) continue;
    // After "(comm)": state, ppid, pgrp.
    const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (state === "Z") continue;
    if (browser.pid !== undefined) {
      if (Number(group) === browser.pid) alive = true;
    } else if (readProc(pid, "cmdline")?.split("\0").includes(profile)) {
      alive = true;
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // Gone already.
      }
    }
  }
  return alive;
}

function readProc(pid: string, file: "stat" | "cmdline"): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined; // It ended while we looked.
  }
}

/**
 * Removes the profile, and the folder Chromium makes for its singleton socket in $TMPDIR
 * (`org.chromium.Chromium.*`), which it never removes itself. That folder is found through the
 * profile's `SingletonSocket` link rather than by pointing Chromium's TMPDIR into the profile:
 * a socket path is limited to 107 bytes, and a longer TMPDIR made the launch fail.
 */
export function removeFolders(browser: TrackedBrowser): void {
  const options = { recursive: true, force: true, maxRetries: 3 };
  const socketDir = chromiumTempDir(browser.userDataDir);
  if (socketDir) rmSync(socketDir, options);
  rmSync(browser.userDataDir, options);
}

function chromiumTempDir(userDataDir: string): string | undefined {
  try {
    const dir = dirname(readlinkSync(join(userDataDir, "SingletonSocket")));
    // Only ever the folder Chromium names this way, whatever the link says.
    return /[\\/]org\.chromium\.Chromium\.[^\\/]+$/.test(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function reapAll(): void {
  for (const browser of [...live]) reapSync(browser);
}

function onSignal(signal: NodeJS.Signals): void {
  reapAll();
  // Our listener replaced the default action (terminate). If nobody else handles the signal,
  // restore that default and re-send it, so the process still dies with the right status.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", reapAll);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", reapAll);
}
