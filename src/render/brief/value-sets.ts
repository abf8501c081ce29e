/** View of a value set (or the pillars) as the brief draws it: cards plus count badges. */
import type { ValueSet } from "../../schema/schema.js";
import { type SetClaim, setClaim } from "../shared/claims.js";
import { sourceRef } from "../shared/format.js";
import type { SetTitle } from "../shared/set-titles.js";
import { capitalize } from "../shared/text.js";

export interface ValueCardView {
  name: string;
  description: string | null;
  ref: string;
}

/** Value sets and the pillars share a shape; only their words differ. */
const KINDS = {
  values: { unit: { one: "value", many: "values" } },
  pillars: { unit: { one: "pillar", many: "pillars" } },
} as const;

/**
 * Cards per band: a grid is drawn as bands, each printed whole, so a page breaks only between
 * bands. Six is two full rows of the printed grid (three columns, two for long descriptions) and
 * a whole number of rows at every width the screen shows (one, two or three columns), so on screen
 * the bands line up as one grid.
 */
const BAND = 6;

/** A last band this small would be one row alone at a page top: it joins the band before. */
const LONE_ROW = 3;

/** The cards in bands: a set of up to nine cards is one band, moved whole rather than split. */
function bandsOf<T>(cards: readonly T[]): T[][] {
  const bands: T[][] = [];
  for (let start = 0; start < cards.length; start += BAND) {
    bands.push(cards.slice(start, start + BAND));
  }
  const last = bands.at(-1);
  if (bands.length > 1 && last && last.length <= LONE_ROW) {
    bands.pop();
    bands.at(-1)?.push(...last);
  }
  return bands;
}

/** Descriptions longer than this get wider cards (two columns rather than three). */
const LONG_DESCRIPTION = 140;

export interface ValueSetView {
  kind: keyof typeof KINDS;
  /** Anchor of the set in the analysis, so the glance and the source notes can link to it. */
  id: string;
  /** A title no other set of the document shares (the deck's slide title too). */
  label: string;
  /** The text presents this set as the company's own list. */
  own: boolean;
  count: number;
  /** What the count badge counts ("5 values", "3 pillars"). */
  unit: { one: string; many: string };
  declaredCount: number | null;
  /** The text announces a number of values that its list does not match. */
  mismatch: boolean;
  /** Counts and the mismatch badge, worded as the deck words them. */
  claim: SetClaim;
  /** Enumerated in a sentence that is also shown as a paragraph just before the cards. */
  inline: boolean;
  form: ValueSet["form"];
  section: string | null;
  ref: string;
  declaredRef: string | null;
  values: ValueCardView[];
  /** Some description is long enough to need wider cards. */
  detailed: boolean;
  /** The cards in bands of whole rows, each printed on one page (see BAND). */
  bands: ValueCardView[][];
}

export function valueSetView(
  set: ValueSet,
  id: string,
  kind: keyof typeof KINDS,
  title: SetTitle,
  source: string,
): ValueSetView {
  const claim = setClaim(set);
  const values = set.values.map((value) => ({
    // Capitalised as the deck shows them ("courage" in a sentence is the value "Courage").
    name: capitalize(value.name),
    description: value.description,
    ref: sourceRef(source, value.line),
  }));
  return {
    kind,
    id,
    label: title.title,
    own: title.own,
    count: set.values.length,
    unit: KINDS[kind].unit,
    declaredCount: set.declaredCount,
    mismatch: claim.mismatch,
    claim,
    inline: set.form === "inline",
    form: set.form,
    section: set.section,
    ref: sourceRef(source, set.line),
    // Lines only: columns are for the author and stay in "Where each finding comes from".
    declaredRef: set.declaredAt ? sourceRef(source, set.declaredAt.line) : null,
    values,
    detailed: set.values.some((value) => (value.description?.length ?? 0) > LONG_DESCRIPTION),
    bands: bandsOf(values),
  };
}
