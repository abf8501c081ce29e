/**
 * The three ways `credo diff` prints: text for a terminal (colour only on one), JSON (the typed
 * change list) and Markdown for a pull-request comment.
 */

import { lines, phrase } from "../diff/phrase.js";
import type { Change, DiffReport, DocumentDiff, WordPart } from "../diff/schema.js";
import { forTerminal } from "./terminal.js";

export type DiffFormat = "text" | "json" | "md";

const styles = (color: boolean) => ({
  added: (t: string) => (color ? `\u001b[32m${t}\u001b[39m` : `{+${t}+}`),
  removed: (t: string) => (color ? `\u001b[31;9m${t}\u001b[39;29m` : `[-${t}-]`),
  dim: (t: string) => (color ? `\u001b[2m${t}\u001b[22m` : t),
  bold: (t: string) => (color ? `\u001b[1m${t}\u001b[22m` : t),
});

/** A word diff, each run wrapped by its style ("same" runs as they are). */
function words(parts: WordPart[], wrap: Record<WordPart["op"], (text: string) => string>): string {
  return parts.map((part) => wrap[part.op](part.text)).join("");
}

/** How a document's two versions are named, and what happened when one of them is missing. */
function heading(doc: DocumentDiff): string {
  if (doc.old === null) return `${doc.path}: new document (${doc.new})`;
  if (doc.new === null) return `${doc.path}: deleted (was ${doc.old})`;
  return `${doc.old} → ${doc.new}`;
}

const whole = (doc: DocumentDiff) => doc.old === null || doc.new === null;

function text(report: DiffReport, color: boolean): string {
  const style = styles(color);
  // Content is made safe before it is styled, so the styles' own escapes survive.
  const wrap = {
    same: forTerminal,
    added: (t: string) => style.added(forTerminal(t)),
    removed: (t: string) => style.removed(forTerminal(t)),
  };
  const out: string[] = [];
  for (const doc of report.documents) {
    out.push(style.bold(forTerminal(heading(doc))));
    if (doc.changes.length === 0 && !whole(doc)) out.push("  no change in meaning");
    for (const change of doc.changes) {
      const where = lines(change);
      out.push(`  ${forTerminal(phrase(change))}${where ? style.dim(`  (${where})`) : ""}`);
      if (change.words) out.push(`      ${words(change.words, wrap)}`);
    }
  }
  return out.join("\n");
}

/** Markdown's own characters in content, escaped so a comment shows them as written. */
const md = (text: string) => text.replace(/[\\`*_[\]<>|~#]/g, "\\$&");

/** Emphasis around the words only: Markdown ignores `**word **` with a space inside. */
function around(text: string, mark: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  return core ? `${lead}${mark}${md(core)}${mark}${trail}` : text;
}

function markdownItem(change: Change): string[] {
  const where = lines(change);
  const item = [`- ${md(phrase(change))}${where ? ` _(${where})_` : ""}`];
  if (change.words)
    item.push(
      `  > ${words(change.words, {
        same: md,
        added: (t) => around(t, "**"),
        removed: (t) => around(t, "~~"),
      })}`,
    );
  return item;
}

function markdown(report: DiffReport): string {
  const out = ["## What changed in meaning", ""];
  for (const doc of report.documents) {
    out.push(`### ${md(heading(doc))}`, "");
    if (doc.changes.length === 0 && !whole(doc)) out.push("No change in meaning.");
    for (const change of doc.changes) out.push(...markdownItem(change));
    out.push("");
  }
  return out.join("\n").trimEnd();
}

export function formatDiff(report: DiffReport, format: DiffFormat, color: boolean): string {
  const formats: Record<DiffFormat, () => string> = {
    text: () => text(report, color),
    json: () => JSON.stringify(report, null, 2),
    md: () => markdown(report),
  };
  return formats[format]();
}
