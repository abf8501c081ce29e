import { EventEmitter } from "node:events";
import type { Browser } from "puppeteer";
import { describe, expect, it } from "vitest";
import { watchOpenings } from "../../../src/browser/opening.js";

/** A browser whose own DevTools session is an event emitter the test drives. */
function fakeBrowser(sessionFails = false) {
  const session = Object.assign(new EventEmitter(), {
    sent: [] as string[],
    async send(method: string) {
      session.sent.push(method);
    },
  });
  const browser = {
    target: () => ({
      createCDPSession: async () => {
        if (sessionFails) throw new Error("not allowed");
        return session;
      },
    }),
  } as unknown as Browser;
  return { browser, session };
}

const created = (targetId: string, type = "page") => ({ targetInfo: { targetId, type } });
const never = () => new Promise<string>(() => {});

describe("watchOpenings", () => {
  it("fails an opening at once when the page created meanwhile crashes", async () => {
    const { browser, session } = fakeBrowser();
    const openings = watchOpenings(browser);
    const opening = openings.open(async () => {
      session.emit("Target.targetCreated", created("new"));
      session.emit("Target.targetCrashed", { targetId: "new" });
      return never();
    });
    await expect(opening).rejects.toThrow("the page crashed as it opened");
    expect(session.sent).toEqual(["Target.setDiscoverTargets"]);
  });

  it("opens a second page when the first one's renderer dies as it opens, once", async () => {
    // A renderer killed with a sibling page's crash can be handed to the next page before Chromium
    // has noticed: the next page gets a live one. A second crash in a row is the page's own.
    const { browser, session } = fakeBrowser();
    const openings = watchOpenings(browser);
    let tries = 0;
    const opening = openings.open(async () => {
      tries++;
      session.emit("Target.targetCreated", created(`page-${tries}`));
      if (tries > 1) return "opened";
      session.emit("Target.targetCrashed", { targetId: "page-1" });
      return never();
    });
    await expect(opening).resolves.toBe("opened");
    expect(tries).toBe(2);

    let again = 0;
    const crashing = openings.open(async () => {
      again++;
      session.emit("Target.targetCreated", created(`again-${again}`));
      session.emit("Target.targetCrashed", { targetId: `again-${again}` });
      return never();
    });
    await expect(crashing).rejects.toThrow("the page crashed as it opened");
    expect(again).toBe(2);
  });

  it("ignores a crash of a page that was there before, or of a worker", async () => {
    const { browser, session } = fakeBrowser();
    const openings = watchOpenings(browser);
    await openings.open(async () => "first");
    session.emit("Target.targetCreated", created("old"));
    const opening = openings.open(async () => {
      session.emit("Target.targetCreated", created("worker", "service_worker"));
      session.emit("Target.targetCrashed", { targetId: "old" });
      session.emit("Target.targetCrashed", { targetId: "worker" });
      return "opened";
    });
    await expect(opening).resolves.toBe("opened");
  });

  it("forgets the pages of finished openings: a later crash of one fails nothing", async () => {
    const { browser, session } = fakeBrowser();
    const openings = watchOpenings(browser);
    await openings.open(async () => {
      session.emit("Target.targetCreated", created("a"));
      return "a";
    });
    const later = openings.open(async () => {
      session.emit("Target.targetCrashed", { targetId: "a" });
      return "b";
    });
    await expect(later).resolves.toBe("b");
  });

  it("still opens pages when the browser gives no session of its own", async () => {
    const { browser } = fakeBrowser(true);
    await expect(watchOpenings(browser).open(async () => "opened")).resolves.toBe("opened");
  });
});
