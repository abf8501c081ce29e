/**
 * Makes sure no Chromium outlives this process. Every launched browser is tracked here until it is
 * closed; if the process is interrupted (SIGINT/SIGTERM/SIGHUP) or exits without closing it, the
 * browser's whole process group is killed and its folders removed, synchronously,
 * because nothing asynchronous runs after a signal's default action or during `exit`.
 * The listeners are installed while at least one browser is tracked and removed after the last
 * one, so any number of sessions add exactly one listener per event.
 */
import { readlinkSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

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

/** Kills the browser's process group (renderers, GPU and zygote processes included). */
export function killBrowser(browser: TrackedBrowser): void {
  browser.abort.abort();
  if (browser.pid === undefined) return;
  try {
    process.kill(-browser.pid, "SIGKILL");
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

/** Kills the browser and removes its folders, synchronously. */
export function reapSync(browser: TrackedBrowser): void {
  killBrowser(browser);
  removeFolders(browser);
  untrack(browser);
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
