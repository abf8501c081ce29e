/**
 * When the browser fails, the build says so and cleans up: a missing browser is exit 2 with the
 * how-to; a browser killed or frozen mid-render, or one that never starts, is exit 3 with an
 * error naming the file and the browser stage — and no Chromium process or profile is left.
 */
import { chmodSync, existsSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { tempDir, VALID_BRIEF, writeIn } from "../../helpers/adversarial.js";
import type { CliRun } from "../../helpers/cli.js";
import {
  noneLeft,
  processesMentioning,
  profilesIn,
  startCli,
  tmpOf,
  waitFor,
} from "../../helpers/processes.js";

const root = tempDir("crash");

/** A folder with the brief, for one CLI run. */
function workspace(name: string): string {
  const dir = mkdtempSync(join(root, `${name}-`));
  writeIn(dir, "brief.md", VALID_BRIEF);
  return dir;
}

interface Browser {
  main: number;
  tmp: string;
  /** Settles when the CLI has exited. */
  exited: Promise<unknown>;
}

/** Starts a PDF build and, once Chromium has a renderer, does `act` to the browser. */
async function interfere(
  name: string,
  act: (browser: Browser) => void | Promise<void>,
  env: NodeJS.ProcessEnv = {},
): Promise<{ dir: string; run: CliRun }> {
  const dir = workspace(name);
  const cli = startCli(["build", "brief.md", "--format", "pdf", "--out", "out"], dir, env);
  const tmp = tmpOf(dir);
  let ended: CliRun | undefined;
  cli.finished.then((run) => {
    ended = run;
  });
  // Stops looking when the CLI is gone: a launch that failed (on a loaded machine) says why.
  const main = await waitFor(() => {
    if (ended) return 0;
    const procs = processesMentioning(tmp);
    const renderer = procs.some((p) => p.args.includes("--type=renderer"));
    return renderer ? procs.find((p) => !p.args.includes("--type="))?.pid : undefined;
  }, 60_000);
  expect(ended?.stderr, "the CLI ended before Chromium started a renderer").toBeUndefined();
  expect(main, "Chromium started a renderer").toBeDefined();
  if (main !== undefined && main > 0) await act({ main, tmp, exited: cli.finished });
  return { dir, run: await cli.finished };
}

/** Kills every renderer of the browser as it appears, until the CLI gives up. */
async function killRenderers({ tmp, exited }: Browser): Promise<void> {
  let done = false;
  exited.then(() => {
    done = true;
  });
  const until = Date.now() + 60_000;
  while (!done && Date.now() < until) {
    for (const renderer of processesMentioning(tmp).filter((p) =>
      p.args.includes("--type=renderer"),
    ))
      try {
        process.kill(renderer.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    await delay(25);
  }
}

describe("browser failures", { timeout: 150_000 }, () => {
  it("a missing browser: exit 2 with how to get one, and formats without a browser still build", async () => {
    const dir = workspace("missing");
    const env = { PUPPETEER_EXECUTABLE_PATH: join(dir, "no-such-chrome") };
    const run = await startCli(["build", "brief.md", "--format", "pdf"], dir, env).finished;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `PUPPETEER_EXECUTABLE_PATH is set to ${join(dir, "no-such-chrome")}, but no executable is there.`,
    );
    expect(run.stderr).toContain("apt-get install -y chromium");
    expect(run.stderr).toContain("npx puppeteer browsers install chrome");
    expect(existsSync(join(dir, "output", "brief", "brief.pdf"))).toBe(false);
    const html = await startCli(["build", "brief.md", "--format", "model,html"], dir, env).finished;
    expect(html.code, html.stderr).toBe(0);
  });

  it("the browser killed mid-render: exit 3 naming the file and stage, nothing left", async () => {
    // Killed while it launches, the browser is sometimes noticed only by the step's timeout (seen
    // in about a third of runs: "launch failed: timed out", or "load failed: the browser is gone"
    // 30 s late); the timeout is short so that such a run costs seconds, not half a minute.
    const { dir, run } = await interfere(
      "killed",
      ({ main }) => {
        process.kill(main, "SIGKILL");
      },
      { CREDO_BROWSER_TIMEOUT_MS: "10000" },
    );
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/brief\.md\s+error\s+browser (launch|load|print) failed: /);
    expect(await noneLeft(tmpOf(dir))).toEqual([]);
    expect(profilesIn(dir)).toEqual([]);
    expect(existsSync(join(dir, "out", "brief", "brief.pdf"))).toBe(false);
  });

  it("the page's renderers killed as they start: exit 3 naming the file and stage, nothing left", async () => {
    // A renderer killed while its page opens is noticed at once (src/browser/opening.ts), not by
    // the step's timeout; the timeout is short so that a regression costs seconds, not minutes.
    const started = performance.now();
    const { dir, run } = await interfere("renderer", killRenderers, {
      CREDO_BROWSER_TIMEOUT_MS: "10000",
    });
    expect(run.code, run.stderr).toBe(3);
    // Not held by puppeteer's 30 s wait for the page that never came (src/cli/main.ts).
    expect(performance.now() - started).toBeLessThan(25_000);
    expect(run.stderr).toMatch(/brief\.md\s+error\s+browser (launch|load|print) failed: /);
    expect(run.stderr).not.toContain("timed out");
    expect(await noneLeft(tmpOf(dir))).toEqual([]);
    expect(profilesIn(dir)).toEqual([]);
  });

  it("a frozen browser: the stage times out (CREDO_BROWSER_TIMEOUT_MS), exit 3, nothing left", async () => {
    const { dir, run } = await interfere(
      "frozen",
      ({ main }) => {
        process.kill(main, "SIGSTOP");
      },
      // Long enough for Chromium to start on a busy machine; the frozen print then times out.
      { CREDO_BROWSER_TIMEOUT_MS: "10000" },
    );
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /brief\.md\s+error\s+browser (launch|load|print) failed: timed out after 10000 ms/,
    );
    expect(await noneLeft(tmpOf(dir))).toEqual([]);
    expect(profilesIn(dir)).toEqual([]);
  });

  it("a browser that never answers: launch times out, exit 3, its process is killed", async () => {
    const dir = workspace("hang");
    // A "browser" that never speaks; the unusual sleep length finds it in the process list.
    const marker = `86400.${Date.now()}`;
    const fake = writeIn(dir, "fake-chrome", `#!/bin/sh\nexec sleep ${marker}\n`);
    chmodSync(fake, 0o755);
    const started = performance.now();
    const run = await startCli(["build", "brief.md", "--format", "pdf"], dir, {
      PUPPETEER_EXECUTABLE_PATH: fake,
      CREDO_BROWSER_TIMEOUT_MS: "2000",
    }).finished;
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /brief\.md\s+error\s+browser launch failed: timed out after 2000 ms/,
    );
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await noneLeft(`sleep ${marker}`)).toEqual([]);
    expect(profilesIn(dir)).toEqual([]);
  });

  it("rejects a CREDO_BROWSER_TIMEOUT_MS that is not a number of milliseconds", async () => {
    const dir = workspace("bad-timeout");
    const run = await startCli(["build", "brief.md", "--format", "pdf"], dir, {
      CREDO_BROWSER_TIMEOUT_MS: "soon",
    }).finished;
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("CREDO_BROWSER_TIMEOUT_MS takes a whole number of milliseconds");
  });
});
