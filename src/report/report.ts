/**
 * Diagnostics for people and machines. Text: one line per message,
 * `file:line:column  severity  message  rule-id` (editors and terminals link the place), then a
 * vfile-reporter style summary; what comes from content is escaped for the terminal (terminal.ts).
 * JSON: the diagnostics per file, as they are (JSON escapes what it must).
 */
import { styleText } from "node:util";
import type { FileResult } from "../document/document.js";
import type { Diagnostic } from "../schema/schema.js";
import { forTerminal } from "./terminal.js";

type Style = Parameters<typeof styleText>[0];

export function colorize(enabled: boolean) {
  return (style: Style, text: string) => (enabled ? styleText(style, text) : text);
}

const SEVERITY_STYLE: Record<Diagnostic["severity"], Style> = {
  error: "red",
  warning: "yellow",
  info: "blue",
};

export function formatText(results: readonly FileResult[], color: boolean): string {
  const paint = colorize(color);
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const path = forTerminal(result.path);
    for (const d of result.diagnostics) {
      totals[d.severity]++;
      lines.push(
        `${paint("underline", `${path}:${d.line}:${d.column}`)}  ${paint(SEVERITY_STYLE[d.severity], d.severity)}  ${forTerminal(d.message)}  ${paint("dim", forTerminal(d.ruleId))}`,
      );
    }
    if (result.error) {
      totals.error++;
      lines.push(
        `${paint("underline", path)}  ${paint("red", "error")}  ${forTerminal(result.error.message)}`,
      );
    }
  }
  lines.push(summary(totals, results.length, paint));
  return lines.join("\n");
}

function summary(
  totals: Record<Diagnostic["severity"], number>,
  files: number,
  paint: ReturnType<typeof colorize>,
): string {
  const parts: string[] = [];
  if (totals.error)
    parts.push(paint("red", `✖ ${totals.error} error${totals.error === 1 ? "" : "s"}`));
  if (totals.warning)
    parts.push(paint("yellow", `⚠ ${totals.warning} warning${totals.warning === 1 ? "" : "s"}`));
  if (totals.info) parts.push(`${totals.info} info`);
  const checked = `${files} file${files === 1 ? "" : "s"} checked`;
  return parts.length > 0
    ? `\n${parts.join(", ")} (${checked})`
    : paint("green", `✔ no issues (${checked})`);
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.path,
      diagnostics: r.diagnostics,
      ...(r.error ? { error: r.error.message } : {}),
      ...(r.written.length > 0 ? { written: r.written } : {}),
    })),
    null,
    2,
  );
}
