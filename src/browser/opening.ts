/**
 * Fails a page's opening at once when its renderer dies meanwhile. puppeteer's newPage() then
 * waits forever for a page that will never answer (its crash event is only heard once the page
 * exists), so without this the opening sat out the step's whole bound. Chromium announces the
 * crash on the browser's own DevTools session (Target.targetCrashed), which is watched here.
 */
import type { Browser, CDPSession } from "puppeteer";

export interface Openings {
  /**
   * Runs `open` (which creates one page), rejecting if a page created meanwhile crashes (after one
   * more try).
   */
  open<T>(open: () => Promise<T>): Promise<T>;
}

interface TargetInfoEvent {
  targetInfo: { targetId: string; type: string };
}

export function watchOpenings(browser: Browser): Openings {
  /** Rejecters of the openings in progress. */
  const waiting = new Set<(error: Error) => void>();
  /** Pages created while an opening was in progress; forgotten once none is. */
  const fresh = new Set<string>();
  let watching: Promise<CDPSession | undefined> | undefined;

  function watch(): Promise<CDPSession | undefined> {
    watching ??= Promise.resolve()
      .then(() => browser.target().createCDPSession())
      .then(async (session) => {
        session.on("Target.targetCreated", (event: TargetInfoEvent) => {
          if (waiting.size > 0 && event.targetInfo.type === "page")
            fresh.add(event.targetInfo.targetId);
        });
        session.on("Target.targetCrashed", (event: { targetId: string }) => {
          if (!fresh.has(event.targetId)) return;
          // Which opening owns the page is not known yet (its id comes with the page): all fail.
          for (const reject of waiting) reject(new OpeningCrash());
        });
        await session.send("Target.setDiscoverTargets", { discover: true });
        return session;
      })
      // A browser that will not give a session of its own (a restricted remote one) still prints;
      // its openings are bounded by the step's timeout alone.
      .catch(() => undefined);
    return watching;
  }

  /** One try: `open`, rejecting if a page created meanwhile crashes. */
  async function attempt<T>(open: () => Promise<T>): Promise<T> {
    let reject: (error: Error) => void = () => {};
    const crashed = new Promise<never>((_, rejectCrash) => {
      reject = rejectCrash;
    });
    waiting.add(reject);
    try {
      return await Promise.race([open(), crashed]);
    } finally {
      waiting.delete(reject);
      if (waiting.size === 0) fresh.clear();
    }
  }

  return {
    async open(open) {
      await watch();
      try {
        return await attempt(open);
      } catch (error) {
        if (!(error instanceof OpeningCrash)) throw error;
        // A renderer killed with a sibling page's crash can be handed to the next page before
        // Chromium has noticed it died: a second page gets a live one. Two in a row are the page's.
        return attempt(open);
      }
    },
  };
}

class OpeningCrash extends Error {
  constructor() {
    super("the page crashed as it opened");
  }
}
