// The edit loop, as a user lives it: `startDev` on a copy of the content (every format, default
// debounce), then edits saved to disk. Each time runs from just before the file is written to
// the moment dev reports brief.html written (`fast`) and every format settled (`all`), so the
// watcher's latency and debounce are included. The mtime of brief.html is checked too, so a
// report without a rewrite cannot pass.
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

const EDIT_TIMEOUT_MS = 60_000;

/** Measures `edits` edits after one unmeasured warm-up edit; times in ms. */
export async function measureDevLoop({ distDir, source, workDir, edits }) {
  const { startDev } = await import(join(distDir, "dev/dev.js"));
  const contentDir = join(workDir, "content");
  const outDir = join(workDir, "out");
  mkdirSync(contentDir, { recursive: true });
  const file = join(contentDir, "tiktok.md");
  copyFileSync(source, file);
  const original = readFileSync(file, "utf8");

  let waiting;
  const log = [];
  const dev = await startDev({
    files: [file],
    contentDir,
    outDir,
    port: 0,
    log: (text) => log.push(text),
    onRebuild: (report) => waiting?.(report, performance.now()),
  });
  const fast = [];
  const all = [];
  const reported = [];
  try {
    await dev.idle();
    for (let i = 0; i <= edits; i++) {
      await delay(150); // let the previous save's file events die down
      const brief = join(outDir, "tiktok", "brief.html");
      const before = statSync(brief).mtimeMs;
      const done = new Promise((resolve, reject) => {
        const times = {};
        const timer = setTimeout(
          () =>
            reject(new Error(`dev: no rebuild within ${EDIT_TIMEOUT_MS} ms\n${log.join("\n")}`)),
          EDIT_TIMEOUT_MS,
        );
        waiting = (report, at) => {
          if (report.failed) reject(new Error(`dev rebuild failed:\n${log.join("\n")}`));
          times[report.phase] = { at, ms: report.ms };
          if (times.fast && times.all) {
            clearTimeout(timer);
            resolve(times);
          }
        };
      });
      const started = performance.now();
      writeFileSync(file, original.replace("Strategy Team", `Strategy Team ${i}`));
      const times = await done;
      if (statSync(brief).mtimeMs <= before) throw new Error("dev: brief.html was not rewritten");
      if (i === 0) continue; // warm-up: first rebuild after the initial build
      fast.push(times.fast.at - started);
      all.push(times.all.at - started);
      reported.push({ fast: times.fast.ms, all: times.all.ms });
    }
  } finally {
    waiting = undefined;
    await dev.close();
  }
  return { fast, all, reported };
}
