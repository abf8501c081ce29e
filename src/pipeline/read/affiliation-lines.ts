/**
 * "Part of the Weald Schools Trust", "A member of the Coastal Hotels Group", "Supported by the Arts
 * Fund": a line saying what the organisation belongs to or who backs it. It names others — a
 * group, a partner, a funder — so it is page furniture, never a mission or vision, however it is
 * set off under a heading.
 */

/** The opening of such a line, then a capitalised name (after "the", if any). */
const AFFILIATION =
  /^\W*(?:(?:an?\s+)?(?:proud\s+)?(?:part|member|division|subsidiary|branch)\s+of|(?:run|owned|operated|supported|funded|sponsored|backed|accredited)\s+by|in\s+(?:partnership|association)\s+with)\s+(?:the\s+)?\p{Lu}/iu;

/** Whether `text` (a line or short paragraph) only says what the organisation belongs to. */
export function affiliationLine(text: string): boolean {
  const match = AFFILIATION.exec(text);
  // (The name must be capitalised even though the cue is matched in any case.)
  return match !== null && /\p{Lu}/u.test(match[0].at(-1) ?? "");
}
