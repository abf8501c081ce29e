#!/usr/bin/env node
// Makes sure a Chrome/Chromium is there before a build prints PDFs (`npm run build:pdf`).
// Found (same order as src/browser/resolve.ts, whose compiled form `npm ci`'s prepare step
// builds): exit 0 silently. Missing: as root with apt-get, install Debian's chromium; otherwise
// download puppeteer's Chrome if CREDO_DOWNLOAD_CHROME=1; otherwise say how, and exit 2.
import { spawnSync } from "node:child_process";

const resolveModule = new URL("../dist/browser/resolve.js", import.meta.url);

let findBrowser;
let BrowserNotFoundError;
try {
  ({ findBrowser, BrowserNotFoundError } = await import(resolveModule.href));
} catch {
  console.error("credo: dist/ is not built yet; run `npm run build:ts` (npm ci runs it) first.");
  process.exit(1);
}

/** The not-found error, or undefined when a browser resolves. */
async function missing() {
  try {
    await findBrowser();
    return undefined;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) return error;
    throw error;
  }
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status === 0;
}

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

let error = await missing();
if (!error) process.exit(0);

const canApt = process.platform === "linux" && process.getuid?.() === 0 && onPath("apt-get");
const download = process.env.CREDO_DOWNLOAD_CHROME === "1";

// A PUPPETEER_EXECUTABLE_PATH that points nowhere is a setting to fix, not a browser to install.
if (error.reason === "none-found" && (canApt || download)) {
  if (canApt) {
    console.log("credo: no Chrome/Chromium found; installing Debian's chromium with apt-get.");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update"], env)) run("apt-get", ["install", "-y", "chromium"], env);
  } else {
    console.log("credo: no Chrome/Chromium found; downloading Chrome for Testing with puppeteer.");
    run("npx", ["puppeteer", "browsers", "install", "chrome"]);
  }
  error = await missing();
  if (!error) process.exit(0);
}

console.error(`credo: ${error.message}`);
if (error.reason === "none-found" && !canApt && !download) {
  console.error("(or run with CREDO_DOWNLOAD_CHROME=1 to let this script download it)");
}
process.exit(2);
