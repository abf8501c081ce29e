/**
 * A title's words that read as a name but are not the company's, dropped before the company is
 * guessed from it: an exchange's ticker, a wiki space's name, a team's name, a renamed
 * organisation's old name.
 */

/**
 * "(NYSE: QLSC)", "(LSE: TGW)": a ticker in capitals abbreviates the name the title spells out
 * before it, and an investor's text repeats it more often than the name. It ends the name, as a
 * colon would: "Quillon Specialty Chemicals (NYSE: QLSC) Deep Dive".
 */
const TICKER =
  /\s*\(\s*(?:NYSE|NASDAQ|Nasdaq|LSE|AIM|TSX|TSXV|ASX|JSE|NSE|BSE|HKEX|SGX|SIX|Euronext|OTC|OTCQX)\s*:\s*[\p{Lu}\d.]{1,8}\s*\)(\s*\p{L})?/gu;

/**
 * "Engineering : Payments Platform — Team Charter": a Confluence page's title, the wiki space's
 * name before " : " (a colon with a space on each side) — a department's or a topic's, not the
 * company's.
 */
const WIKI_SPACE = /^[^:]+?\s:\s+(?=\S)/u;

/**
 * "Payments Platform — Team Charter": a team's own document names the team, a part of the
 * company the text names — the title names no company. (Not "Pinecrest Analytics — Team
 * Handbook": a handbook is the whole company's.)
 */
const TEAM = /^.*\bTeam\s+(?:Charter|Agreement|Norms)\b.*$/u;

/** Capitalised words of a name, "&" or "of" joining them: "North Moor Blind Aid". */
const WORDS = String.raw`\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:&|of|and)\s+)?\p{Lu}[\p{L}\d'’-]*)*`;

/**
 * "North Moor Blind Aid is now Seeworthy", "… becomes …", "… relaunches as …": a renamed
 * organisation is known by its new name; the old one goes.
 */
const RENAMED = new RegExp(
  String.raw`^\W*${WORDS}\s+(?:is\s+now|becomes|has\s+become|(?:is\s+)?renamed(?:\s+(?:as|to))?|rebrands\s+as|relaunches\s+as)\s+(?=\p{Lu})`,
  "u",
);

/** `title` without the words that only seem to name its company. */
export function withoutFalseNames(title: string): string {
  return title
    .replace(TICKER, (_, next: string | undefined) => (next ? `:${next}` : ""))
    .replace(WIKI_SPACE, "")
    .replace(TEAM, "")
    .replace(RENAMED, "");
}
