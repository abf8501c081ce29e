/**
 * Text copied out of a PDF or a word processor lists with "•" (or "●", "▪") at the start of each
 * line, items hard-wrapped with an indent, and Markdown reads all of it as one paragraph: a
 * council's values or a plan's pillars went unread. Each such glyph becomes "-" before parsing, one
 * character for one, so the lines parse as a list and every position still points into the
 * source. Front matter and code are left as written; a glyph inside a line ("Prices • Contact")
 * is a separator, not a list.
 */

/** Block-quote markers and up to three spaces: where a list marker may stand. */
const LEAD = String.raw`(?: {0,3}>[ \t]?)*[ ]{0,3}`;
const GLYPH = new RegExp(String.raw`^(${LEAD})[•●▪](?=[ \t])`);
/** A keycap number ("1️⃣", a digit, maybe a variation selector, the enclosing keycap). */
const KEYCAP = new RegExp(String.raw`^(${LEAD})(\d)(\uFE0F?)\u20E3(?=[ \t])`);
const FENCE = new RegExp(String.raw`^${LEAD}(\`{3,}|~{3,})`);

export function markGlyphBullets(source: string): string {
  if (!/[•●▪]|\u20E3/.test(source)) return source;
  const lines = source.split("\n");
  let index = 0;
  // YAML front matter: from an opening `---` on the first line to its closing line.
  if (lines[0]?.trimEnd() === "---") {
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    index = close === -1 ? lines.length : close + 1;
  }
  let fence: string | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes on a run of its own character at least as long.
      if (marker?.startsWith(fence.charAt(0)) && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    lines[index] = line
      .replace(GLYPH, "$1-")
      // (A post numbers its points with keycap emoji: "1️⃣ Keep it short" → "1.  Keep it short".)
      .replace(KEYCAP, (_, lead: string, digit: string, selector: string) =>
        selector ? `${lead}${digit}. ` : `${lead}${digit}.`,
      );
  }
  return lines.join("\n");
}
