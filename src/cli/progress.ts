/**
 * Build progress on stderr: a redrawn bar on a terminal, one plain line per document elsewhere
 * (CI logs), and a summary table at the end.
 */
import type { FileResult } from "../document/document.js";
import { failed } from "../document/document.js";
import { colorize } from "../report/report.js";
import { forTerminal } from "../report/terminal.js";

export interface Progress {
  start(path: string): void;
  done(result: FileResult): void;
  finish(results: readonly FileResult[]): void;
}

export function progress(
  total: number,
  stream: NodeJS.WriteStream,
  options: { color: boolean; strict: boolean },
): Progress {
  const paint = colorize(options.color);
  const live = Boolean(stream.isTTY) && !process.env.CI;
  let finished = 0;
  const running = new Set<string>();
  const draw = () => {
    if (!live) return;
    const width = 24;
    const filled = Math.round((finished / Math.max(1, total)) * width);
    const current = forTerminal([...running].at(-1) ?? "");
    stream.write(
      `\r\x1b[2K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${finished}/${total} ${paint("dim", current)}`,
    );
  };
  return {
    start(path) {
      running.add(path);
      draw();
    },
    done(result) {
      running.delete(result.path);
      finished++;
      if (!live) {
        const mark = failed(result, options.strict) ? paint("red", "✖") : paint("green", "✔");
        stream.write(`${mark} ${result.slug}  ${describe(result)}  ${ms(result.ms)}\n`);
      }
      draw();
    },
    finish(results) {
      if (live) stream.write("\r\x1b[2K");
      stream.write(`${table(results, options.strict)}\n`);
    },
  };
}

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;

function describe(result: FileResult): string {
  if (result.error) return "failed";
  const parts = [];
  if (result.written.length) parts.push(`${result.written.length} written`);
  if (result.skipped.length) parts.push(`${result.skipped.length} up to date`);
  return parts.join(", ") || "not built";
}

function table(results: readonly FileResult[], strict: boolean): string {
  const rows = [
    ["document", "status", "written", "up to date", "warnings", "errors", "time"],
    ...results.map((r) => [
      r.slug,
      failed(r, strict) ? "failed" : "ok",
      String(r.written.length),
      String(r.skipped.length),
      String(r.diagnostics.filter((d) => d.severity === "warning").length),
      String(r.diagnostics.filter((d) => d.severity === "error").length + (r.error ? 1 : 0)),
      ms(r.ms),
    ]),
  ];
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
