/**
 * Statements a table names: "| Mission | Vision | Values |" over one row, each header naming the
 * cell below it, or "| Our mission | To … |" row by row — not a glossary row that defines the word.
 */
import type { Table } from "mdast";
import { GENERIC, kindByWording } from "./statement-cues.js";
import { clean, wordCount } from "./statement-span.js";
import { statementWording } from "./statement-wording.js";
import type { Candidate, StatementKind } from "./statements.js";
import { plainText } from "./text.js";

/** The statements a table names: by column header over one row, or by a row's first cell. */
export function tableStatements(table: Table, name: string | null, context: string): Candidate[] {
  const found: Candidate[] = [];
  // "| Purpose | Vision | Values |" over one row: each header names the cell below it.
  const [header, row, ...more] = table.children;
  const columns = more.length === 0 && row ? (header?.children ?? []) : [];
  columns.forEach((head, column) => {
    const key = STATEMENT_KEY.exec(plainText(head))?.[1]?.toLowerCase();
    const cell = row?.children[column];
    const value = cell ? plainText(cell) : "";
    const place = cell?.position?.start;
    if (!key || !place || wordCount(value) < 3 || GENERIC.test(value)) return;
    found.push({
      kind: key === "purpose" ? kindByWording(value) : (key as StatementKind),
      text: clean(value),
      occurrence: { line: place.line, column: place.column + 1, section: name },
      confidence: 0.85,
      evidence: { cue: "a table column named for it", context },
    });
  });
  if (columns.length > 0) return found;
  for (const row of table.children) {
    const [head, cell] = row.children;
    const key = /^(?:our\s+|the\s+)?(mission|vision)(?:\s+statement)?$/i.exec(
      plainText(head ?? { type: "text", value: "" }),
    );
    const value = cell ? plainText(cell) : "";
    const place = cell?.position?.start;
    if (!key || !place || wordCount(value) < 3) continue;
    // A glossary ("| Mission | What an organisation does … |") defines the word, states nothing.
    if (GENERIC.test(value) || !statementWording(value)) continue;
    found.push({
      kind: (key[1] as string).toLowerCase() as StatementKind,
      text: clean(value),
      occurrence: { line: place.line, column: place.column + 1, section: name },
      confidence: 0.85,
      evidence: { cue: "a table row named for it", context },
    });
  }
  return found;
}

/** A table header naming a statement: "Mission", "Our vision", "Purpose statement". */
const STATEMENT_KEY = /^\s*(?:our\s+|the\s+)?(mission|vision|purpose)(?:\s+statement)?\s*$/i;
