/**
 * Makes sure no Chromium outlives this process. Every launched browser is tracked here until it is
 * closed; if the process is interrupted (SIGINT/SIGTERM/SIGHUP) or exits without closing it, the
 * browser's whole process group is killed and its profile directory removed, synchronously,
 * because nothing asynchronous runs after a signal's default action or during `exit`.
 * The listeners are installed while at least one browser is tracked and removed after the last
 * one, so any number of sessions add exactly one listener per event.
 */
import { rmSync } from "node:fs";

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

/** Kills the browser and removes its profile, synchronously. */
export function reapSync(browser: TrackedBrowser): void {
  killBrowser(browser);
  rmSync(browser.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  untrack(browser);
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
