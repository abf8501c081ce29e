/** Source-line references for speaker notes and variant labels: "lines 62, 64–69". */

/** Sorted, de-duplicated line numbers. */
export function uniqueLines(lines: Iterable<number>): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** "line 7", "lines 3, 9", "lines 62, 64–69" (runs of three or more become ranges). */
export function formatLines(lines: Iterable<number>): string {
  const sorted = uniqueLines(lines);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    if (end - index >= 2) {
      parts.push(`${sorted[index]}–${sorted[end]}`);
    } else {
      for (let i = index; i <= end; i += 1) parts.push(String(sorted[i]));
    }
    index = end + 1;
  }
  const many = sorted.length > 1;
  return `${many ? "lines" : "line"} ${parts.join(", ")}`;
}

/** The last speaker-note paragraph of every slide. */
export function sourceNote(source: string, lines: Iterable<number>): string {
  const sorted = uniqueLines(lines);
  return sorted.length > 0 ? `Source: ${source} ${formatLines(sorted)}` : `Source: ${source}`;
}

/**
 * A slide's speaker notes: what the presenter can say (a sentence or two), then where it comes
 * from, so the notes read as talking points first and a reference after.
 */
export function speakerNotes(talk: (string | null)[], source: string): string[] {
  return [...talk.filter((point): point is string => point !== null), source];
}
