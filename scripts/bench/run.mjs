// Timing fresh processes: wall time from spawn to exit, output kept for the error message.
import { spawn } from "node:child_process";

/** Longest a single measured process may run before it is killed and the row fails. */
const PROCESS_TIMEOUT_MS = 15 * 60_000;

/** Runs `node …args` in a fresh process; resolves with its wall time, even when it fails. */
export function timeNode(args, { env, nodeOptions = [] } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeOptions, ...args], {
      env: { ...process.env, ...env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), PROCESS_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, code, signal, stdout, stderr });
    });
  });
}

/** Throws with the process's own words when it did not exit 0. */
export function ok(run, what) {
  if (run.code !== 0) {
    throw new Error(`${what} exited with ${run.code ?? run.signal}:\n${run.stderr.trim()}`);
  }
  return run;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
