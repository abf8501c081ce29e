/**
 * "When it was founded, its mission was “…”. The new wording, published on Tuesday, reads: “…”":
 * a sentence giving "the new wording" (version, text) of a statement quotes it; which statement
 * it is, the sentences before say by name. (An old wording is caught, as any, by the words that
 * retire it: "the original wording reads".)
 */
import type { StatementKind } from "./statements.js";

/** "The new wording, published on Tuesday alongside …, reads: “": up to the opening quote. */
const WORDING =
  /^\W*(?:the|its|their|our)\s+(?:[\p{L}-]+\s+)?(?:wording|version|text|statement)(?:,\s+[^"“.;:!?]{1,120},)?\s+(?:reads|says|runs|states|is\s+now|now\s+reads)\s*:?\s*(?=["“])/iu;

/**
 * "Here it is: “", "Here's the new wording: “", "It reads: “": a sentence pointing at the
 * statement the one before named ("… published its new purpose statement this morning.").
 */
const POINTED =
  /^\W*(?:here\s+it\s+is|here['’]s\s+(?:the\s+|its\s+)?(?:new\s+|full\s+)?(?:wording|line|text|statement|version)|it\s+(?:now\s+)?(?:reads|says|goes))\s*:\s*(?=["“])/iu;

/**
 * The quoted words a statement may be: "To carry …", a verb's clause, or a future "A coast …"
 * (or, pointed at, a gerund's clause: "Connecting our region to the world …").
 */
const WORDED = /^["“]\s*(?:to\s+\p{L}|an?\s+\p{L})/iu;
const GERUND_WORDED = /^["“]\s*\p{L}+ing\s+\p{L}/iu;

/** Where the quotation starts when `text` gives a wording; -1 when it does not. */
export function wordingStart(text: string): number {
  const match = WORDING.exec(text);
  if (match) return WORDED.test(text.slice(match[0].length)) ? match[0].length : -1;
  const pointed = POINTED.exec(text);
  if (!pointed) return -1;
  const rest = text.slice(pointed[0].length);
  return WORDED.test(rest) || GERUND_WORDED.test(rest) ? pointed[0].length : -1;
}

const NAMED = /\b(mission|vision)\b|\b(?:its|their|our|new)\s+purpose\b|\bpurpose\s+statement\b/gi;

/** The statement the sentences before name last ("its mission was …"), nearest first. */
export function namedBefore(texts: string[]): StatementKind | null {
  for (const text of [...texts].reverse()) {
    // ("its new purpose statement": the purpose is the mission.)
    const words = [...text.matchAll(NAMED)];
    const last = words.at(-1);
    if (last) return last[1] ? (last[1].toLowerCase() as StatementKind) : "mission";
  }
  return null;
}
