/**
 * Value sets and pillars as cards. At most six cards a slide; each slide takes the most natural
 * grid (3 across, 2×2 for four) at large, then regular, then compact type, then other column
 * counts, and a set that fits none of these continues on the next slide ("Core values (1/2)").
 */
import type { Model, ValueSet } from "../../../schema/schema.js";
import { plural, setClaim } from "../../shared/claims.js";
import type { SetTitle } from "../../shared/set-titles.js";
import { capitalize } from "../../shared/text.js";
import { cardGridHeight, type Density } from "../layout/layout.js";
import type { Card, CardsSlide } from "../layout/types.js";
import { paginate, splitText } from "./paginate.js";
import { contentHeightFor, header, pageTitle, spoken } from "./plan-common.js";
import { formatLines, sourceNote, speakerNotes, uniqueLines } from "./sources.js";

const MAX_CARDS = 6;

/** Column counts to try for `count` cards, most natural first. */
function columnChoices(count: number): number[] {
  if (count <= 1) return [1];
  if (count === 2) return [2, 1];
  if (count === 3) return [3, 1];
  if (count === 4) return [2, 4, 1];
  return [3, 2];
}

/** The first grid the cards fit in, or null when they need more than one slide. */
export function cardLayout(
  cards: Card[],
  height: number,
): { columns: number; density: Density } | null {
  if (cards.length > MAX_CARDS) return null;
  const [natural = 1, ...others] = columnChoices(cards.length);
  const candidates: [number, Density][] = [
    [natural, "large"],
    [natural, "regular"],
    [natural, "compact"],
    ...others.map((columns): [number, Density] => [columns, "regular"]),
    ...others.map((columns): [number, Density] => [columns, "compact"]),
  ];
  for (const [columns, density] of candidates) {
    if (cardGridHeight(cards, columns, density) <= height) return { columns, density };
  }
  return null;
}

interface Item {
  card: Card;
  line: number;
}

/** Cards of a set; a description too long for a slide of its own continues on a second card. */
function items(set: ValueSet, height: number): Item[] {
  return set.values.flatMap((value) => {
    const card = { name: capitalize(value.name), description: value.description };
    if (!value.description || cardLayout([card], height)) return [{ card, line: value.line }];
    return splitText(value.description, (part) =>
      Boolean(cardLayout([{ ...card, description: part }], height)),
    ).map((description, index) => ({
      card: { name: `${card.name}${index === 0 ? "" : " (continued)"}`, description },
      line: value.line,
    }));
  });
}

function countNote(set: ValueSet): string {
  const listed = set.values.length;
  if (set.declaredCount === null) return `The text lists ${listed} without announcing a number.`;
  const where = set.declaredAt ? ` (${formatLines([set.declaredAt.line])})` : "";
  return set.declaredCount === listed
    ? `The text announces ${set.declaredCount}${where} and lists ${listed}.`
    : `The text announces ${set.declaredCount}${where} but lists ${listed}: the numbers disagree.`;
}

/** The slides of one value set (or the pillars); none for an empty set. */
export function planCards(model: Model, set: ValueSet, named: SetTitle): CardsSlide[] {
  if (set.values.length === 0) return [];
  const title = named.title;
  const where = set.section ?? model.meta.company;
  const kicker = named.own ? `${where} · ${model.meta.company}’s own list` : where;
  const badge = setClaim(set).badge;
  const height = contentHeightFor(kicker, title, badge);
  const pages = paginate(items(set, height), (page) =>
    Boolean(
      cardLayout(
        page.map((item) => item.card),
        height,
      ),
    ),
  );
  const form = {
    list: "a list",
    headings: "sub-headings",
    inline: "one sentence",
    table: "a table",
    "front-matter": "front matter",
  }[set.form];

  return pages.map((page, index): CardsSlide => {
    const cards = page.map((item) => item.card);
    const lines = uniqueLines([
      set.line,
      ...(set.declaredAt ? [set.declaredAt.line] : []),
      ...page.map((item) => item.line),
    ]);
    const layout = cardLayout(cards, height) ?? { columns: 1, density: "compact" as const };
    return {
      kind: "cards",
      ...header(kicker, pageTitle(title, index, pages.length), badge),
      badge,
      ...layout,
      cards,
      notes: speakerNotes(
        [
          `${title}: ${spoken(cards.map((card) => card.name))}.`,
          named.own ? `The text presents this list as ${model.meta.company}'s own.` : null,
          `${plural(set.values.length, "entry", "entries")} written as ${form}. ${countNote(set)}`,
        ],
        sourceNote(model.meta.source, lines),
      ),
      lines,
    };
  });
}
