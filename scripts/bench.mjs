// `npm run bench`: Credo's speed as ratios to a floor measured in the same run (bare Node +
// Puppeteer printing the same HTML), so a loaded or slow machine moves both sides together.
// Every time is the median of several repetitions, floor and Credo interleaved. Prints a table and
// writes bench/results.json. Knobs (environment): BENCH_REPS (3), BENCH_BULK_REPS (1, for the
// 100/200-document rows, which take most of the run), BENCH_DOCS (100), BENCH_CONCURRENCY (cores), BENCH_DEV_EDITS (5).
// See bench/README.md for what each row measures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeCorpus } from "./bench/corpus.mjs";
import { measureDevLoop } from "./bench/dev-loop.mjs";
import { launchFloorBrowser, printAll } from "./bench/floor-print.mjs";
import { errorRow, formatTable, machine, row } from "./bench/report.mjs";
import { median, ok, timeNode } from "./bench/run.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const cli = join(dist, "bin/credo.js");
const source = join(root, "content/tiktok.md");
const count = (name, fallback) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return n;
};
const reps = count("BENCH_REPS", 3);
const bulkReps = count("BENCH_BULK_REPS", 1);
const docs = count("BENCH_DOCS", 100);
const concurrency = count("BENCH_CONCURRENCY", availableParallelism());
const devEdits = count("BENCH_DEV_EDITS", 5);

const info = machine();
const work = mkdtempSync(join(tmpdir(), "credo-bench-"));
const say = (text) => process.stderr.write(`${text}\n`);
const samples = {};
const sample = (key, ms) => {
  samples[key] ??= [];
  samples[key].push(Math.round(ms));
  say(`  ${key}: ${Math.round(ms)} ms`);
};
const rows = [];
/** Runs one part of the bench; a failure becomes failing rows instead of ending the run. */
const part = async (labels, fn) => {
  try {
    await fn();
  } catch (error) {
    say(`  failed: ${error.message}`);
    for (const [label, limit] of labels) rows.push(errorRow(label, error, limit));
  }
};

const { findBrowser } = await import(join(dist, "browser/resolve.js"));
const { CHROMIUM_ARGS, NO_NETWORK_ARGS } = await import(join(dist, "browser/session.js"));
const browser = {
  executablePath: (await findBrowser()).executablePath,
  args: [...CHROMIUM_ARGS, ...NO_NETWORK_ARGS],
};

const credo = (args, options) => timeNode([cli, ...args], options);
const slugDir = (out, file) => join(out, basename(file, ".md"));
let floorRuns = 0;
/** Bare Puppeteer printing `htmlFiles` with `pages` in flight, in a fresh process. */
const floor = async (htmlFiles, pages) => {
  const config = join(work, `floor-${++floorRuns}.json`);
  const outDir = join(work, `floor-out-${floorRuns}`);
  mkdirSync(outDir);
  writeFileSync(
    config,
    JSON.stringify({ ...browser, concurrency: pages, outDir, files: htmlFiles }),
  );
  const run = ok(await timeNode([join(root, "scripts/bench/floor-print.mjs"), config]), "floor");
  info.chromium ??= run.stdout.trim();
  rmSync(outDir, { recursive: true, force: true });
  return run.ms;
};

say(`credo bench: ${reps} reps, ${docs} documents, concurrency ${concurrency}, in ${work}`);

await part([["node -e 0"], ["credo --version"]], async () => {
  for (let i = 0; i < reps; i++) {
    sample("node -e 0", ok(await timeNode(["-e", "0"]), "node -e 0").ms);
    sample("credo --version", ok(await credo(["--version"]), "credo --version").ms);
  }
  rows.push(row("node -e 0 (start-up)", { value: median(samples["node -e 0"]) }));
  rows.push(row("credo --version (start-up)", { value: median(samples["credo --version"]) }));
});

// Reading: the NLP model's one-time load, then parse + extract of the seed on a warm process, and
// `credo check` over the gold corpus from a cold start.
await part(
  [
    ["NLP model load (once)", 150],
    ["check tiktok.md warm: parse + extract", 30],
    ["credo check, gold corpus"],
  ],
  async () => {
    const { tag } = await import(join(dist, "pipeline/read/nlp.js"));
    const started = performance.now();
    tag("We value care.");
    sample("nlp load", performance.now() - started);
    rows.push(row("NLP model load (once)", { value: samples["nlp load"][0], limit: 150 }));
    const { parseContent } = await import(join(dist, "pipeline/process.js"));
    const value = readFileSync(source, "utf8");
    await parseContent({ path: source, value });
    for (let i = 0; i < Math.max(10, reps * 5); i++) {
      const t = performance.now();
      await parseContent({ path: source, value });
      samples["check warm"] ??= [];
      samples["check warm"].push(Math.round((performance.now() - t) * 10) / 10);
    }
    rows.push(
      row("check tiktok.md warm: parse + extract", {
        value: median(samples["check warm"]),
        limit: 30,
      }),
    );
    const corpus = ["dev", "held"].flatMap((half) => {
      const dir = join(root, "tests/corpus", half);
      return readdirSync(dir)
        .filter((n) => n.endsWith(".md"))
        .map((n) => join(dir, n));
    });
    for (let i = 0; i < reps; i++) sample("check corpus", (await credo(["check", ...corpus])).ms);
    rows.push(
      row(`credo check, gold corpus (${corpus.length} docs, cold)`, {
        value: median(samples["check corpus"]),
      }),
    );
  },
);

const oneOut = join(work, "one");
const brief = join(slugDir(oneOut, source), "brief.html");
let f1;
await part(
  [
    ["F1: bare Puppeteer, 1 brief"],
    ["cold build --format pdf", 1.15],
    ["cold build --format all", 1.5],
  ],
  async () => {
    const out = oneOut;
    ok(await credo(["build", "--format", "html", "--out", out, source]), "setup: brief.html");
    for (let i = 0; i < reps; i++) {
      sample("F1", await floor([brief], 1));
      const cold = (format) => ["build", "--format", format, "--force", "--out", out, source];
      sample("cold pdf", ok(await credo(cold("pdf")), "credo build --format pdf").ms);
      sample("cold all", ok(await credo(cold("all")), "credo build --format all").ms);
    }
    f1 = median(samples.F1);
    rows.push(row("F1: bare Puppeteer, 1 brief", { value: f1 }));
    const vsF1 = { floor: f1, floorLabel: "F1" };
    rows.push(
      row("cold build --format pdf", { value: median(samples["cold pdf"]), ...vsF1, limit: 1.15 }),
    );
    rows.push(
      row("cold build --format all", { value: median(samples["cold all"]), ...vsF1, limit: 1.5 }),
    );
  },
);

await part([["warm floor: bare Puppeteer, 1 brief"]], async () => {
  // What one print costs on a browser that is already up: the floor of the dev loop's PDFs.
  const session = await launchFloorBrowser(browser);
  const outDir = join(work, "warm-floor");
  mkdirSync(outDir);
  try {
    for (let i = 0; i <= devEdits; i++) {
      const started = performance.now();
      await printAll(session, [brief], 1, outDir);
      if (i > 0) sample("warm floor", performance.now() - started);
    }
  } finally {
    await session.close();
  }
  rows.push(row("warm floor: bare Puppeteer, 1 brief", { value: median(samples["warm floor"]) }));
});

await part(
  [
    ["dev: edit → brief.html", 50],
    ["dev: edit → every format", 400],
  ],
  async () => {
    say("dev loop");
    const loop = await measureDevLoop({
      distDir: dist,
      source,
      workDir: join(work, "dev"),
      edits: devEdits,
    });
    for (const ms of loop.fast) sample("dev fast", ms);
    for (const ms of loop.all) sample("dev all", ms);
    samples["dev reported by credo (from first file event)"] = loop.reported;
    rows.push(row("dev: edit → brief.html", { value: median(loop.fast), limit: 50 }));
    rows.push(row("dev: edit → every format", { value: median(loop.all), limit: 400 }));
  },
);

const bulkLabel = `${docs} docs, all formats, -c ${concurrency}`;
const doubleLabel = `${2 * docs} docs, all formats, -c ${concurrency}`;
await part(
  [
    [`floor: bare Puppeteer, ${docs} briefs, ${concurrency} pages`],
    [bulkLabel, 2.5],
    [doubleLabel, 2.1],
    [`no-op rebuild, ${docs} docs`, 500],
    [`peak RSS of node, ${docs} docs`, 250],
  ],
  async () => {
    const files = makeCorpus(source, join(work, `content-${docs}`), docs);
    const doubled = makeCorpus(source, join(work, `content-${2 * docs}`), 2 * docs);
    const out = join(work, `out-${docs}`);
    const out2 = join(work, `out-${2 * docs}`);
    const c = ["--concurrency", String(concurrency)];
    ok(await credo(["build", "--format", "html", ...c, "--out", out, ...files]), "setup: briefs");
    const briefs = files.map((f) => join(slugDir(out, f), "brief.html"));
    const rssFile = join(work, "rss");
    const rss = [];
    for (let i = 0; i < bulkReps; i++) {
      say(`bulk rep ${i + 1}/${bulkReps}`);
      sample(`floor ${docs}`, await floor(briefs, concurrency));
      const bulk = await credo(
        ["build", "--format", "all", "--force", ...c, "--out", out, ...files],
        {
          env: { BENCH_RSS_FILE: rssFile },
          nodeOptions: ["--import", pathToFileURL(join(root, "scripts/bench/peak-rss.mjs")).href],
        },
      );
      sample(`credo ${docs}`, ok(bulk, `credo build of ${docs}`).ms);
      rss.push(Number(readFileSync(rssFile, "utf8")) / 1024);
      const twice = ["build", "--format", "all", "--force", ...c, "--out", out2, ...doubled];
      sample(`credo ${2 * docs}`, ok(await credo(twice), `credo build of ${2 * docs}`).ms);
    }
    for (let i = 0; i < reps; i++) {
      const noop = ok(
        await credo(["build", "--format", "all", ...c, "--out", out, ...files]),
        "no-op",
      );
      if (/^wrote /m.test(noop.stdout)) throw new Error("the no-op rebuild wrote files");
      sample("no-op", noop.ms);
    }
    const bulk = median(samples[`credo ${docs}`]);
    const floorBulk = median(samples[`floor ${docs}`]);
    rows.push(
      row(`floor: bare Puppeteer, ${docs} briefs, ${concurrency} pages`, { value: floorBulk }),
    );
    rows.push(row(bulkLabel, { value: bulk, floor: floorBulk, floorLabel: "floor", limit: 2.5 }));
    rows.push(
      row(doubleLabel, {
        value: median(samples[`credo ${2 * docs}`]),
        floor: bulk,
        floorLabel: `${docs} docs`,
        limit: 2.1,
      }),
    );
    rows.push(row(`no-op rebuild, ${docs} docs`, { value: median(samples["no-op"]), limit: 500 }));
    samples["peak RSS MB"] = rss.map(Math.round);
    rows.push(
      row(`peak RSS of node, ${docs} docs`, {
        value: Math.max(...rss),
        unit: "MB",
        limit: 250,
        note: "largest of the runs; the node process only (VmHWM), not Chromium",
      }),
    );
  },
);

info.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
rmSync(work, { recursive: true, force: true });
const table = formatTable(rows);
process.stdout.write(`\n${table}\n\n`);
process.stdout.write(
  `${info.cores} cores, load ${info.loadAverageAtStart.join(" ")} at start, ${info.loadAverageAtEnd.join(" ")} at end; node ${info.node}, ${info.chromium ?? "chromium ?"}\n`,
);
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(
  join(root, "bench/results.json"),
  `${JSON.stringify({ machine: info, settings: { reps, bulkReps, docs, concurrency, devEdits }, rows, samples }, null, 2)}\n`,
);
// A missed target is a result, shown in the table; only a measurement that could not be made fails.
if (rows.some((r) => r.error)) process.exitCode = 1;
