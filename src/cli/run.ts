/** The `credo` command: argument parsing, then the programmatic API, then exit codes. */
import { exitCodeOf } from "../base/errors.js";
import { VERSION } from "../base/version.js";
import { forgetConfigs } from "../config/load.js";
import { check, failed } from "../document/document.js";
import { listContent, skippedLink } from "../document/list.js";
import { formatJson, formatText } from "../report/report.js";
import { forTerminal } from "../report/terminal.js";
import { type CliArgs, parseCli, USAGE } from "./args.js";
import { progress } from "./progress.js";

async function run(args: CliArgs): Promise<number> {
  if (args.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === "version") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (args.command === "rules") {
    const { RULE_LIST } = await import("../pipeline/checks/registry.js");
    const width = Math.max(...RULE_LIST.map((r) => r.id.length));
    for (const rule of RULE_LIST)
      process.stdout.write(
        `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`,
      );
    return 0;
  }
  if (args.command === "dev")
    return (await import("../dev/cli.js")).runDev({
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
  if (args.command === "diff")
    return (await import("./diff.js")).runDiff({
      files: args.files,
      since: args.since,
      format: args.diffFormat ?? "text",
      color: args.color ?? Boolean(process.stdout.isTTY && !process.env.NO_COLOR),
      exitCode: args.exitCode ?? false,
    });
  if (args.command === "import") return (await import("./import.js")).runImport(args);
  const files = args.files.length > 0 ? args.files : contentFiles();
  const color = args.color ?? (process.stdout.isTTY && !process.env.NO_COLOR);
  const { results, finish } =
    args.command === "check"
      ? { results: await check(files, { maxBytes: args.maxBytes }), finish: () => undefined }
      : await runBuild(args, files, color);
  if (args.output === "json") process.stdout.write(`${formatJson(results)}\n`);
  else {
    process.stderr.write(`${formatText(results, color)}\n`);
    finish();
    for (const result of results)
      for (const path of result.written) process.stdout.write(`wrote ${forTerminal(path)}\n`);
  }
  // A render or environment failure outranks content errors: its exit code says what to fix.
  const codes = results.filter((r) => r.error).map((r) => exitCodeOf(r.error));
  const worst = Math.max(0, ...codes.filter((c) => c !== 1));
  if (worst > 0) return worst;
  return results.some((r) => failed(r, args.strict)) ? 1 : 0;
}

/** The content folder's files; the links skipped on the way are said on stderr. */
function contentFiles(): string[] {
  const { files, skipped } = listContent();
  for (const path of skipped) process.stderr.write(`credo: ${forTerminal(skippedLink(path))}\n`);
  return files;
}

async function runBuild(args: CliArgs, files: string[], color: boolean) {
  const { build, documentsToBuild } = await import("../output/build.js");
  const count = documentsToBuild(files, { outDir: args.outDir, shard: args.shard }).length;
  const shown =
    args.output === "text"
      ? progress(count, process.stderr, { color, strict: args.strict })
      : undefined;
  const results = await build(files, {
    formats: args.formats,
    outDir: args.outDir,
    paper: args.paper,
    templatesDir: args.templatesDir,
    compare: args.compare,
    maxBytes: args.maxBytes,
    strict: args.strict,
    force: args.force,
    concurrency: args.concurrency,
    shard: args.shard,
    browser: args.wsEndpoint ? { wsEndpoint: args.wsEndpoint } : undefined,
    keepModels: false,
    onStart: shown?.start,
    onResult: shown?.done,
  });
  return { results, finish: () => shown?.finish(results) };
}

/**
 * `credo …argv`: prints to this process's stdout and stderr and returns the exit code (the bin,
 * main.ts, sets it; tests of what a command prints call this without starting a process).
 */
export async function runCredo(argv: string[]): Promise<number> {
  // Configs as they are now, as a new process reads them (an earlier run may have cached them).
  forgetConfigs();
  try {
    return await run(parseCli(argv));
  } catch (error) {
    const code = exitCodeOf(error);
    process.stderr.write(`credo: ${forTerminal((error as Error).message)}\n`);
    if (code === 64) process.stderr.write(`\n${USAGE}\n`);
    return code;
  }
}
