/**
 * No Chromium outlives its session: after success, failure, a thrown callback, a failed launch,
 * SIGINT/SIGTERM, or an exit without close. Browsers are found by their profile directory, which
 * lives under a TMPDIR private to this test file.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredoRenderError } from "../../../src/browser/errors.js";
import { CHROMIUM_ARGS, launchBrowser, withBrowser } from "../../../src/browser/session.js";
import { processesMentioning } from "../../helpers/processes.js";

const HTML = "<!doctype html><title>t</title><h1>Hello</h1>";
const originalTmp = process.env.TMPDIR;
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "credo-proc-test-"));
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  process.env.TMPDIR = originalTmp;
  rmSync(tmp, { recursive: true, force: true });
});

/** Live processes whose command line mentions `dir`, as `pid args` lines. */
function processesUnder(dir: string): string[] {
  return processesMentioning(dir).map(({ pid, args }) => `${pid} ${args}`);
}

/**
 * SIGKILLed processes take a moment to disappear; wait up to 3 s for none to be left, then no
 * folder of theirs may be left either.
 */
async function expectNoneLeft(dir: string): Promise<void> {
  for (let i = 0; i < 30 && processesUnder(dir).length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(processesUnder(dir)).toEqual([]);
  // Neither the profile nor Chromium's own temp folders (issue #14 item 10: every run left
  // $TMPDIR/org.chromium.Chromium.* behind).
  expect(
    readdirSync(dir).filter((name) => /^(credo-chromium-|org\.chromium\.Chromium\.)/.test(name)),
  ).toEqual([]);
}

describe("browser processes", () => {
  it("are all gone after a successful print and close", async () => {
    const session = await launchBrowser();
    await session.pdf(HTML, { size: "A4" });
    expect(processesUnder(tmp).length).toBeGreaterThan(0);
    // DevTools over a pipe: no port another program on the machine could connect to.
    expect(processesUnder(tmp).join("\n")).toContain("--remote-debugging-pipe");
    expect(processesUnder(tmp).join("\n")).not.toContain("--remote-debugging-port");
    await session.close();
    await session.close();
    await expectNoneLeft(tmp);
    await expect(session.pdf(HTML, { size: "A4" })).rejects.toThrow(/already closed/);
  });

  it("survive a failed step without leaking, and are gone after close", async () => {
    const session = await launchBrowser();
    const timedOut = await session.pdf(HTML, { size: "A4", timeoutMs: 1 }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(CredoRenderError);
    expect(timedOut.stage).toBe("load");
    expect(timedOut.exitCode).toBe(3);
    expect(timedOut.message).toBe("browser load failed: timed out after 1 ms");

    const badSize = { width: "wide", height: "tall" };
    const printFailed = await session.pdf(HTML, { size: badSize }).catch((e) => e);
    expect(printFailed).toBeInstanceOf(CredoRenderError);
    expect(printFailed.stage).toBe("print");

    // The session is still usable after both failures.
    expect((await session.pdf(HTML, { size: "A4" })).length).toBeGreaterThan(1000);
    await session.close();
    await expectNoneLeft(tmp);
  });

  it("are gone when the callback of withBrowser throws", async () => {
    const failing = withBrowser(async (session) => {
      await session.pdf(HTML, { size: "A4" });
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    await expectNoneLeft(tmp);
  });

  it("leave nothing behind when the browser cannot start", async () => {
    const failed = await launchBrowser({ executablePath: "/bin/false" }).catch((e) => e);
    expect(failed).toBeInstanceOf(CredoRenderError);
    expect(failed.stage).toBe("launch");
    await expectNoneLeft(tmp);
  });

  it("add one signal listener however many sessions are open, and remove it after", async () => {
    const before = process.listenerCount("SIGTERM");
    const sessions = await Promise.all([launchBrowser(), launchBrowser()]);
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    await Promise.all(sessions.map((session) => session.close()));
    expect(process.listenerCount("SIGTERM")).toBe(before);
    await expectNoneLeft(tmp);
  });
});

describe("a session connected to a running browser", () => {
  it("prints there, closes its pages on close, and only disconnects", async () => {
    const remote = await puppeteer.launch({
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    try {
      const pagesBefore = (await remote.pages()).length;
      const session = await launchBrowser({ wsEndpoint: remote.wsEndpoint() });
      const pdf = await session.pdf(HTML, { size: "A4" });
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
      // The page stays for the session's next print.
      expect((await remote.pages()).length).toBe(pagesBefore + 1);
      await session.close();
      expect((await remote.pages()).length).toBe(pagesBefore);
      expect(remote.connected).toBe(true);
      expect((await remote.version()).length).toBeGreaterThan(0);
    } finally {
      await remote.close();
    }
  });
});

describe("a process holding a browser", () => {
  // Runs the compiled module (dist/, built by the test setup) in a child process we can signal.
  const session = resolve("dist/browser/session.js");
  const script = (ending: string) => `
    import { launchBrowser } from ${JSON.stringify(session)};
    const session = await launchBrowser();
    await session.pdf(${JSON.stringify(HTML)}, { size: "A4" });
    console.log("ready");
    ${ending}`;

  function start(ending: string): { child: ChildProcess; dir: string; ready: Promise<void> } {
    const dir = mkdtempSync(join(tmp, "child-"));
    const child = spawn(process.execPath, ["--input-type=module", "-e", script(ending)], {
      env: { ...process.env, TMPDIR: dir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const ready = new Promise<void>((resolveReady, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolveReady();
      });
      child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    return { child, dir, ready };
  }

  const exited = (child: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
      child.on("exit", (code, signal) => resolveExit({ code, signal })),
    );

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`kills its browser on ${signal} and still dies of the signal`, async () => {
      const { child, dir, ready } = start("setInterval(() => {}, 1000);");
      await ready;
      expect(processesUnder(dir).length).toBeGreaterThan(0);
      const exit = exited(child);
      child.kill(signal);
      expect(await exit).toEqual({ code: null, signal });
      await expectNoneLeft(dir);
    });
  }

  it("kills its browser when it exits without closing the session", async () => {
    const { child, dir, ready } = start("process.exit(0);");
    const exit = exited(child);
    await ready;
    expect(await exit).toEqual({ code: 0, signal: null });
    await expectNoneLeft(dir);
  });
});
