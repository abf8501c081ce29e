// The bench's outputs: rows with a verdict, a plain-text table, and the machine they ran on.
import { cpus, loadavg, totalmem } from "node:os";

/**
 * A row. `value` is what was measured (ms or MB); against a `floor` the checked figure is
 * value/floor (a ratio), else the value itself; `limit` bounds the checked figure (none: context).
 */
export function row(label, { value, unit = "ms", floor, floorLabel, limit, note }) {
  const checked = floor ? value / floor : value;
  return {
    label,
    value: round(value),
    unit,
    floor: floor && round(floor),
    floorLabel,
    ratio: floor ? round(checked, 2) : undefined,
    limit,
    pass: limit === undefined ? undefined : checked <= limit,
    note,
  };
}

/** A row whose measurement could not be made; it fails. */
export function errorRow(label, error, limit) {
  return { label, error: String(error.message ?? error).split("\n")[0], limit, pass: false };
}

export function formatTable(rows) {
  const cells = rows.map((r) => [
    r.label,
    r.error ? `error: ${r.error}` : `${r.value} ${r.unit}`,
    r.limit === undefined
      ? "(context)"
      : r.floorLabel
        ? `≤ ${r.limit} × ${r.floorLabel}`
        : `≤ ${r.limit} ${r.unit}`,
    r.ratio === undefined ? "" : `${r.ratio} (${r.floorLabel} ${r.floor} ms)`,
    r.pass === undefined ? "" : r.pass ? "pass" : "FAIL",
  ]);
  const header = ["row", "measured", "target", "ratio", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((text, i) => text.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryMB: Math.round(totalmem() / 2 ** 20),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

function round(n, digits = 0) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
