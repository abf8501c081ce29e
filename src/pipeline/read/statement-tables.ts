/**
 * Statements a table names: "| Mission | Vision | Values |" over one row, each header naming the
 * cell below it, or "| Our mission | To … |" (or "| Purpose | … |") row by row (its latest version's column, when the
 * table sets versions side by side) — not a glossary row that defines the word, nor a column of
 * evidence on it.
 */
import type { Table } from "mdast";
import { GENERIC, kindByWording, STRIVE_LEAD, sharesName } from "./statement-cues.js";
import { clean, wordCount } from "./statement-span.js";
import { statementWording } from "./statement-wording.js";
import type { Candidate, StatementKind } from "./statements.js";
import { plainText } from "./text.js";
import { latestColumn } from "./version-columns.js";
import { weighsColumn } from "./weighed-tables.js";

/** The statements a table names: by column header over one row, or by a row's first cell. */
export function tableStatements(
  table: Table,
  name: string | null,
  context: string,
  names: string[] = [],
  prose: () => Set<string> = () => new Set(),
): Candidate[] {
  const found: Candidate[] = [];
  // ("| | Loomwise | Brightpage |": other organisations' columns, side by side; none of them is
  // the company's, so no row states its statements. With the company's own column, that one.)
  const own = ownColumn(table, names, prose);
  if (own === -1) return found;
  // "| Purpose | Vision | Values |" over one row: each header names the cell below it. (So it
  // does over a row that quotes each statement, with rows about them after: "| “To …” | “A …” |"
  // then "| Says what the company does now. | … |".)
  const [header, row, ...more] = table.children;
  const columns = row && (more.length === 0 || quotesEach(row)) ? (header?.children ?? []) : [];
  columns.forEach((head, column) => {
    const key = STATEMENT_KEY.exec(plainText(head))?.[1]?.toLowerCase();
    const cell = row?.children[column];
    const value = unframed(cell ? plainText(cell) : "");
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
  // (One row under headers that name no statement, "| | Old | New |", is read row by row.)
  if (columns.some((head) => STATEMENT_KEY.test(plainText(head)))) return found;
  // "| | Old mission (2011–2022) | Current mission (adopted 2022) |" over "| Wording | “…” | “…” |":
  // the current column's quotation is the statement; the old one is history.
  const versioned = currentVersion(table);
  if (versioned) {
    const wording = table.children
      .slice(1)
      .find((r) => WORDING_ROW.test(plainText(r.children[0] ?? r)));
    const cell = wording?.children[versioned.column];
    const value = cell
      ? plainText(cell)
          .trim()
          .replace(/^["“‘']|["”’'.]+$/gu, "")
      : "";
    const place = cell?.position?.start;
    if (place && wordCount(value) >= 3)
      found.push({
        kind: versioned.kind === "purpose" ? kindByWording(value) : versioned.kind,
        text: clean(value),
        occurrence: { line: place.line, column: place.column + 1, section: name },
        confidence: 0.85,
        evidence: { cue: "a table column for the current version", context },
      });
    return found;
  }
  // ("| | 2015 | 2026 |": the versions side by side; the latest is the statement.)
  const column = own ?? latestColumn(table) ?? 1;
  // ("| Statement | Evidence | Gap |": the row's cells weigh the statement, they do not give it.)
  if (weighsColumn(table, column)) return found;
  for (const row of table.children) {
    const head = row.children[0];
    const cell = row.children[column];
    const key = STATEMENT_KEY.exec(plainText(head ?? { type: "text", value: "" }))?.[1];
    const value = unframed(cell ? plainText(cell) : "");
    const place = cell?.position?.start;
    if (!key || !place || wordCount(value) < 3) continue;
    // ("| Purpose | Keeping a town moving … |": a purpose row is worded as one or the other.)
    const word = key.toLowerCase();
    const kind = word === "purpose" ? kindByWording(value) : (word as StatementKind);
    // ("For every member to feel …": a vision wished for someone starts with the one it is for.)
    const wished = kind === "vision" ? (WISHED_FOR.exec(value)?.[0].length ?? 0) : 0;
    // ("Every grower trusting one haulier …", "No family more than a mile from …": the world a
    // vision row wants, led by who is in it.)
    const world = kind === "vision" && EVERY_ONE.test(value);
    // A glossary ("| Mission | What an organisation does … |") defines the word, states nothing.
    if (GENERIC.test(value) || !(wished > 0 || world || statementWording(value))) continue;
    found.push({
      kind,
      text: clean(value.slice(wished)),
      occurrence: { line: place.line, column: place.column + 1, section: name },
      confidence: 0.85,
      evidence: { cue: "a table row named for it", context },
    });
  }
  return found;
}

/** Every cell of the row holds one whole quotation. */
function quotesEach(row: Table["children"][number]): boolean {
  const cells = row.children.map((cell) => plainText(cell).trim());
  return cells.length > 0 && cells.every((cell) => QUOTATION.test(cell));
}

const QUOTATION = /^["“‘'][^"“”]+["”’']$/u;

/**
 * A cell's words after the company's everyday frame, which its row or column already names
 * ("| Our mission | Acme exists to get every bike back on the road. |" → "to get every …").
 */
function unframed(value: string): string {
  const text = value.trim();
  return text.slice(STRIVE_LEAD.exec(text)?.[0].length ?? 0);
}

/** "For every member to …": the "For" before the one a vision is wished for. */
const EVERY_ONE = /^\W*(?:every|each|no|all)\s+\p{Ll}/iu;
const WISHED_FOR = /^\W*for\s+(?=[^.,;:]{1,80}?\s+to\s+\p{Ll})/iu;

/** "Old mission (2011–2022)", "Current mission (adopted 2022)": a version of a statement. */
const VERSION_HEAD =
  /^\s*(old|former|previous|original|earlier|current|new|revised|updated|present)\s+(mission|vision|purpose)(?:\s+statement)?\b/i;
const CURRENT = /^(?:current|new|revised|updated|present)$/i;
/** "| Wording |", "| Statement |", "| Text |", "| In full |": the row that quotes each version. */
const WORDING_ROW = /^\s*(?:wording|statement|text|in\s+full|the\s+words?)\s*$/i;

/** The column headed by the current version, when every column after the first heads a version. */
function currentVersion(
  table: Table,
): { column: number; kind: "mission" | "vision" | "purpose" } | null {
  const heads = (table.children[0]?.children ?? [])
    .slice(1)
    .map((c) => VERSION_HEAD.exec(plainText(c)));
  if (heads.length < 2 || heads.some((h) => h === null)) return null;
  const current = heads.findIndex((h) => CURRENT.test(h?.[1] ?? ""));
  const kind = heads[current]?.[2]?.toLowerCase() as "mission" | "vision" | "purpose" | undefined;
  return current === -1 || !kind ? null : { column: current + 1, kind };
}

/** A table header naming a statement: "Mission", "Our vision", "Purpose statement". */
const STATEMENT_KEY = /^\s*(?:our\s+|the\s+)?(mission|vision|purpose)(?:\s+statement)?\s*$/i;

/**
 * In a table whose columns after the first are each headed by a name the prose uses as one
 * ("| | Loomwise | Brightpage |"), the column headed by the company's name; -1 when no column is
 * the company's (the table compares others); undefined when the headers name no organisations.
 */
export function ownColumn(
  table: Table,
  names: string[],
  prose: () => Set<string>,
): number | undefined {
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  const heads = header.slice(1);
  if (names.length === 0 || heads.length === 0 || heads.some((h) => STATEMENT_KEY.test(h)))
    return undefined;
  const named = heads.every((head) => {
    const bare = head.replace(/['’]s?$/, "").replace(/\s+/g, " ");
    return /^\p{Lu}/u.test(bare) && (sharesName(bare, names) || prose().has(bare));
  });
  if (!named) return undefined;
  const own = heads.findIndex((head) => sharesName(head, names));
  return own === -1 ? -1 : own + 1;
}
