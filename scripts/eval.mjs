// npm run eval [-- --json] [-- --misses dev|held|all|none] [-- --only NAME-PREFIX] [-- --half dev|held]
//   [-- --variant restyled|underlined|wrapped|straight|curly|bare|imported|bold-titles|plain-titles] [-- --write-baseline]
// Scores Credo's reading of the gold corpus (tests/corpus) per field, for both halves.
import { writeFileSync } from "node:fs";
// (The option names come from a module of their own: a mistyped one is refused at once, before
// the reader and its model load.)
import { HALVES, VARIANT_NAMES } from "../dist/eval/names.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
// Held-out misses only when asked for: they must not be read while tuning (tests/corpus/README.md).
const misses = option("--misses", "dev");
// A fresh batch is scored on its own before anything is tuned on it (`--only di-`).
const only = option("--only", "");
// While tuning, `--half dev` scores and prints the dev half alone: not even the held-out summary
// is seen, so no choice can lean on it.
const half = option("--half", "");
if (half !== "" && !HALVES.includes(half)) {
  console.error(`--half takes ${HALVES.join(" or ")}, not "${half}"`);
  process.exit(64);
}
const halves = half === "" ? HALVES : [half];
// Every document rewritten in another style a reader reads the same way (src/eval/variants.ts).
const variant = option("--variant", "") || undefined;
if (variant !== undefined && !VARIANT_NAMES.includes(variant)) {
  console.error(`--variant takes ${VARIANT_NAMES.join(", ")}, not "${variant}"`);
  process.exit(64);
}
const { scoreHalf } = await import("../dist/eval/corpus.js");
const { FIELDS, summarise, summariseRules } = await import("../dist/eval/score.js");
const results = {};
for (const half of halves) {
  const docs = await scoreHalf("tests/corpus", half, only, variant);
  results[half] = {
    documents: docs.length,
    fields: summarise(docs),
    rules: summariseRules(docs),
    docs,
  };
}

if (args.includes("--write-baseline") && only === "" && half === "" && variant === undefined) {
  // The baseline test fails when a score drops below these (F1 per field, per half).
  const baseline = Object.fromEntries(
    HALVES.map((h) => [
      h,
      Object.fromEntries(FIELDS.map((f) => [f, Math.floor(results[h].fields[f].f1 * 1000) / 1000])),
    ]),
  );
  writeFileSync("tests/corpus/baseline.json", `${JSON.stringify(baseline, null, 2)}\n`);
}

if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}`.padStart(6);
  for (const half of halves) {
    if (misses === "all" || misses === half) {
      for (const doc of results[half].docs) {
        if (doc.misses.length === 0) continue;
        console.log(`\n${half}/${doc.name}`);
        for (const m of doc.misses) console.log(`  ${m}`);
      }
    }
  }
  console.log(
    `\n${"field".padEnd(24)} ${halves.map((h) => `${h.padEnd(4)}   P      R      F1   (tp/fp/fn)`.padEnd(42)).join(" │ ")}`,
  );
  for (const field of FIELDS) {
    const cells = halves.map((h) => {
      const s = results[h].fields[field];
      return `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`.padEnd(
        42,
      );
    });
    console.log(`${field.padEnd(24)} ${cells.join(" │ ")}`);
  }
  // Diagnostics by rule: which rule cries wolf, and which stays silent.
  const rules = [...new Set(halves.flatMap((h) => Object.keys(results[h].rules)))].sort();
  for (const rule of rules) {
    const cells = halves.map((h) => {
      const s = results[h].rules[rule];
      if (s === undefined) return "".padEnd(42);
      return `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`.padEnd(
        42,
      );
    });
    console.log(`  ${rule.padEnd(22)} ${cells.join(" │ ")}`);
  }
  console.log(`documents: ${halves.map((h) => `${h} ${results[h].documents}`).join(", ")}`);
}
