// Compiles src/ to dist/ (`npm run compile`, and `npm ci`'s prepare step), then stamps dist/ with
// a hash of what it was compiled from, so the test tiers' setup (tests/helpers/build-dist.ts) can
// skip a compile of unchanged sources: 15 s of every test run on a fresh clone. Type errors are
// `npm run typecheck`'s business: tsc still emits, and the exit code is passed on. It also writes
// the packed NLP model beside the compiled reader (src/pipeline/read/wink-pack.ts says why).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const STAMP = join(root, "dist", ".sources-hash");

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
  for (const pkg of ["typescript", "wink-eng-lite-web-model"]) {
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
  writeFileSync(nlp.PACK_FILE, nlp.makePack());
  writeFileSync(STAMP, before);
  return run.status;
}

// `--if-changed`: only when dist/ was not compiled from the sources as they are now.
const skip = process.argv.includes("--if-changed") && distIsCurrent();
process.exitCode = skip ? 0 : await compile();
