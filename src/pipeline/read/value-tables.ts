/**
 * Values given in a table: a column of names beside their descriptions, or a one-row grid headed
 * by the names; and the tables that only compare named things value by value.
 */
import type { Table } from "mdast";
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { hasFiguresColumn } from "./table-figures.js";
import { DECORATION, plainText } from "./text.js";

/** A table of values: the first column names them, the second describes them. */
export const TABLE_HEADER =
  /^\s*(?:our\s+|core\s+)?(?:values?|principles?|beliefs?|commitments?|pillars?)\b/i;
/** A column headed by a kind of organisation ("Insurer", "Company", "Rival"): one row each. */
const ORGANISATIONS_HEADER =
  /^\s*(?:the\s+)?(?:compan(?:y|ies)|brands?|insurers?|banks?|firms?|competitors?|rivals?|organi[sz]ations?|business(?:es)?|retailers?|charit(?:y|ies)|schools?|providers?|employers?|suppliers?|operators?|societ(?:y|ies)|groups?|peers?|chains?|airlines?|universit(?:y|ies))\s*$/i;
/**
 * "| Behaviour | What it looks like |": the behaviours a company holds its people to — under a
 * heading in its own voice ("Our behaviours", "How we behave"), not a role's ("Manager behaviours").
 */
export const BEHAVIOUR_HEADER = /^\s*(?:our\s+)?behaviou?rs?\b/i;

/**
 * "| Value | Greyfield | Pennock's |": when every other column is headed by a name the prose
 * uses as one (capitalised after a lower-case word), the table compares those names value by
 * value; its rows are topics of the comparison, not a set.
 */
export function comparesNames(table: Table, prose: () => Set<string>): boolean {
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  const column = Math.max(0, headedColumn(table));
  const names = header.filter((h, i) => i !== column && h !== "");
  return (
    names.length >= 2 &&
    names.every((name) => {
      const bare = name.replace(/['’]s?$/, "").replace(/\s+/g, " ");
      return /^\p{Lu}/u.test(bare) && prose().has(bare);
    })
  );
}

/**
 * The names `prose` uses as names: each run of up to four words that starts with a capital
 * after a word ending in a lower-case letter, a comma or a semicolon, and every shorter run
 * from that start ("Greyfield", "Greyfield Mutual"), each cut where a name's letters end
 * ("Pennock's" → "Pennock"). One pass, so any number of tables asks in constant time.
 */
export function namesUsed(prose: string): Set<string> {
  const names = new Set<string>();
  const words = prose.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!/[\p{Ll},;]$/u.test(words[i - 1] as string) || !/^\p{Lu}/u.test(words[i] as string))
      continue;
    let run = "";
    for (const word of words.slice(i, i + MAX_NAME_WORDS)) {
      const letters = /^[\p{L}\p{N}&.-]*/u.exec(word)?.[0] ?? "";
      names.add(run + letters.replace(/\.$/, ""));
      if (letters !== word || letters === "") break;
      run += `${letters} `;
    }
  }
  return names;
}

const MAX_NAME_WORDS = 4;

/** The names the page's paragraphs use, read once and only if a table asks for them. */
export function proseNamesOf(blocks: DocBlock[]): () => Set<string> {
  let names: Set<string> | undefined;
  return () => {
    names ??= namesUsed(
      blocks
        .filter((b) => b.node.type === "paragraph")
        .flatMap((b) => b.sentences.map((s) => s.text))
        .join(" "),
    );
    return names;
  };
}

/** The column headed "Value" (or the like), or -1. */
function headedColumn(table: Table): number {
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c));
  const headed = header.findIndex((h) => TABLE_HEADER.test(h));
  // ("| Half-term | Focus value |": a timetable of the values; its rows are periods.)
  return headed === -1 && PERIOD_HEADER.test(header[0] ?? "")
    ? header.findIndex((h) => NAMED_VALUE.test(h))
    : headed;
}

/** A first column headed by the set's own noun alone: "Value", "Our values", "Principle". */
const VALUE_NAMES_HEADER = /^\W*(?:(?:our|the)\s+)?(?:values?|principles?)\W*$/i;

/** A first column of periods: a timetable's rows ("| Half-term |", "| Month |"). */
const PERIOD_HEADER =
  /^\s*(?:half-?terms?|terms?|months?|weeks?|quarters?|seasons?|semesters?)\s*$/i;
/** A column header ending on the set's noun: "Focus value", "School virtue". */
const NAMED_VALUE = /\b(?:values?|virtues?|principles?)\s*$/i;

/**
 * "| Tool | What we use it for |", "| Meeting | When |": a first column headed by a kind of thing
 * the company works with; its rows are those things (Slack, Notion), not ways of working.
 */
const THINGS_HEADER =
  /^\s*(?:tools?|apps?|applications?|software|systems?|platforms?|channels?|services?|products?|resources?|links?|documents?|teams?|contacts?|offices?|locations?|sites?|roles?|people|meetings?|rituals?|events?|dates?|days?|times?|terms?|words?|acronyms?|abbreviations?)\s*$/i;

/** Whether the table's first column names things the company works with (`THINGS_HEADER`). */
export const thingsTable = (table: Table) => firstHeaderIs(table, THINGS_HEADER);

/**
 * "| Programme | Indication | Stage |", "| Product | Price |", "| KPI | 2024 |": a first column
 * headed by what a company makes, sells or measures — never its values, even under a values
 * heading (where "| Word | What it means |" may be the values).
 */
const PORTFOLIO_HEADER =
  /^\s*(?:programmes?|programs?|products?|drugs?|medicines?|candidates?|projects?|brands?|funds?|kpis?|metrics?|measures?|targets?|indicators?|years?|stages?|phases?|tools?|apps?|offices?|locations?|sites?)\s*$/i;

/** The fields of a fact box: who the client is, where, how big, how long. */
const FACT_FIELD =
  /^\s*(?:client|customer|sector|industry|people|staff|employees|headcount|engagement|scope|duration|timeline|founded|headquarters|hq|location|based|size|revenue|turnover|ownership|owner|website|type|services|challenge|solution|results?|outcome|team|partners?)\s*:?\s*$/i;

/** Whether the table's first column names what a company makes, sells or measures. */
export const portfolioTable = (table: Table) => firstHeaderIs(table, PORTFOLIO_HEADER);

/** Whether the header of the table's first column is one `pattern` matches. */
function firstHeaderIs(table: Table, pattern: RegExp): boolean {
  const first = table.children[0]?.children[0];
  return first !== undefined && pattern.test(plainText(first));
}

/**
 * Words a name may have in a column headed "Value": the header says it names one, so a rule
 * written as a sentence ("Play it before you argue about it") is a name there.
 */
const HEADED_NAME_WORDS = 12;

/**
 * "| Commitment (2023 report) | What happened | Next |": a column telling how each row went or
 * what comes next — a tracker of promises kept, not a set.
 */
const PROGRESS_HEADER =
  /^\s*(?:what\s+happened|progress(?:\s+so\s+far)?|status|next(?:\s+steps?)?|what['’]s\s+next|done|due(?:\s+date)?|deadline|by\s+when|delivered|update|rag(?:\s+status)?)\s*\??\s*$/i;

export function tableValues(table: Table): Value[] | null {
  const headers = (table.children[0]?.children ?? []).map((c) => plainText(c));
  if (headers.slice(1).some((h) => PROGRESS_HEADER.test(h))) return null;
  // (A first column headed "Value" names the values, whatever the figures beside them: "| Value |
  // Named unprompted by staff |" over "| Respect | 64% |" is a survey of the set, still the set.)
  if (hasFiguresColumn(table) && !firstHeaderIs(table, VALUE_NAMES_HEADER)) return null;
  const rows = table.children.slice(1);
  const cell = (row: Table["children"][number], i: number) =>
    plainText(row.children[i] ?? { type: "text", value: "" }).trim();
  // ("| **Client** | Penhallow Dairies |", "| **Sector** | … |": a fact box's fields.)
  if (rows.filter((row) => FACT_FIELD.test(cell(row, 0))).length * 2 >= rows.length) return null;
  // The names are in the column headed "Value" (or the like), else the first that is not numbers.
  const headed = headedColumn(table);
  // "| Roast slow | Waste nothing |" over one row describing each: a grid whose headings are the
  // names.
  const [only, ...more] = rows;
  if (only && more.length === 0 && headed === -1) return gridValues(table, only);
  // (A timetable with no column of the set's names names no set: its rows are periods.)
  if (headed === -1 && firstHeaderIs(table, PERIOD_HEADER)) return null;
  const numbers = rows.every((row) => /^\W*\d+\W*$/.test(cell(row, 0)));
  const column = headed !== -1 ? headed : numbers ? 1 : 0;
  // ("| Insurer | Type | Stated values |": a row for each organisation, named by its kind.)
  const header = table.children[0]?.children[column];
  if (headed === -1 && header && ORGANISATIONS_HEADER.test(plainText(header))) return null;
  const values: Value[] = [];
  /** Rows that only carry on the row before's description. */
  let carried = 0;
  for (const row of rows) {
    const name = cell(row, column).replace(DECORATION, "");
    const description = row.children
      .map((_, i) => (i === column || (numbers && i === 0) ? "" : cell(row, i)))
      .filter(Boolean)
      .join(" ")
      .trim();
    // ("| Stewardship | … so the next generation |" over "| | of members inherits …|": a page's
    // converter broke one row's text in two; the unnamed row carries on the description.)
    const before = values.at(-1);
    if (!name && description && before) {
      before.description = `${before.description ?? ""} ${description}`.trim();
      carried++;
      continue;
    }
    // "How do we behave?": a question explains a term; it names no value.
    if (name.endsWith("?")) continue;
    if (!name || name.split(/\s+/).length > (headed === -1 ? 6 : HEADED_NAME_WORDS)) continue;
    values.push({ name, description: description || null, line: row.position?.start.line ?? 1 });
  }
  // ("| Pillar | Target |" over "| Reach | … |", "| Reach | … |": a column whose names repeat
  // groups the rows by a set named elsewhere; a set lists each name once.)
  const distinct = new Set(values.map((v) => v.name.toLowerCase())).size === values.length;
  return values.length >= 2 && values.length === rows.length - carried && distinct ? values : null;
}

/** The header cells of a one-row grid as values, the row's cell under each as its description. */
function gridValues(table: Table, row: Table["children"][number]): Value[] | null {
  const names = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  if (names.length < 2 || names.some((n) => !n || n.split(/\s+/).length > 6)) return null;
  const line = table.position?.start.line ?? 1;
  return names.map((name, i) => {
    const description = plainText(row.children[i] ?? { type: "text", value: "" }).trim();
    return { name, description: description || null, line };
  });
}
