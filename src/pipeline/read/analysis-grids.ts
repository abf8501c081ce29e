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

/**
 * The nine components a strategy textbook says a mission statement covers — customers, products
 * or services, markets, technology, concern for survival, philosophy, self-concept, public
 * image, employees — listed or tabled by an essay that scores a mission against them: a
 * yardstick, never the company's pillars or values.
 */
const MISSION_COMPONENTS = [
  /^customers\b/,
  /^products?\b/,
  /^markets\b/,
  /^technology\b/,
  /\bsurvival\b/,
  /^philosophy\b/,
  /^self[\s-]?concept\b/,
  /\bpublic\s+image\b/,
  /\bconcern\s+for\s+employees\b|^employees\b/,
];

/** Names that are five or more of the components, and two in three of them at least. */
export function missionComponents(names: string[]): boolean {
  const lower = names.map((name) => name.trim().toLowerCase());
  const hits = MISSION_COMPONENTS.filter((c) => lower.some((name) => c.test(name))).length;
  const named = lower.filter((name) => MISSION_COMPONENTS.some((c) => c.test(name))).length;
  return hits >= 5 && named * 3 >= names.length * 2;
}

/**
 * "**Card A:** …", "**Card B:** …"; "Step 1", "Task 2", "Exhibit 3": a series of labelled parts of
 * a lesson, a case or a process, named by their letter or number — never values.
 */
const SERIES_LABEL =
  /^(?:card|step|task|option|exhibit|scenario|case|question|activity|stage|phase|part|figure|table|appendix|round|level|module|unit|lesson|session|example|group|slide)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b/i;

/** Names that are, all but one at most, labels of a series (`SERIES_LABEL`). */
export function seriesLabels(names: string[]): boolean {
  const labels = names.filter((name) => SERIES_LABEL.test(name.trim())).length;
  return labels >= 2 && labels >= names.length - 1;
}

/**
 * "- the statement should mention family farms by name;", "- it must fit on a mug": what a
 * thing (not "we") should be or do — criteria for a wording, never values.
 */
const CRITERION = /^\W*(?:the|it|this|each|every|a|an)\b[^.;:!?]{0,60}?\b(?:should|must)\b/i;

/** Items every one of which is such a criterion. */
export function criteriaList(items: string[]): boolean {
  return items.length >= 2 && items.every((item) => CRITERION.test(item));
}
