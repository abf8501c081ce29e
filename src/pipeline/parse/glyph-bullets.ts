/**
 * Text copied out of a PDF or a word processor lists with "•" (or "●", "▪") at the start of each
 * line, items hard-wrapped with an indent, and Markdown reads all of it as one paragraph: a
 * council's values or a plan's pillars went unread. Each such glyph becomes "-" before parsing, one
 * character for one, so the lines parse as a list and every position still points into the
 * source. Front matter and code are left as written; a glyph inside a line ("Prices • Contact")
 * is a separator, not a list. Minutes and reports letter their items the same way ("(a) Fairness –
 * …;", "(b) Thrift – …;", or "(i)", "(ii)" …): a run of two or more lines lettered a, b, c … (or
 * numbered i, ii, iii …) in turn becomes a list too.
 */
import { eachProseLine, LEAD } from "./prose-lines.js";

const GLYPH = new RegExp(String.raw`^(${LEAD})[•●▪](?=[ \t])`);
/** A keycap number ("1️⃣", a digit, maybe a variation selector, the enclosing keycap). */
const KEYCAP = new RegExp(String.raw`^(${LEAD})(\d)(\uFE0F?)\u20E3(?=[ \t])`);

/**
 * A social post's or a slide's emoji bullet: a check mark, a pointing hand, an arrow, a small
 * diamond ("✅ Plain numbers – …"), maybe with its variation selector — a list only where two
 * lines or more in a row open with the same one (a post sets each apart with a blank line).
 */
const EMOJI_MARK = "[✅✔✓☑➡→▶►◆◇◦‣]|👉|🔹|🔸|▪️";
const EMOJI = new RegExp(String.raw`^(${LEAD})(${EMOJI_MARK})(\uFE0F?)(?=[ \t])`, "u");
/** Whether a source has any line these marks may open, before it is split. */
const ANY_MARK = new RegExp(String.raw`[•●▪]|${EMOJI_MARK}|\u20E3|^[ >]*\(?[ai]\)[ \t]`, "mu");

/** "(a) ", "a) ", "(iv) ": a lettered or roman-numbered item's mark, the letters in 3. */
const LETTER = new RegExp(String.raw`^(${LEAD})(\(?)([a-z]|[ivx]{2,4})\)(?=[ \t])`);
/** The marks of a run in turn: a, b, c … or i, ii, iii … (a lone "(i)" opens either). */
const LETTERS = "abcdefghijklmnopqrstuvwxyz".split("");
const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

export function markGlyphBullets(source: string): string {
  if (!ANY_MARK.test(source)) return source;
  const lines = source.split("\n");
  // (The emoji each line opened with, before any was marked.)
  const marks = lines.map((line) => EMOJI.exec(line)?.[2]);
  eachProseLine(lines, (at) => {
    const index = markLettered(lines, at);
    const mark = marks[index];
    if (
      mark !== undefined &&
      (marks[nonBlank(lines, index, -1)] === mark || marks[nonBlank(lines, index, 1)] === mark)
    ) {
      // One "-" and spaces for the emoji's code units, so every place still points into the source.
      lines[index] = (lines[index] as string).replace(
        EMOJI,
        (whole, lead: string) => `${lead}-${" ".repeat(whole.length - lead.length - 1)}`,
      );
      return index;
    }
    lines[index] = (lines[index] ?? "")
      .replace(GLYPH, "$1-")
      // (A post numbers its points with keycap emoji: "1️⃣ Keep it short" → "1.  Keep it short".)
      .replace(KEYCAP, (_, lead: string, digit: string, selector: string) =>
        selector ? `${lead}${digit}. ` : `${lead}${digit}.`,
      );
    return index;
  });
  return lines.join("\n");
}

/** The index of the nearest line before (step -1) or after (step 1) `at` that is not blank. */
function nonBlank(lines: string[], at: number, step: 1 | -1): number {
  let i = at + step;
  while ((lines[i] ?? "x").trim() === "") i += step;
  return i;
}

/**
 * Marks a run of lettered lines starting at `start` as list items ("(a) " → "-   ", "a) " →
 * "-  ", one character for one); the index of the run's last line, or `start` when none begins.
 * (Lines between the lettered ones, a wrapped item's, stay as they are; a blank line ends the run.)
 */
function markLettered(lines: string[], start: number): number {
  const first = LETTER.exec(lines[start] ?? "")?.[3];
  if (first !== "a" && first !== "i") return start;
  const next = (at: number) => lines[at + 1]?.replace(/^[ >]*\(?/, "").startsWith("ii)");
  const marks = first === "i" && next(start) ? ROMANS : LETTERS;
  const items = [start];
  let last = start;
  for (let i = start + 1; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) {
    const letter = LETTER.exec(lines[i] ?? "")?.[3];
    if (letter !== undefined && letter === marks[items.length]) items.push(i);
    else if (letter !== undefined) break;
    last = i;
  }
  if (items.length < 2) return start;
  for (const i of items)
    lines[i] = (lines[i] as string).replace(
      LETTER,
      (mark, lead: string) => `${lead}-${" ".repeat(mark.length - lead.length - 1)}`,
    );
  return last;
}
