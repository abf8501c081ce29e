/**
 * Titles that tell a document's value sets apart, shared by the brief (cards, glance, notes) and
 * the deck (slide titles, so PDF bookmarks too). Texts often give several lists all called "core
 * values"; each gets the first of these that no other set shares: its own label, the count its
 * lead-in announces ("Six core values"), the label with the heading it sits under, and last a
 * number among the sets that still share a title. The set the text presents as the company's
 * own ("Acme's values are", "our values", "Acme has six core values") is marked.
 */
import { escapeRegExp } from "../../base/regexp.js";
import { countWord } from "../../pipeline/diagnostics/rule.js";
import type { Model, ValueSet } from "../../schema/schema.js";
import { capitalize } from "./text.js";

export interface SetTitle {
  title: string;
  /** The text presents this set as the company's own list. */
  own: boolean;
}

function candidates(set: ValueSet, fallback: string): string[] {
  const base = capitalize(set.label.trim() || fallback);
  const counted =
    set.declaredCount !== null
      ? capitalize(`${countWord(set.declaredCount)} ${base.toLocaleLowerCase()}`)
      : base;
  const placed = set.section ? `${base} under “${set.section}”` : base;
  return [base, counted, placed];
}

/** "Acme's values", "our core values", "Acme has six core values", "we value". */
function ownerPattern(company: string): RegExp {
  const name = escapeRegExp(company.trim());
  const set = String.raw`(?:[\w-]+\s+){0,3}(?:values|principles|beliefs)\b`;
  return new RegExp(
    String.raw`\b(?:(?:our|${name}['’]s?)\s+${set}|${name}\s+(?:has|holds|lists|names|defines|has\s+established)\s+${set}|we\s+value\b)`,
    "i",
  );
}

/** Titles for `model.valueSets` in order, then for the pillars (when there are any). */
export function setTitles(model: Model): { valueSets: SetTitle[]; pillars: SetTitle | null } {
  const sets = [...model.valueSets, ...(model.pillars ? [model.pillars] : [])];
  const options = sets.map((set) => candidates(set, set === model.pillars ? "Pillars" : "Values"));
  const shared = (level: number, title: string, self: number) =>
    options.some((other, index) => index !== self && other[level] === title);
  const titles = options.map((choices, index) => {
    const level = choices.findIndex((title, at) => !shared(at, title, index));
    return level >= 0 ? (choices[level] as string) : (choices.at(-1) as string);
  });
  // Sets that still share a title are numbered in text order.
  const numbered = titles.map((title, index) => {
    const same = titles.flatMap((other, at) => (other === title ? [at] : []));
    return same.length > 1 ? `${title} (${same.indexOf(index) + 1} of ${same.length})` : title;
  });
  const owner = ownerPattern(model.meta.company);
  const ownIndex = model.valueSets.findIndex((set) => owner.test(set.intro ?? ""));
  const result = numbered.map((title, index) => ({ title, own: index === ownIndex }));
  return {
    valueSets: result.slice(0, model.valueSets.length),
    pillars: model.pillars ? (result.at(-1) ?? null) : null,
  };
}
