/**
 * A browser that dies while it launches (killed, out of memory) fails the launch at once with
 * "the browser is gone", instead of waiting out the launch step's bound: its helper processes can
 * hold the DevTools pipe open for half a minute, so puppeteer hears nothing until they die.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredoRenderError } from "../../../src/browser/errors.js";
import { launchBrowser } from "../../../src/browser/session.js";
import { processesMentioning } from "../../helpers/processes.js";

const originalTmp = process.env.TMPDIR;
let tmp: string;

beforeAll(() => {
  // The profile directory lands in TMPDIR, so this launch's processes name this folder.
  tmp = mkdtempSync(join(tmpdir(), "credo-launch-kill-"));
  process.env.TMPDIR = tmp;
});

afterAll(() => {
  process.env.TMPDIR = originalTmp;
  rmSync(tmp, { recursive: true, force: true });
});

describe("a browser killed while it launches", () => {
  it("fails the launch at once, naming it, and leaves no process", async () => {
    const started = performance.now();
    const launching = launchBrowser({ timeoutMs: 60_000 }).then(
      async (session) => {
        await session.close();
        return "launched" as const;
      },
      (error: unknown) => error,
    );
    let settled = false;
    launching.then(() => {
      settled = true;
    });
    // The browser's own process (helpers carry --type=), killed once it has helpers: killed
    // earlier, its pipe closes with it and puppeteer hears of it anyway.
    let killed = false;
    while (!settled && !killed) {
      const processes = processesMentioning(tmp);
      const main = processes.find((p) => !p.args.includes("--type="));
      if (main && processes.some((p) => p.args.includes("--type="))) {
        process.kill(main.pid, "SIGKILL");
        killed = true;
      } else await delay(5);
    }
    const outcome = await launching;
    expect(killed, "the browser was seen while it launched").toBe(true);
    expect(outcome).toBeInstanceOf(CredoRenderError);
    expect((outcome as CredoRenderError).stage).toBe("launch");
    expect((outcome as CredoRenderError).message).toBe(
      "browser launch failed: the browser is gone",
    );
    // Far from the 60 s bound: it is noticed, not timed out.
    expect(performance.now() - started).toBeLessThan(20_000);
    for (let i = 0; i < 30 && processesMentioning(tmp).length > 0; i++) await delay(100);
    expect(processesMentioning(tmp)).toEqual([]);
  });
});
