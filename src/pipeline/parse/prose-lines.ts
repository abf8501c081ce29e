/**
 * The source's lines Markdown reads as prose, for the rewrites made before parsing, character for
 * character (glyph-bullets.ts, column-rows.ts): front matter and fenced code are left as written.
 */

/** Block-quote markers and up to three spaces: where a list marker or a fence may stand. */
export const LEAD = String.raw`(?: {0,3}>[ \t]?)*[ ]{0,3}`;
const FENCE = new RegExp(String.raw`^${LEAD}(\`{3,}|~{3,})`);

/** Calls `visit` with the index of each prose line in turn; it returns the last index it used. */
export function eachProseLine(lines: string[], visit: (index: number) => number): void {
  let index = 0;
  // YAML front matter: from an opening `---` on the first line to its closing line.
  if (lines[0]?.trimEnd() === "---") {
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    index = close === -1 ? lines.length : close + 1;
  }
  let fence: string | undefined;
  for (; index < lines.length; index++) {
    const marker = FENCE.exec(lines[index] ?? "")?.[1];
    if (fence !== undefined) {
      // A fence closes on a run of its own character at least as long.
      if (marker?.startsWith(fence.charAt(0)) && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    index = visit(index);
  }
}
