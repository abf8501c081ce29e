/**
 * Crash tests drive the real CLI in child processes and watch its Chromium from outside: each test
 * gives the CLI a TMPDIR of its own, so the browser's profile directory (and so its command line)
 * names that directory, and no other test's browsers are counted.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { type RunningCli, startCredo } from "./cli.js";

/** Starts `credo …args` in `cwd` with TMPDIR = `<cwd>/tmp`; killed after `killAfterMs` at most. */
export function startCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  killAfterMs = 150_000,
): RunningCli {
  mkdirSync(tmpOf(cwd), { recursive: true });
  return startCredo(args, { cwd, env: { TMPDIR: tmpOf(cwd), ...env }, killAfterMs });
}

export function tmpOf(cwd: string): string {
  return join(cwd, "tmp");
}

export interface ProcessInfo {
  pid: number;
  args: string;
}

/** Live processes whose command line mentions `text`. */
export function processesMentioning(text: string): ProcessInfo[] {
  return (PROC ? fromProc() : fromPs()).filter((p) => p.args.includes(text));
}

/**
 * Read from /proc where there is one: a look there costs ~2 ms of this process's CPU, a `ps` run
 * ~35 ms of a core, and the crash tests look every 25–50 ms while Chromium starts or dies.
 */
const PROC = existsSync("/proc/self/cmdline");

/** Every live process from /proc: a zombie's (or a kernel thread's) command line is empty. */
function fromProc(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let args: string;
    try {
      // What ps shows as args: the arguments, NUL-separated, as one line.
      args = readFileSync(`/proc/${name}/cmdline`, "latin1")
        .replace(/\0+$/, "")
        .replace(/\0/g, " ");
    } catch {
      continue; // Gone since the listing.
    }
    if (args !== "") found.push({ pid: Number(name), args });
  }
  return found;
}

function fromPs(): ProcessInfo[] {
  const ps = execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" });
  return ps
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\S+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null && !m[2]?.startsWith("Z"))
    .filter((m) => !m[3]?.startsWith("ps "))
    .map((m) => ({ pid: Number(m[1]), args: m[3] ?? "" }));
}

/** Polls `probe` every 50 ms until it returns a value, or gives up after `ms`. */
export async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > until) return value;
    await delay(50);
  }
}

/** Waits up to 5 s for no process to mention `text` (killed ones take a moment to go). */
export async function noneLeft(text: string): Promise<ProcessInfo[]> {
  await waitFor(() => (processesMentioning(text).length === 0 ? true : undefined), 5000);
  return processesMentioning(text);
}

/** Chromium profile directories left in a CLI's TMPDIR. */
export function profilesIn(cwd: string): string[] {
  return readdirSync(tmpOf(cwd)).filter((name) => name.startsWith("credo-chromium-"));
}
