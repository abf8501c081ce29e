/**
 * Text as compared: what a reader would not call a change — case, quote marks, apostrophes,
 * whitespace and line breaks, a closing full stop — is taken out.
 */

const APOSTROPHES = /[’‘`´]/g;
const DOUBLE_QUOTES = /["“”„«»]/g;
// A straight single quote used as a quotation mark, not inside a word ("Acme's" keeps it).
const SINGLE_QUOTES = /(?<!\p{L})'|'(?!\p{L})/gu;

/** Quotes unified and whitespace collapsed; case kept (for showing a word diff). */
export function tidy(text: string): string {
  return text
    .normalize("NFKC")
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, "")
    .replace(SINGLE_QUOTES, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The comparison key: tidy, lower case, without closing punctuation. */
export function normalise(text: string): string {
  return tidy(text)
    .toLowerCase()
    .replace(/[\s.,;:!?]+$/, "");
}

function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** How much two texts share, by words (Dice coefficient): 0 nothing, 1 the same words. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const word of right) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const count = pool.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
