/**
 * A page's timeline: headings that name periods ("### 1961–1989: Founding and growth", "### 1990–
 * 2015: Export years", "### 2016–present: Employee ownership"). A period the page's own timeline
 * closes — a later heading starts in or after the year it ends — tells of the past: a mission it
 * gives ("early catalogues stated its mission as …") is history, not the current one.
 */
import type { DocBlock } from "./blocks.js";
import { Phrasings } from "./statement-group.js";
import { tokens } from "./statement-span.js";
import type { Candidate, StatementKind } from "./statements.js";
import { plainText } from "./text.js";

/** "1961–1989", "(2016–2024)" at a heading's start: a period and its end. */
const PERIOD = /^\W*(\d{4})\s*[–—-]\s*(?:(\d{4})|present|today|now)\b/i;

/** The blocks under a heading that names a period a later heading of the page has moved past. */
export function pastPeriodBlocks(blocks: DocBlock[]): Set<DocBlock> {
  // Each block's nearest heading: a heading block inside its section, else the section's own.
  let heading = "";
  let section: DocBlock["section"] | undefined;
  const under = blocks.map((block) => {
    if (block.section !== section) {
      section = block.section;
      heading = block.section.heading;
    }
    if (block.node.type === "heading") heading = plainText(block.node);
    return heading;
  });
  const periods = [...new Set(under)].flatMap((text) => {
    const match = PERIOD.exec(text);
    return match
      ? [{ text, start: Number(match[1]), end: match[2] ? Number(match[2]) : null }]
      : [];
  });
  // (The latest start after each period, from the end: one pass, however long the timeline.)
  const closed = new Set<string>();
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i] as (typeof periods)[number];
    if (period.end !== null && latest >= period.end) closed.add(period.text);
    latest = Math.max(latest, period.start);
  }
  return new Set(blocks.filter((_, i) => closed.has(under[i] ?? "")));
}

/** "History", "Our heritage", "Early years", "2. Origins", "History [edit]": a part on the past. */
const HISTORY_HEADING =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:our|its|the|company|corporate)\s+)?(?:history|origins?|early\s+(?:years|days)|heritage|beginnings|how\s+(?:it|we|they)\s+(?:all\s+)?(?:began|started))(?:\s*\[edit\])?\W*$/i;

/**
 * A wording given only under the page's history is a past one when the page states the same kind
 * outside it, in other words ("## History" telling the 1994 mission, "## Corporate identity"
 * today's); alone, it is the statement the page has. (Not "## Background": a case study's
 * background tells the present.)
 */
export function outsideHistory<C extends Candidate>(candidates: C[]): C[] {
  const past = candidates.map((c) => HISTORY_HEADING.test(c.occurrence.section ?? ""));
  // What is stated outside the history, kind by kind, found by its words (linear time).
  const now = new Map<StatementKind, Phrasings<true>>();
  candidates.forEach((c, i) => {
    if (past[i]) return;
    const words = tokens(c.text);
    const phrasings = now.get(c.kind) ?? new Phrasings<true>();
    now.set(c.kind, phrasings);
    if (!phrasings.find(words)) phrasings.add(words, true);
  });
  return candidates.filter((c, i) => {
    const stated = now.get(c.kind);
    return !past[i] || !stated || stated.find(tokens(c.text)) !== undefined;
  });
}
