/**
 * Tables of figures ("| Turnover | £3.1m |", "| New plant | €210m | Reach |"): a column whose
 * every cell is an amount, a count or a share makes the table data — a page's numbers, a budget —
 * whose rows name no values, even under a values heading or a header cell "Value". So is a list
 * whose every item is described by a figure alone ("Desk lamp — £120.00"): a shop's products;
 * or named by a date alone ("**2027:** …"): a timeline.
 */
import type { Table } from "mdast";
import { COUNT } from "./enumeration.js";
import { plainText } from "./text.js";
import { weighsColumn } from "./weighed-tables.js";

/** One figure: digits with an optional currency, unit or share ("£7.4bn", "4,200", "6.5%", "84 m"). */
const FIGURE = /^[^\p{L}\p{N}]{0,3}\d[\d,.]*\s?(?:%|[a-z]{1,2})?[^\p{L}\p{N}]{0,3}$/iu;

/** A header naming what a row aims at or has reached: "Target", "Progress at end of 2024", "KPI". */
const TARGET_HEAD =
  /^\W*(?:targets?|progress|baseline|kpis?|deadline|due|budget|status\s+in\s+\d{4})\b/i;
/** A cell holding a figure or a zero: "−50% vs 2019 by 2030", "Zero by 2025". */
const FIGURED = /\d|\b(?:zero|none|half)\b/i;

/** A column that only numbers the rows ("1", "2.", "3)") orders them; it is no figure column. */
const ORDINAL = /^\W*\d{1,2}\W*$/;

export function hasFiguresColumn(table: Table): boolean {
  const rows = table.children.slice(1);
  if (rows.length < 2) return false;
  const width = Math.max(...rows.map((row) => row.children.length));
  for (let column = 0; column < width; column++) {
    const cells = rows.map((row) =>
      plainText(row.children[column] ?? { type: "text", value: "" }).trim(),
    );
    const ordinal = cells.every(
      (cell, i) => ORDINAL.test(cell) && Number.parseInt(cell.replace(/\D/g, ""), 10) === i + 1,
    );
    // (A writer's score for each row, "| My verdict | Score |", weighs the row: no data table.)
    if (!ordinal && !weighsColumn(table, column) && cells.every((cell) => FIGURE.test(cell)))
      return true;
  }
  return targetsTable(table, width);
}

/**
 * "| Commitment | Target | Progress |" with "180 hectares by 2030 | 64 ha": a column headed for
 * targets, and every column after the names mostly figures and years — each row a commitment
 * measured, not a value. (A column that says what each row means keeps the table a set's:
 * "| Pillar | What it means | Progress in 2023/24 |".)
 */
function targetsTable(table: Table, width: number): boolean {
  const cell = (row: Table["children"][number] | undefined, column: number) =>
    plainText(row?.children[column] ?? { type: "text", value: "" });
  const [head, ...rows] = table.children;
  const figured = (column: number) =>
    rows.filter((row) => FIGURED.test(cell(row, column))).length * 2 > rows.length;
  let targeted = false;
  for (let column = 1; column < width; column++) {
    if (!figured(column)) return false;
    if (TARGET_HEAD.test(cell(head, column))) targeted = true;
  }
  return targeted;
}

/** A price: a currency sign and its amount. */
const PRICE = /[£$€]\s?\d/;

/**
 * A list of two or more items, each described by a figure alone — or each with its price ("24/7
 * gym access, £24.99 a month"): products and prices, no values.
 */
export function figuresList(items: { description: string | null }[]): boolean {
  const described = items.map((item) => item.description?.trim() ?? "");
  return (
    items.length >= 2 &&
    (described.every((d) => FIGURE.test(d)) || described.every((d) => PRICE.test(d)))
  );
}

/**
 * "100% cold-pressed oils", "12-month shelf life", "Refills from £6": a run of names more than half of which
 * carry a figure is a product's specs or a page's stats, not values (a value may carry one:
 * "Flour from within 40 miles").
 */
export function figuredNames(values: { name: string }[]): boolean {
  const counted = values.filter((value) => FIGURE_IN_NAME.test(value.name)).length;
  return counted >= 2 && counted * 2 > values.length;
}
/**
 * A figure in a name: a share, a price, a quantity with its unit, a number of three digits, or a
 * deadline ("within ten working days": a service target, in words or digits).
 */
const FIGURE_IN_NAME = new RegExp(
  String.raw`\d\s?%|${PRICE.source}|\b\d[\d,.]*(?:\s|-)(?:hours?|days?|weeks?|months?|years?|minutes?|miles?|km|kg|g|ml|litres?|liters?)\b|\b\d{3,}\b|\bwithin\s+${COUNT}\s+(?:working\s+|business\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b`,
  "i",
);

/**
 * A list of two or more items, each named by a year or a date alone ("**2027:** …", "By 2030 —
 * …", "March 2031: …", "2026/27: …"): a timeline of targets or of history, no values.
 */
export function datesList(items: { name: string }[]): boolean {
  return items.length >= 2 && items.every((item) => DATE_NAME.test(item.name.trim()));
}
const DATE_NAME =
  /^(?:(?:by|in|from|until|to)\s+)?(?:(?:q[1-4]|h[12]|spring|summer|autumn|fall|winter|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s+)?(?:\d{1,2}\s+)?(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?$/i;
