// Compiles src/ to dist/ (`npm run compile`, and `npm ci`'s prepare step), then stamps dist/ with
// a hash of what it was compiled from, so the test tiers' setup (tests/helpers/build-dist.ts) can
// skip a compile of unchanged sources: 15 s of every test run on a fresh clone. Type errors are
// `npm run typecheck`'s business: tsc still emits, and the exit code is passed on. It also writes
// the packed NLP model beside the compiled reader (src/pipeline/read/wink-pack.ts says why).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const STAMP = join(root, "dist", ".sources-hash");
const BIN = join(root, "dist", "bin");

/** Every input of the compile: src/'s files, the tsconfigs, the compiler's and the model's versions. */
function sourcesHash() {
  const hash = createHash("sha256");
  const sources = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of [...sources, "tsconfig.json", "tsconfig.build.json"]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  for (const pkg of ["typescript", "rolldown", "wink-eng-lite-web-model"]) {
    const { version } = JSON.parse(
      readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8"),
    );
    hash.update(`${pkg}@${version}\0`);
  }
  return hash.digest("hex");
}

/** Whether dist/ was compiled from the sources as they are now. */
function distIsCurrent() {
  try {
    return readFileSync(STAMP, "utf8") === sourcesHash();
  } catch {
    return false;
  }
}

/**
 * The `credo` bin as one folder of a few chunks (dist/bin/): a start then reads ~50 files instead
 * of ~700 (Credo's modules, zod's, micromark's…), which halves the CPU of `credo --version` and
 * takes a third off `credo check`. Puppeteer stays outside: it finds its browser and config
 * through its own files, and only a print loads it. dist/'s module tree stays for the library API.
 */
async function bundleCli() {
  const { build } = await import("rolldown");
  rmSync(BIN, { recursive: true, force: true });
  const outside = ["puppeteer", "puppeteer-core"];
  await build({
    input: {
      credo: join(root, "dist/cli/main.js"),
      "parse-worker": join(root, "dist/dev/parse-worker.js"),
    },
    platform: "node",
    logLevel: "warn",
    external: (id) =>
      id.startsWith("node:") || outside.some((name) => id === name || id.startsWith(`${name}/`)),
    output: { dir: BIN, format: "esm", entryFileNames: "[name].js" },
  });
}

async function compile() {
  const before = sourcesHash();
  const run = spawnSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")],
    { stdio: "inherit" },
  );
  // 0, or 2: type errors, but every file emitted.
  if (run.status !== 0 && run.status !== 2) return run.status ?? 1;
  const nlp = await import(pathToFileURL(join(root, "dist/pipeline/read/nlp.js")).href);
  const pack = nlp.makePack();
  writeFileSync(nlp.PACK_FILE, pack);
  await bundleCli();
  writeFileSync(join(BIN, "wink-core.pack"), pack);
  writeFileSync(STAMP, before);
  return run.status;
}

// `--if-changed`: only when dist/ was not compiled from the sources as they are now.
const skip = process.argv.includes("--if-changed") && distIsCurrent();
process.exitCode = skip ? 0 : await compile();
