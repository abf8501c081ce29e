/**
 * Numbered titles on a page whose titles are bold or plain lines: "6. Rigour" after "5. Welcome",
 * "Pillar 3: Local" after "Pillar 2: Open". A reader takes a title that continues a numbering as
 * the sibling of the one before it, at its level, however long its text runs ("6. Rigour" with two
 * paragraphs is the sixth value, not a new part; "4. Tone of voice" after the pillars is the
 * fourth part again).
 */

/** "6. Rigour", "2) Care", "Pillar 3: Local": the numbering's form ("." or "pillar") and number. */
export function numbering(title: string): { form: string; n: number } | null {
  const match = /^(?:(\p{L}+)\s+)?(\d{1,2})([.):])?\s/u.exec(title);
  if (!match?.[2] || !(match[1] || match[3])) return null;
  return { form: match[1]?.toLowerCase() ?? (match[3] as string), n: Number(match[2]) };
}

/** The level of each numbering's last title, to place the next title of the same numbering. */
export class TitleNumbers {
  /**
   * Per numbering: its last number and depth (null: left a line), and the shallowest title
   * placed since.
   */
  private readonly last = new Map<string, { n: number; depth: number | null; since: number }>();

  /**
   * The depth of the title the one before `title` numbered, when `title` continues it. (A part
   * placed shallower since — "Our values" after "2. Wording" — closes it: "3." is that part's
   * sibling, not its item.)
   */
  depthOf(title: string): number | null {
    const before = this.before(title);
    return before && before.depth !== null ? Math.min(before.depth, before.since) : null;
  }

  /**
   * Whether `title` continues a numbering whose last title was left a line, no title placed
   * since: "3. …" after "1. …" and "2. …" left as lines is their sibling, whatever its text runs
   * to (a photo, an aside after it).
   */
  continuesLine(title: string): boolean {
    const before = this.before(title);
    return !!before && before.depth === null && !Number.isFinite(before.since);
  }

  /** The entry of the title `title` continues (its numbering's, one number before), if any. */
  private before(title: string) {
    const number = numbering(title);
    const before = number && this.last.get(number.form);
    return before && before.n === number.n - 1 ? before : undefined;
  }

  /** Notes a title placed at `depth`, or left a line (null). */
  note(title: string, depth: number | null): void {
    if (depth !== null)
      for (const entry of this.last.values()) entry.since = Math.min(entry.since, depth);
    const number = numbering(title);
    if (number)
      this.last.set(number.form, { n: number.n, depth, since: depth ?? Number.POSITIVE_INFINITY });
  }
}

/** "Pillar 2: Open", "Value 3 – Care": one numbered item of a kind, not the part of that kind. */
export const numberedItem = (title: string): boolean =>
  /^(?:pillar|value|principle|belief|priority|commitment)\s+\d{1,2}\b/i.test(title);
