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

/** The quoted words a statement may be: "To carry …", a verb's clause, or a future "A coast …". */
const WORDED = /^["“]\s*(?:to\s+\p{L}|an?\s+\p{L})/iu;

/** Where the quotation starts when `text` gives a wording; -1 when it does not. */
export function wordingStart(text: string): number {
  const match = WORDING.exec(text);
  if (!match) return -1;
  const start = match[0].length;
  return WORDED.test(text.slice(start)) ? start : -1;
}

/** The statement the sentences before name last ("its mission was …"), nearest first. */
export function namedBefore(texts: string[]): StatementKind | null {
  for (const text of [...texts].reverse()) {
    const words = [...text.matchAll(/\b(mission|vision)\b/gi)];
    const last = words.at(-1)?.[1];
    if (last) return last.toLowerCase() as StatementKind;
  }
  return null;
}
