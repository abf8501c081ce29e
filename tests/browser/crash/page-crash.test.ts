/**
 * A page whose renderer dies after loading (Chromium out of memory on a huge print, say) fails
 * its step at once with "the page crashed", instead of waiting out the step's timeout; the
 * session stays usable for the next document, also when it kept pages from earlier prints (they
 * share the crashed renderer, so none of them is reused).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, launchBrowser } from "../../../src/browser/session.js";
import { processesMentioning } from "../../helpers/processes.js";

const originalTmp = process.env.TMPDIR;
let tmp: string;
let session: BrowserSession;

beforeAll(async () => {
  // The profile directory lands in TMPDIR, so this session's processes name this folder.
  tmp = mkdtempSync(join(tmpdir(), "credo-page-crash-"));
  process.env.TMPDIR = tmp;
  session = await launchBrowser({ timeoutMs: 60_000 });
});

afterAll(async () => {
  await session?.close();
  process.env.TMPDIR = originalTmp;
  rmSync(tmp, { recursive: true, force: true });
});

describe("a renderer crash after the page loaded", () => {
  it("fails the step at once, naming it, and the session prints the next document", async () => {
    // A kept page (from this print) shares the renderer that is about to be killed.
    await session.pdf("<!doctype html><title>t</title><style>p{}</style><body><p>before", {
      size: "A4",
    });
    const started = performance.now();
    let killing: NodeJS.Timeout | undefined;
    const crash = session.withPage("<!doctype html><title>t</title><p>loaded", async (page) => {
      // Every renderer, again until the step fails: on a loaded machine the page's own renderer
      // may not be in the process list yet at the first look (the kept page's is).
      const kill = () => {
        for (const renderer of processesMentioning(tmp).filter((p) =>
          p.args.includes("--type=renderer"),
        ))
          try {
            process.kill(renderer.pid, "SIGKILL");
          } catch {
            // Gone already.
          }
      };
      kill();
      killing = setInterval(kill, 100);
      // Never answers once the renderer is gone.
      await page.evaluate(() => new Promise(() => {}));
    });
    await expect(crash).rejects.toThrow("browser print failed: the page crashed");
    clearInterval(killing);
    expect(performance.now() - started).toBeLessThan(30_000);
    const pdf = await session.pdf("<!doctype html><title>t</title><p>next", { size: "A4" });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
  });
});
