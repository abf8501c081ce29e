/**
 * The one browser every format prints with: a session owns one Chromium (launched, or connected to
 * over a WebSocket) and prints each document in a locked-down page, several at once. A page that
 * printed cleanly is kept for the next document (swapped in where possible, see swap.ts): a new
 * page costs about as much as a print. Each step is bounded in time and named in errors; pages are
 * always closed; a launched browser is always killed and its profile and temp folder removed, also on failure,
 * on SIGINT/SIGTERM, or when the process exits without closing it (see reaper.ts).
 */
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { CredoRenderError, CredoStepTimeout, toRenderError } from "./errors.js";
import { watchOpenings } from "./opening.js";
import { type LockedPage, lockPage, type PageOptions } from "./page.js";
import { setPdfInfo } from "./pdf-info.js";
import { type PdfOptions, toPuppeteerPdfOptions } from "./pdf-options.js";
import {
  groupGone,
  killBrowser,
  reapSync,
  removeFolders,
  type TrackedBrowser,
  track,
  untrack,
} from "./reaper.js";
import { findBrowser } from "./resolve.js";
import { runStage, stepTimeoutMs } from "./stage.js";
import { splitStyles } from "./swap.js";

export interface LaunchOptions {
  /** Browser to launch; default: the first found by resolve.ts. */
  executablePath?: string;
  /**
   * Connect to this running browser instead of launching one; close() then only disconnects.
   * Pages are locked down as usual, but that browser's own flags (NO_NETWORK_ARGS) are its own.
   */
  wsEndpoint?: string;
  /** Bound for each step (launch, load, print) in ms; 0 = unbounded. Default: stepTimeoutMs(). */
  timeoutMs?: number;
}

export interface BrowserSession {
  /** Prints `html` to PDF and writes its document information. */
  pdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  /**
   * Shows `html` in a kept page as pdf() does, laid out for screen-less `print` media at `view`'s
   * size, and runs `fn` on it; the page is kept for the next document. `fn` may change the
   * document (the next document replaces it) but nothing else of the page.
   */
  layout<T>(html: string, view: LayoutView, fn: (page: Page) => Promise<T>): Promise<T>;
  /** Loads `html` into a locked-down page, runs `fn` on it, and closes the page. */
  withPage<T>(html: string, fn: (page: Page) => Promise<T>, options?: PageOptions): Promise<T>;
  /** Closes (or disconnects) the browser. Safe to call more than once. */
  close(): Promise<void>;
}

/** A viewport in CSS pixels, for layout(). */
export interface LayoutView {
  width: number;
  height: number;
}

/**
 * Headless Chromium flags. No sandbox: Chromium refuses to start as root with one, and most
 * containers cannot provide one; what it guards against is reduced here by pages that run no
 * script and reach no network. The rest stop background work that stalls a root/container run.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * No network at all, below request interception: every connection, loopback included, must go
 * through a proxy whose name cannot resolve, and no name resolves. Interception alone misses a
 * <link rel=preconnect> (a bare TCP connection, no request) and WebSockets.
 */
export const NO_NETWORK_ARGS = [
  "--proxy-server=socks5://credo-no-network.invalid:1",
  "--proxy-bypass-list=<-loopback>",
  "--host-resolver-rules=MAP * ~NOTFOUND",
];

/**
 * Idle pages a session keeps. Enough for every print in flight of a run (two per document at the
 * default concurrency); a page beyond it is closed after its print.
 */
const MAX_IDLE_PAGES = 8;

/** What the prewarmed page prints once. */
const WARM_UP = "<!doctype html><title>warm-up</title><p>warm-up</p>";

/** How long close() waits for a page to close before leaving it to die with its browser. */
const CLOSE_GRACE_MS = 5_000;

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const timeoutMs = options.timeoutMs ?? stepTimeoutMs();
  const { wsEndpoint } = options;
  if (wsEndpoint) {
    const browser = await runStage("launch", timeoutMs, () =>
      puppeteer.connect({ browserWSEndpoint: wsEndpoint }),
    );
    return createSession(browser, timeoutMs, () => browser.disconnect());
  }
  const executablePath = options.executablePath ?? (await findBrowser()).executablePath;
  const tracked: TrackedBrowser = {
    abort: new AbortController(),
    userDataDir: await mkdtemp(join(tmpdir(), "credo-chromium-")),
  };
  track(tracked);
  try {
    const browser = await runStage("launch", timeoutMs, () =>
      puppeteer.launch({
        executablePath,
        headless: true,
        // A pipe rather than a DevTools port: nothing else on the machine can drive this browser.
        pipe: true,
        args: [...CHROMIUM_ARGS, ...NO_NETWORK_ARGS, `--user-data-dir=${tracked.userDataDir}`],
        signal: tracked.abort.signal,
        // reaper.ts handles signals and exit for every session; puppeteer's handlers would add
        // listeners per launch and exit the process on SIGINT.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // Nothing prints in Chromium's first tab, and waiting for it hangs the launch when its
        // renderer dies as it starts (every page opened later is watched: opening.ts).
        waitForInitialPage: false,
        timeout: timeoutMs,
      }),
    );
    tracked.pid = browser.process()?.pid;
    return createSession(browser, timeoutMs, () => shutdown(browser, tracked), true);
  } catch (error) {
    reapSync(tracked);
    throw error;
  }
}

/** Runs `fn` with a fresh session and closes it afterwards, whether `fn` succeeds or throws. */
export async function withBrowser<T>(
  fn: (session: BrowserSession) => Promise<T>,
  options?: LaunchOptions,
): Promise<T> {
  const session = await launchBrowser(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/**
 * `prewarm` opens a first page at once and prints a line on it, while the caller is still
 * rendering the HTML it will print: a launched browser is there to print. Exported for the
 * unit tests that drive it with a stand-in browser.
 */
export function createSession(
  browser: Browser,
  timeoutMs: number,
  release: () => Promise<void>,
  prewarm = false,
): BrowserSession {
  /** Every open page, closed with the session. */
  const pages = new Set<Page>();
  /** Pages kept after a print for the next one (see swap.ts). */
  const idle: LockedPage[] = [];
  let closing: Promise<void> | undefined;
  /** The prewarmed page until the first print takes it; undefined if opening it failed. */
  let warming: Promise<LockedPage | undefined> | undefined;
  /**
   * Rejects when the browser goes (killed, crashed, its pipe closed). puppeteer fails requests in
   * flight then, but not its waits for events (a new page's target), which sat out the step's
   * whole timeout: every step races this, so a dead browser is reported at once.
   */
  let stopAll: (error: Error) => void = () => {};
  const gone = new Promise<never>((_, reject) => {
    stopAll = reject;
    browser.once("disconnected", () => reject(new Error("the browser is gone")));
    // A Chromium killed outright leaves helpers that may hold the pipe open for half a minute,
    // so no "disconnected" comes until they die: its process's own exit says it at once.
    browser.process()?.once("exit", () => reject(new Error("the browser is gone")));
  });
  gone.catch(() => {});
  const openings = watchOpenings(browser);
  /**
   * A browser that cannot open a page (or print the warm-up line) within a step's bound is not
   * answering at all — frozen or starved: the session's other steps fail with it rather than
   * each waiting out a bound of its own.
   */
  function unanswered(error: unknown): void {
    if (error instanceof CredoStepTimeout) stopAll(error);
  }

  /** Closes a page and forgets it. */
  function discard(page: Page): Promise<void> {
    pages.delete(page);
    return closePage(page);
  }

  /**
   * `crashed` rejects when `page`'s renderer crashes: such a page never answers again, so the
   * step watching it fails now, not at the timeout. `stop` when the step is over.
   */
  function watchCrash(page: Page): { crashed: Promise<never>; stop(): void } {
    let onCrash = () => {};
    const crashed = new Promise<never>((_, reject) => {
      onCrash = () => reject(new Error("the page crashed"));
      // on/off, not once: once wraps the handler, and off(handler) would then leave the wrapper.
      page.on("error", onCrash);
    });
    crashed.catch(() => {});
    return { crashed, stop: () => page.off("error", onCrash) };
  }

  /**
   * A kept page: an idle one, preferring one that shows the same stylesheets (it can swap), else
   * the one idle longest; else the prewarmed page, unless its renderer died meanwhile.
   */
  async function takeKept(styles: string | undefined): Promise<LockedPage | undefined> {
    if (idle.length > 0) {
      const match = idle.findIndex((locked) => locked.styles === styles);
      return idle.splice(Math.max(match, 0), 1)[0];
    }
    // Taken before waiting, so that a print starting meanwhile opens a page of its own.
    const taken = warming;
    warming = undefined;
    const prewarmed = await taken;
    return prewarmed && pages.has(prewarmed.page) ? prewarmed : undefined;
  }

  async function openPage(options: PageOptions, stepTimeoutMs: number): Promise<LockedPage> {
    const page = await runStage("load", stepTimeoutMs, () =>
      Promise.race([openings.open(() => browser.newPage()), gone]),
    ).catch((error: unknown) => {
      unanswered(error);
      throw error;
    });
    if (closing) {
      await closePage(page);
      throw new CredoRenderError("load", "the browser session is already closed");
    }
    pages.add(page);
    // Pages of one site share a renderer process, so when one crashes the kept ones may have
    // gone with it (their own crash events can come later): none is handed out again.
    page.once("error", () => {
      for (const dead of [page, ...idle.splice(0).map((locked) => locked.page)]) void discard(dead);
      warming = warming?.then((prewarmed) => {
        if (prewarmed) void discard(prewarmed.page);
        return undefined;
      });
    });
    const watch = watchCrash(page);
    try {
      return await runStage("load", stepTimeoutMs, () =>
        Promise.race([lockPage(page, options), watch.crashed, gone]),
      );
    } catch (error) {
      await discard(page);
      throw error;
    } finally {
      watch.stop();
    }
  }

  if (prewarm)
    warming = openPage({}, timeoutMs)
      .then(async (locked) => {
        // A first print starts Chromium's printing machinery: about half a second of the first
        // document's print, spent here while the caller still renders its HTML.
        const watch = watchCrash(locked.page);
        try {
          await runStage("print", timeoutMs, async () => {
            const warmUp = async () => {
              await locked.show(WARM_UP);
              await locked.page.pdf({ timeout: 0 });
            };
            await Promise.race([warmUp(), watch.crashed, gone]);
          });
        } finally {
          watch.stop();
        }
        return locked;
      })
      .catch((error: unknown) => {
        unanswered(error);
        return undefined;
      });

  async function usePage<T>(
    html: string,
    fn: (page: Page) => Promise<T>,
    pageOptions: PageOptions,
    stepTimeoutMs: number,
    reuse: boolean,
  ): Promise<T> {
    if (closing) throw new CredoRenderError("load", "the browser session is already closed");
    const split = splitStyles(html);
    const locked =
      (reuse ? await takeKept(split?.styles) : undefined) ??
      (await openPage(pageOptions, stepTimeoutMs));
    const { page } = locked;
    const watch = watchCrash(page);
    const crashed = Promise.race([watch.crashed, gone]);
    let healthy = false;
    try {
      await runStage("load", stepTimeoutMs, () =>
        Promise.race([locked.show(html, split), crashed]),
      );
      const result = await Promise.race([
        fn(page),
        crashed.catch((error) => {
          throw toRenderError("print", error);
        }),
      ]);
      healthy = true;
      return result;
    } finally {
      watch.stop();
      // Kept only after a clean print; a failed, timed-out or crashed page is closed.
      if (reuse && healthy && !closing && pages.has(page) && idle.length < MAX_IDLE_PAGES) {
        idle.push(locked);
      } else {
        await discard(page);
      }
    }
  }

  return {
    async pdf(html, options) {
      const stepTimeoutMs = options.timeoutMs ?? timeoutMs;
      const metadata = options.metadata ?? {};
      const [printed, title] = await usePage(
        html,
        (page) =>
          runStage("print", stepTimeoutMs, () =>
            Promise.all([
              page.pdf(toPuppeteerPdfOptions(options)),
              // Without a title of its own, the PDF keeps the one Chromium took from <title>.
              metadata.title ?? page.title().then((title) => title || undefined),
            ]),
          ),
        {},
        stepTimeoutMs,
        true,
      );
      return runStage("print", 0, () => setPdfInfo(printed, { ...metadata, title }));
    },
    layout(html, view, fn) {
      return usePage(
        html,
        async (page) => {
          const before = page.viewport();
          await Promise.all([page.emulateMediaType("print"), page.setViewport(view)]);
          try {
            return await fn(page);
          } finally {
            await Promise.all([page.emulateMediaType(), page.setViewport(before)]);
          }
        },
        {},
        timeoutMs,
        true,
      );
    },
    withPage(html, fn, options = {}) {
      // Its own page, closed after: `fn` may leave it in any state.
      return usePage(html, fn, options, timeoutMs, false);
    },
    close() {
      idle.length = 0;
      closing ??= Promise.all([...pages].map(closePage)).then(release);
      return closing;
    },
  };
}

/** Closes a page, giving up after a grace period: a hung page dies with its browser instead. */
async function closePage(page: Page): Promise<void> {
  await Promise.race([
    page.close().catch(() => {}),
    delay(CLOSE_GRACE_MS, undefined, { ref: false }),
  ]);
}

/**
 * Ends a launched browser. Its prints are done and its profile is thrown away, so it is killed
 * rather than asked to close, which would cost a few hundred milliseconds of orderly shutdown.
 */
async function shutdown(browser: Browser, tracked: TrackedBrowser): Promise<void> {
  const child = browser.process();
  // Killing it resets the DevTools pipe, and puppeteer stops listening once disconnected: the
  // pipes' errors are expected now, and unheard they would end this process.
  for (const stream of child?.stdio ?? []) stream?.on("error", () => {});
  try {
    killBrowser(tracked);
    await browser.disconnect().catch(() => {});
    if (child && child.exitCode === null && child.signalCode === null)
      await Promise.race([once(child, "exit"), delay(CLOSE_GRACE_MS, undefined, { ref: false })]);
    await groupGone(tracked);
  } finally {
    removeFolders(tracked);
    untrack(tracked);
  }
}
