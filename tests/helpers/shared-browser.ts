/**
 * One browser per test worker, for the browser tier's files that only print with it. The
 * `browser` project runs its files without isolation, so this module outlives a file and the next
 * file in the same worker prints on the same Chromium instead of launching its own (a launch costs
 * about as much as a print). Files never close it: the reaper (src/browser/reaper.ts) kills it and
 * removes its profile when vitest ends the worker. Files that need a browser of their own (crash,
 * process and reuse tests) run in the isolated `browser-own` project.
 */
import { type BrowserSession, launchBrowser } from "../../src/browser/session.js";

let shared: Promise<BrowserSession> | undefined;

/** The worker's browser, launched on first use (again after a failed launch). */
export function sharedBrowser(): Promise<BrowserSession> {
  shared ??= launchBrowser().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
