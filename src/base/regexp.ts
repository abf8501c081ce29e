/** `text` as whole words: matched literally, not inside a longer word ("Safe" is not in "Safety"). */
export function wordPattern(text: string, flags = "u"): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(text)}(?![\p{L}\d])`, flags);
}

/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
