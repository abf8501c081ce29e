/** `credo dev` on the command line: start, say where, run until Ctrl-C (or SIGTERM), close cleanly. */
import type { CliArgs } from "../cli/args.js";
import { startDev } from "./dev.js";

export async function runDev(args: CliArgs): Promise<number> {
  const dev = await startDev({
    files: args.files,
    formats: args.formats,
    outDir: args.outDir,
    templatesDir: args.templatesDir,
    port: args.port,
    paper: args.paper,
    maxBytes: args.maxBytes,
    strict: args.strict,
    browser: args.wsEndpoint ? { wsEndpoint: args.wsEndpoint } : undefined,
    color: args.color ?? Boolean(process.stderr.isTTY && !process.env.NO_COLOR),
  });
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
