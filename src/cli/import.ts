/**
 * `credo import SOURCE`: imports, says where it wrote, then checks the written file exactly as
 * `credo check` does and prints its diagnostics, so the user sees at once what Credo read. The
 * exit code is then check's: 1 when the new file has content errors (warnings with --strict).
 */
import { checkOne, failed } from "../document/document.js";
import { importSource } from "../import/import.js";
import { formatText } from "../report/report.js";
import { forTerminal } from "../report/terminal.js";
import type { CliArgs } from "./args.js";

export async function runImport(args: CliArgs): Promise<number> {
  const [source = "-"] = args.files;
  const { path } = await importSource(source, {
    out: args.outDir,
    force: args.force,
    offline: args.offline,
    publicOnly: args.publicOnly,
    maxBytes: args.maxBytes,
  });
  process.stdout.write(`wrote ${forTerminal(path)}\n`);
  const color = args.color ?? (process.stderr.isTTY && !process.env.NO_COLOR);
  const result = await checkOne(path, { maxBytes: args.maxBytes });
  process.stderr.write(`${formatText([result], color)}\n`);
  return failed(result, args.strict) ? 1 : 0;
}
