/**
 * The one warm browser of a dev session: launched on the first print (a session that only writes
 * HTML never starts one), kept for every rebuild after, and replaced when it dies: a print that
 * fails in the browser gets one retry on a fresh browser, so a crash costs a relaunch, not the
 * session.
 */
import { CredoRenderError } from "../browser/errors.js";
import type { BrowserSession, LaunchOptions } from "../browser/session.js";

type GetSession = () => Promise<BrowserSession>;

export class WarmBrowser {
  private session: Promise<BrowserSession> | undefined;
  private closed = false;

  constructor(private readonly options?: LaunchOptions) {}

  /** Runs `work` with the warm browser; if the browser fails under it, once more on a new one. */
  async run<T>(work: (session: GetSession) => Promise<T>): Promise<T> {
    let used: Promise<BrowserSession> | undefined;
    try {
      return await work(() => {
        used = this.get();
        return used;
      });
    } catch (error) {
      // A launch failure (no browser installed…) would only fail again.
      if (!used || !(error instanceof CredoRenderError) || error.stage === "launch") throw error;
      await this.discard(used);
      return work(() => this.get());
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = undefined;
    await session?.then((s) => s.close()).catch(() => undefined);
  }

  private get(): Promise<BrowserSession> {
    if (this.closed) return Promise.reject(new Error("the dev session is closing"));
    if (!this.session) {
      const launching = import("../browser/session.js").then((m) => m.launchBrowser(this.options));
      // A failed launch is not kept: the next print tries again (the user may install one).
      launching.catch(() => {
        if (this.session === launching) this.session = undefined;
      });
      this.session = launching;
    }
    return this.session;
  }

  /** Forgets a failed browser (killing what is left of it), unless a newer one already replaced it. */
  private async discard(failed: Promise<BrowserSession>): Promise<void> {
    if (this.session === failed) this.session = undefined;
    await failed.then((s) => s.close()).catch(() => undefined);
  }
}
