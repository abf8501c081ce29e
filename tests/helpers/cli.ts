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
