/** Command-line parsing (node:util parseArgs) and the usage text. */
import { parseArgs } from "node:util";
import { UsageError } from "../base/errors.js";
import { DEFAULT_MAX_BYTES } from "../document/read.js";
import { type Format, formatHelp, parseFormats } from "../formats/registry.js";
import { importExitCodes } from "../import/errors.js";
import { FETCH_DEFAULTS } from "../import/fetch.js";
import { parseShard, type Shard } from "../output/shard.js";

export const USAGE = `Usage: credo <command> [options] [FILE…]

Commands:
  check [FILE…]   Parse content and print its diagnostics (default: content/**/*.md)
  build [FILE…]   Check, then write outputs to output/<name>/ (default: content/**/*.md)
  dev [FILE…]     Build, then rebuild on every change to the content or templates,
                  serving the output with live reload on http://127.0.0.1:4173/
  diff OLD NEW    What changed in meaning between two versions: each a content file,
                  a model.json, REV:path, or a git revision of the other side's file
                  (credo diff HEAD~1 content/tiktok.md)
  diff --since REV [PATH…]
                  Every content file under PATH (default: content/) against REV
  import SOURCE   Turn a web page (http/https URL), a saved .html page, a .docx
                  document or - (HTML on stdin) into content/NAME.md, then check it
  rules           List the rules: id, default severity, what each reports
                  (set severities in .credorc.json; silence in content with
                  <!-- credo disable RULE --> or <!-- credo ignore -->)

Options:
  --format LIST     check: text (default) or json; diff: text, json or md
                    build, dev: formats, comma-separated:
${formatHelp()
  .map((line) => `                      ${line}`)
  .join("\n")}
  --strict          Fail on warnings too (exit 1)
  --exit-code       diff: exit 1 when the meaning changed
  --force           build: rebuild outputs even when they are up to date
                    import: replace an existing content file
  --compare REV     build: add "What changed since REV" to the brief and deck
                    (also compareTo: REV in the front matter)
  --offline         import: refuse URLs (files and stdin only)
  --public-only     import: refuse loopback, private and link-local addresses,
                    checked after DNS and on every redirect (intranet pages are
                    fetched by default)
  --concurrency N   build: documents rendered at once (default: number of cores)
  --shard K/N       build: only part K of N (split by a hash of each document's name),
                    for spreading a large build over N machines
  --out DIR         Output folder (default: output)
                    import: the content file to write (default: content/NAME.md)
  --port N          dev: port to serve on (default: 4173; 0 = any free port)
  --paper SIZE      A4 or Letter (default: front matter "paper", else A4)
  --templates DIR   Override templates: files in DIR replace Credo's one by one
  --max-bytes N     Largest content file accepted (default: ${DEFAULT_MAX_BYTES});
                    import: largest page or document fetched or read
                    (default: ${FETCH_DEFAULTS.maxBytes})
  --browser-ws-endpoint URL
                    Print on a running Chrome (ws://…) instead of launching one
                    (or set CREDO_BROWSER_WS_ENDPOINT)
  --no-color        Plain output
  -h, --help        Show this help
  -v, --version     Show the version

Exit codes: 0 ok · 1 content errors (or warnings with --strict) · 2 no browser ·
            3 rendering failed · 64 wrong usage
            import: ${importExitCodes("                    ")}`;

export type Command = "check" | "build" | "dev" | "diff" | "import" | "rules" | "help" | "version";

export interface CliArgs {
  command: Command;
  files: string[];
  output: "text" | "json";
  formats?: Format[];
  strict: boolean;
  outDir?: string;
  paper?: "A4" | "Letter";
  templatesDir?: string;
  maxBytes?: number;
  wsEndpoint?: string;
  color?: boolean;
  port?: number;
  force: boolean;
  concurrency?: number;
  shard?: Shard;
  /** diff: how to print, the revision to compare with, and whether a change fails the run. */
  diffFormat?: "text" | "json" | "md";
  since?: string;
  exitCode?: boolean;
  /** build: the git revision to show "What changed since …" against. */
  compare?: string;
  /** import: refuse URLs. */
  offline?: boolean;
  /** import: refuse non-public addresses. */
  publicOnly?: boolean;
}

const COMMANDS = ["check", "build", "dev", "diff", "import", "rules"] as const;
const isCommand = (name: string): name is (typeof COMMANDS)[number] =>
  (COMMANDS as readonly string[]).includes(name);

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
  const { values, positionals } = parsed;
  if (values.help)
    return { command: "help", files: [], output: "text", strict: false, force: false };
  if (values.version)
    return { command: "version", files: [], output: "text", strict: false, force: false };
  const [command, ...files] = positionals;
  if (command === undefined)
    throw new UsageError("missing command; use check, build, dev, diff, import or rules");
  if (!isCommand(command))
    throw new UsageError(
      `unknown command "${command}"; use check, build, dev, diff, import or rules`,
    );
  if (command === "import" && files.length !== 1)
    throw new UsageError("import takes one SOURCE: a URL, a .html or .docx file, or -");

  const args: CliArgs = {
    command: command as CliArgs["command"],
    files,
    output: "text",
    strict: values.strict ?? false,
    force: values.force ?? false,
    offline: values.offline,
    publicOnly: values["public-only"],
    outDir: values.out,
    templatesDir: values.templates,
    wsEndpoint: values["browser-ws-endpoint"] ?? (env.CREDO_BROWSER_WS_ENDPOINT || undefined),
    color: values["no-color"] ? false : undefined,
  };
  if (command !== "diff" && (values.since !== undefined || values["exit-code"]))
    throw new UsageError("--since and --exit-code are for credo diff");
  if (values.compare !== undefined) {
    if (command !== "build") throw new UsageError("--compare is for credo build");
    args.compare = values.compare;
  }
  if (values.offline && command !== "import") throw new UsageError("--offline is for credo import");
  if (values["public-only"] && command !== "import")
    throw new UsageError("--public-only is for credo import");
  if (command === "check") {
    if (values.format && values.format !== "text" && values.format !== "json") {
      throw new UsageError(`check --format takes text or json, not "${values.format}"`);
    }
    args.output = values.format === "json" ? "json" : "text";
  } else if (command === "diff") {
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json" && format !== "md")
      throw new UsageError(`diff --format takes text, json or md, not "${format}"`);
    Object.assign(args, { diffFormat: format, since: values.since, exitCode: values["exit-code"] });
  } else if (values.format) {
    args.formats = parseFormats(values.format);
  }
  if (values.paper) {
    const paper = values.paper.toLowerCase();
    if (paper !== "a4" && paper !== "letter")
      throw new UsageError(`--paper takes A4 or Letter, not "${values.paper}"`);
    args.paper = paper === "a4" ? "A4" : "Letter";
  }
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (command !== "dev") throw new UsageError("--port is for credo dev");
    if (!/^\d+$/.test(values.port) || port > 65535)
      throw new UsageError(`--port takes a port number from 0 to 65535, not "${values.port}"`);
    args.port = port;
  }
  if (values.concurrency !== undefined) {
    const n = Number(values.concurrency);
    if (!Number.isInteger(n) || n <= 0 || n > 64)
      throw new UsageError(
        `--concurrency takes a whole number from 1 to 64, not "${values.concurrency}"`,
      );
    args.concurrency = n;
  }
  if (values.shard !== undefined) {
    if (command !== "build") throw new UsageError("--shard is for credo build");
    args.shard = parseShard(values.shard);
  }
  if (values["max-bytes"] !== undefined) {
    const n = Number(values["max-bytes"]);
    if (!Number.isInteger(n) || n <= 0)
      throw new UsageError(`--max-bytes takes a positive whole number of bytes`);
    args.maxBytes = n;
  }
  return args;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      strict: { type: "boolean" },
      since: { type: "string" },
      compare: { type: "string" },
      "exit-code": { type: "boolean" },
      force: { type: "boolean" },
      offline: { type: "boolean" },
      "public-only": { type: "boolean" },
      concurrency: { type: "string" },
      shard: { type: "string" },
      out: { type: "string", short: "o" },
      paper: { type: "string" },
      templates: { type: "string" },
      "max-bytes": { type: "string" },
      port: { type: "string" },
      "browser-ws-endpoint": { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
