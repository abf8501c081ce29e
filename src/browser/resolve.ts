/**
 * Which Chrome/Chromium to print with. The search is a pure function of the environment and a
 * file test, so its order is unit-tested without touching the machine; `findBrowser()` binds it to
 * the real process, file system and puppeteer's download cache.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

export type FileExists = (path: string) => boolean;

export interface ResolvedBrowser {
  executablePath: string;
  /** Which rule found it: the env variable, puppeteer's own download, or a system install. */
  source: "env" | "puppeteer" | "system";
}

/** Executable names of system installs, most specific first. */
export const SYSTEM_BROWSER_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome-stable",
  "google-chrome",
] as const;

/** Searched after PATH, for environments (cron, CI, sudo) whose PATH lacks the usual places. */
const FALLBACK_DIRS = ["/usr/bin", "/usr/local/bin", "/snap/bin"];

const MACOS_APPS = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const HOW_TO = [
  "Get one with:",
  "  Debian/Ubuntu:  apt-get install -y chromium   (as root, or with sudo)",
  "  elsewhere:      npx puppeteer browsers install chrome",
  "or set PUPPETEER_EXECUTABLE_PATH to an installed Chrome or Chromium.",
].join("\n");

/** No usable browser. Exit code 2: the environment, not the content, needs fixing. */
export class BrowserNotFoundError extends Error {
  override readonly name = "BrowserNotFoundError";
  readonly exitCode = 2;

  constructor(
    /** `env-missing`: PUPPETEER_EXECUTABLE_PATH names a file that is not there. */
    readonly reason: "env-missing" | "none-found",
    message: string,
  ) {
    super(`${message}\n${HOW_TO}`);
  }
}

/**
 * Resolution order: PUPPETEER_EXECUTABLE_PATH (an explicit choice, so a wrong value is an error
 * rather than silently ignored) → the browser puppeteer downloaded (`downloadedPath`, from
 * puppeteer's `executablePath()`) → a system Chrome/Chromium on PATH or in the usual places.
 */
export function resolveBrowser(
  env: NodeJS.ProcessEnv,
  fileExists: FileExists,
  downloadedPath?: string,
): ResolvedBrowser {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (fileExists(fromEnv)) return { executablePath: fromEnv, source: "env" };
    throw new BrowserNotFoundError(
      "env-missing",
      `PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, but no executable is there.`,
    );
  }
  if (downloadedPath && fileExists(downloadedPath)) {
    return { executablePath: downloadedPath, source: "puppeteer" };
  }
  const dirs = [
    ...new Set([...(env.PATH ?? "").split(delimiter).filter(Boolean), ...FALLBACK_DIRS]),
  ];
  const candidates = [
    ...SYSTEM_BROWSER_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name))),
    ...MACOS_APPS,
  ];
  const found = candidates.find(fileExists);
  if (found) return { executablePath: found, source: "system" };
  throw new BrowserNotFoundError(
    "none-found",
    [
      "No Chrome or Chromium found to print PDFs with. Looked for:",
      "  PUPPETEER_EXECUTABLE_PATH (not set)",
      `  puppeteer's downloaded browser${downloadedPath ? ` (${downloadedPath})` : ""}`,
      `  ${SYSTEM_BROWSER_NAMES.join(", ")} on PATH and in ${FALLBACK_DIRS.join(", ")}`,
      "  Google Chrome or Chromium in /Applications",
    ].join("\n"),
  );
}

/** A regular file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolves against this process: its env, the real file system, puppeteer's cache. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedBrowser> {
  return resolveBrowser(env, isExecutableFile, await puppeteerDownloadPath());
}

/** Where puppeteer keeps (or would keep) its own browser; undefined if it cannot say. */
async function puppeteerDownloadPath(): Promise<string | undefined> {
  try {
    const { default: puppeteer } = await import("puppeteer");
    return puppeteer.executablePath();
  } catch {
    return undefined;
  }
}
