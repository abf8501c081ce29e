/** `credo dev` on the command line: start, say where, run until Ctrl-C (or SIGTERM), close cleanly. */
import { type DevOptions, startDev } from "./dev.js";

export async function runDev(options: DevOptions): Promise<number> {
  const dev = await startDev(options);
  process.stdout.write(`credo dev: serving ${dev.url} (Ctrl-C to stop)\n`);
  // Listening (not `once`) until closed: while a listener is there, the browser reaper leaves the
  // signal to us instead of re-raising it; a second Ctrl-C gives up on closing politely.
  let stop: (signal: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<NodeJS.Signals>((done) => {
    stop = done;
  });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    stop(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const signal = await stopped;
  process.stdout.write(`credo dev: ${signal === "SIGINT" ? "stopping" : "terminated"}\n`);
  await dev.close();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return 0;
}
