/**
 * The quadrants of an analyst's grid, not a company's values: "**Strengths:** …",
 * "**Weaknesses:** …", "**Opportunities:** …", "**Threats:** …" under a heading on the values
 * weigh them; a SWOT is never a set (and leaves the values' announced count to the real one).
 */
const SWOT = new Set([
  "strength",
  "strengths",
  "weakness",
  "weaknesses",
  "opportunity",
  "opportunities",
  "threat",
  "threats",
]);

/** Names that are at least three of a SWOT's four quadrants, and nothing else. */
export function swotGrid(names: string[]): boolean {
  const keys = names.map((n) => n.toLowerCase().replace(/[^\p{L}]+/gu, ""));
  const quadrants = new Set(keys.map((k) => k.replace(/(?:es|s)$/, "")));
  return keys.length >= 3 && keys.every((k) => SWOT.has(k)) && quadrants.size >= 3;
}
