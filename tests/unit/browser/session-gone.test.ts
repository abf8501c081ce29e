/**
 * A browser that dies, or a page whose renderer crashes, while a step waits on it fails that
 * step at once. puppeteer rejects its requests in flight when the pipe closes, but not its waits
 * for events (a new page's target): a browser killed while a page was being opened sat out the
 * step's timeout (30 s by default) before the build said so. Here the steps have no timeout at
 * all, so a wait that is not cut short never ends and the test times out.
 */
import { EventEmitter } from "node:events";
import type { Browser, Page } from "puppeteer";
import { describe, expect, it, vi } from "vitest";
import { createSession } from "../../../src/browser/session.js";

const never = () => new Promise<never>(() => {});

/** A page whose every call waits forever, except close; it emits events like puppeteer's. */
function hangingPage(): Page & EventEmitter {
  const events = new EventEmitter();
  return new Proxy(events, {
    get(target, key) {
      if (key === "close") return async () => {};
      // Not a thenable: awaiting the page must give the page.
      if (key === "then") return undefined;
      if (key in target) {
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return never;
    },
  }) as unknown as Page & EventEmitter;
}

/** A browser whose `newPage` gives `page()` (or never answers), and that can disconnect. */
function standInBrowser(
  page: () => Promise<Page>,
  child: EventEmitter | null = null,
): Browser & EventEmitter {
  return Object.assign(new EventEmitter(), {
    newPage: page,
    process: () => child,
  }) as unknown as Browser & EventEmitter;
}

describe("a session whose browser or page goes while a step waits", { timeout: 10_000 }, () => {
  it("fails the print at once when the browser disconnects while a page is being opened", async () => {
    const browser = standInBrowser(never);
    const session = createSession(browser, 0, async () => {}, true);
    const printing = session.pdf("<p>brief</p>", { size: "A4" });
    setImmediate(() => browser.emit("disconnected"));
    await expect(printing).rejects.toThrow("browser load failed: the browser is gone");
  });

  it("fails the print at once when the browser's process exits though its pipe stays open", async () => {
    // Chromium killed outright: its orphaned helpers can hold the DevTools pipe open for half a
    // minute, so no "disconnected" comes; the process's own exit says it is gone.
    const child = Object.assign(new EventEmitter(), { exitCode: null, signalCode: null });
    const browser = standInBrowser(never, child);
    const session = createSession(browser, 0, async () => {}, true);
    const printing = session.pdf("<p>brief</p>", { size: "A4" });
    setImmediate(() => child.emit("exit", null, "SIGKILL"));
    await expect(printing).rejects.toThrow("browser load failed: the browser is gone");
  });

  it("fails the print at once when the page's renderer crashes while the page is being set up", async () => {
    const page = hangingPage();
    const browser = standInBrowser(async () => page);
    const session = createSession(browser, 0, async () => {});
    const printing = session.pdf("<p>brief</p>", { size: "A4" });
    setTimeout(() => page.emit("error", new Error("Page crashed!")), 20);
    await expect(printing).rejects.toThrow("browser load failed: the page crashed");
    expect(page.listenerCount("error")).toBe(0);
  });

  it("fails the print with the warm-up's timeout when the browser never opened the warm-up page", async () => {
    vi.useFakeTimers();
    try {
      let opened = 0;
      const browser = standInBrowser(() => {
        opened++;
        return never();
      });
      const session = createSession(browser, 1000, async () => {}, true);
      let settled: unknown;
      session.pdf("<p>brief</p>", { size: "A4" }).catch((error: unknown) => {
        settled = error;
      });
      // The warm-up page's bound passes: the browser is not answering, and the print, which
      // waited for the warm-up page, fails with it instead of waiting out a bound of its own.
      await vi.advanceTimersByTimeAsync(1000);
      expect(String(settled)).toContain("browser load failed: timed out after 1000 ms");
      expect(opened).toBeLessThanOrEqual(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
