/**
 * What `npm run eval` takes as `--half` and `--variant`, apart from the modules that read and
 * rewrite the corpus: a mistyped option is refused before the reader and its NLP model load.
 */
export const HALVES = ["dev", "held"] as const;
export type Half = (typeof HALVES)[number];

/** The rewrites of variants.ts, which gives one for each name. */
export const VARIANT_NAMES = [
  "restyled",
  "underlined",
  "wrapped",
  "straight",
  "curly",
  "bare",
  "imported",
  "bold-titles",
  "plain-titles",
] as const;
export type Variant = (typeof VARIANT_NAMES)[number];
