/** Run the compiled `credo` CLI as users do and capture what it prints and its exit code. */
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

export const BIN = resolve("dist/bin/credo.js");

export interface CliRun {
  code: number | null;
  /** The signal that ended the process (a crash, a test's kill or its deadline), if any. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process (SIGKILL) if it still runs after this long, so a hang fails its test. */
  killAfterMs?: number;
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves when the process has exited and its output is read. */
  finished: Promise<CliRun>;
}

/** Starts `credo …args`, for tests that act on the process while it runs. */
export function startCredo(args: string[], options: CliOptions = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  const timer =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const finished = new Promise<CliRun>((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
  return { child, finished };
}

export function credo(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return startCredo(args, options).finished;
}

/**
 * Runs `credo …args` inside this test process (src/cli/run.ts), capturing what it prints, for
 * tests of a command's output and exit code rather than of the process: a spawn costs a Node start
 * and a load of the reader each time. Tests of the process itself (the bin, its exit, signals, a
 * terminal) spawn it with credo(). Files run their tests one at a time, so the swapped stdout,
 * stderr, environment and folder are this run's alone.
 */
export async function credoHere(
  args: string[],
  options: Omit<CliOptions, "killAfterMs"> = {},
): Promise<CliRun> {
  const { runCredo } = await import("../../src/cli/run.js");
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1", ...options.env };
  const savedEnv = Object.keys(env).map((name) => [name, process.env[name]] as const);
  const savedCwd = process.cwd();
  const printed = { stdout: "", stderr: "" };
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const writes = { stdout: streams.stdout.write, stderr: streams.stderr.write };
  for (const name of ["stdout", "stderr"] as const)
    streams[name].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed[name] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
      const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  try {
    Object.assign(process.env, env);
    if (options.cwd) process.chdir(options.cwd);
    const code = await runCredo(args);
    return { code, signal: null, ...printed };
  } finally {
    streams.stdout.write = writes.stdout;
    streams.stderr.write = writes.stderr;
    process.chdir(savedCwd);
    for (const [name, value] of savedEnv)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}
