/** The word-level diff of a rewording (jsdiff's diffWords), on tidied text so quotes and line breaks do not show. */
import { diffWords } from "diff";
import { tidy } from "./normalise.js";
import type { WordPart } from "./schema.js";

export function wordDiff(old: string, next: string): WordPart[] {
  return diffWords(tidy(old), tidy(next), { ignoreCase: true }).map((part) => ({
    text: part.value,
    op: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
