// Preloaded with `node --import` into a measured process: at exit, writes that process's own peak
// resident memory (VmHWM, in kB) to $BENCH_RSS_FILE. Chromium's processes are not counted: they
// are children, and VmHWM is per process (unlike /usr/bin/time, whose figure may be a child's).
import { readFileSync, writeFileSync } from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    let kb;
    try {
      kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
    } catch {
      // Not Linux: the same figure from getrusage(RUSAGE_SELF).
      kb = process.resourceUsage().maxRSS;
    }
    writeFileSync(target, String(kb));
  });
}
