/**
 * The sets one block gives as value-sets.ts reads the page block by block: a list, a run of
 * named paragraphs from here, a statements table's values row or column, a table of values.
 * Each handler takes the block or leaves it to the rest of the loop.
 */
import type { List, Paragraph, Table } from "mdast";
import { acronymLine } from "./acronyms.js";
import { criteriaList, seriesLabels, swotGrid } from "./analysis-grids.js";
import type { DocBlock } from "./blocks.js";
import { boldWithin } from "./bold-within.js";
import { disownedList } from "./disowned.js";
import {
  COUNT,
  countedNoun,
  hashtagLine,
  idealQualities,
  mentions,
  namesLine,
  phrasesLine,
  splitItems,
  thingsDone,
  valuesMention,
} from "./enumeration.js";
import { type BlockRun, type FoundSet, replacing } from "./found-sets.js";
import { colonCount } from "./lead-counts.js";
import { listItems } from "./list-items.js";
import { continuesPoints, quotesListed, tagsListed } from "./listicle-points.js";
import type { SectionNodes } from "./sections.js";
import {
  type Announcement,
  countedByHeading,
  previousParagraph,
  sectionIntroCount,
  subHeadingOver,
} from "./set-counts.js";
import { namesWays, pillarsNamingValues, setKindIn, steps } from "./set-kinds.js";
import { leadsInForOther, pointsElsewhere } from "./set-owners.js";
import { CALLED_VALUES, headingAbove, NAMED_SET, underDatedHeading } from "./set-sections.js";
import { speakerTurns } from "./speaker-turns.js";
import { IS_NOT_LEAD } from "./statement-cues.js";
import { ownColumn } from "./statement-tables.js";
import { datesList, figuresList } from "./table-figures.js";
import { isTakeawaysList } from "./takeaways.js";
import { plainText } from "./text.js";
import {
  boldNames,
  labelledApart,
  namesSetApart,
  ownItems,
  paragraphRun,
} from "./value-paragraphs.js";
import {
  BEHAVIOUR_HEADER,
  comparesNames,
  portfolioTable,
  TABLE_HEADER,
  tableValues,
  thingsTable,
} from "./value-tables.js";
import { latestColumn } from "./version-columns.js";
import { weighsColumn } from "./weighed-tables.js";

/**
 * The set an item of `list` names over its own nested list ("- Our values" over "- Courage", …),
 * among other facts. `announcing`: only an item that counts it before a colon ("We agreed five
 * values:" over "- **Welcome** – …") — meeting notes giving the set one level down, the notes
 * around it no set, whatever the section.
 */
function nestedSet(list: List, announcing: boolean) {
  for (const item of list.children) {
    const [lead, sub] = item.children;
    if (!lead || sub?.type !== "list") continue;
    const text = plainText(lead).trim();
    const mention = mentions(text).at(-1);
    if (!mention || (announcing && (mention.count === null || !/:\s*$/.test(text)))) continue;
    const items = listItems(sub, !announcing);
    if (!items || items.length < 2) continue;
    return { mention, place: null, text, items, counted: announcing };
  }
  return null;
}

/** A nested set (nestedSet) placed after the list that holds it. */
function afterList(
  list: List,
  nested: NonNullable<ReturnType<typeof nestedSet>>,
  name: string | null,
): FoundSet {
  const given = nested.counted ? nested : undefined;
  const kind = nested.counted ? nested.mention.kind : "values";
  const set = replacing(list, kind, given, nested.items, "list", name);
  return { ...set, anchor: { node: list, mode: "after", absorbed: [] } };
}

/**
 * What the loop over blocks shares with its handlers: the sets found so far, the lead-in waiting
 * for its list, and the last block that gave a set.
 */
export interface Reading {
  blocks: DocBlock[];
  found: FoundSet[];
  announcement: Announcement | undefined;
  lastSetBlock: number;
  /** The names the paragraphs use, read once and only if a table needs them. */
  prose: () => Set<string>;
  /** The company's names. */
  names: string[];
  /** How many paragraphs of a section each name opens (speaker-turns.ts), read once a section. */
  turns: (section: SectionNodes) => ReadonlyMap<string, number>;
}

/** The block being read and what its section is. */
export interface Here {
  index: number;
  block: DocBlock;
  section: SectionNodes;
  name: string | null;
  inSetSection: boolean;
  headed: Announcement | undefined;
  waysSection: boolean;
  pledges: boolean;
  dated: boolean;
}

/** A list as a set. Each handler returns the last block it took, or undefined when it took none. */
export function fromList(reading: Reading, here: Here, node: List): number | undefined {
  const { blocks, found } = reading;
  const { index, section, name, headed, pledges, waysSection } = here;
  // ("- … We agreed five values:" over a nested list: meeting notes give the set one level down;
  // the notes around it are no set.)
  const announced = nestedSet(node, true);
  if (announced) {
    found.push(afterList(node, announced, name));
    reading.lastSetBlock = index;
    reading.announcement = undefined;
    return index;
  }
  // (A list under "### Commitments for 2027" is targets, whatever its section names.)
  const inSetSection = here.inSetSection && !underDatedHeading(blocks, index);
  const takeaways = isTakeawaysList(blocks, index);
  // ("### Our values" inside "## Who we are", a paragraph on what they are for, then the names
  // set apart: the sub-heading titles the list.)
  /** The paragraph right above the list, read once. */
  const leadSentences = previousParagraph(blocks, index) ?? [];
  const leadIn = leadSentences.at(-1)?.text ?? "";
  // (Under "## What we stand for", "Gareth reckons there are four things that … . We've written
  // them down …:" counts the list in a sentence before its colon — a lead-in naming no set: one
  // that does has been read for its count already, "three principles, unlike the values of …".)
  const given =
    countedByHeading(reading.announcement, headed) ??
    reading.announcement ??
    headed ??
    ((!inSetSection && namesSetApart(node) && subHeadingOver(blocks, index)) || undefined) ??
    (inSetSection && !leadSentences.some((s) => mentions(s.text).length)
      ? sectionIntroCount(blocks, index, countedNoun)
      : undefined);
  // Full-sentence items are values only where the text says the list is the values: right
  // before its colon, or as the lead-in's subject ("The values are on the careers page, written
  // as sentences rather than single words:").
  const close =
    given !== undefined &&
    !given.mention.goals &&
    (given.mention.count !== null ||
      (given.distance ?? 0) <= 30 ||
      SET_SUBJECT.test(given.text ?? ""));
  const sentences = (inSetSection && !pledges) || close;
  const listed = takeaways ? null : ownItems(listItems(node, sentences, sentences || waysSection));
  // ("The best values statements are:" over "- short", "- specific": no set.)
  // (Nor, under a values heading, a list its lead-in gives as targets: "sets annual targets,
  // for example:" over "90% of patients …".)
  // (Nor a list the text says is not the values: "Those checks are not our values.")
  // (Nor, once the section has given its set, a list under a bold label of its own that
  // names none: "**Related stories**" closing a news piece starts another part of the page.)
  const relabelled =
    !given &&
    found.some((f) => f.set.section === name) &&
    labelledApart(section.nodes[section.nodes.indexOf(node) - 1]);
  // ("Quernside lists six values, each with a paragraph:" on a page about Dunsop: the rival's.
  // Only a name the lead-in opens on itself: "They are short on purpose:" after "ExCo agreed
  // three principles." is the company's own board.)
  const othersLead =
    (/:\s*$/.test(leadIn) && pointsElsewhere(leadIn, "", reading.names)) ||
    leadsInForOther(leadSentences, reading.names);
  const targets =
    othersLead ||
    // ("A vision statement … It is not:" over "- **a goal**, …": what the thing is not.)
    IS_NOT_LEAD.test(leadIn) ||
    (!given && targetsLead(leadIn)) ||
    COUNTED_TARGETS.test(leadIn) ||
    (!given && (ADVICE_LEAD.test(leadIn) || OFFER_LEAD.test(leadIn))) ||
    // ("Three things Arvo did that I've rarely seen since:": practices someone saw, not values.)
    thingsDone(leadIn) ||
    disownedList(blocks, index) ||
    relabelled ||
    // (Nor, under a heading dated "Our 2030 commitments", a list its lead-in counts without
    // naming values: "five commitments to reach by 2030".)
    (here.dated && section.kind !== "vision" && !leadSentences.some((s) => NAMED_SET.test(s.text)));
  // (Nor a strip of products and their prices: "Desk lamp — £120.00"; nor a timeline, each item
  // named by its year: "**2027:** all milk local"; nor stories each tagged with the value they
  // show: "a florist paid within two days (Speed)".)
  const items =
    (listed &&
      (idealQualities(given?.text ?? "", listed) ||
        figuresList(listed) ||
        datesList(listed) ||
        tagsListed(
          listed.map((i) => i.name),
          found.flatMap((f) => f.set.values.map((v) => v.name)),
        ) ||
        swotGrid(listed.map((i) => i.name)) ||
        seriesLabels(listed.map((i) => i.name)) ||
        criteriaList(listed.map((i) => `${i.name} ${i.description ?? ""}`)))) ||
    targets
      ? null
      : listed;
  // `Name: description` bullets under a Vision heading are the vision's parts — unless the
  // paragraph leading into them speaks of the values ("## The vision and values" … "The values
  // have not changed. Acme lists three:").
  const described = section.kind === "vision" && items?.every((i) => i.description);
  const valuesLead = leadSentences.some((s) => /\b(?:values|principles|beliefs)\b/i.test(s.text));
  // (Nor the qualities an analysis finds in the statement: "The vision statement has the
  // following characteristics:".)
  const qualitiesLead = leadSentences.some((s) => STATEMENT_QUALITIES.test(s.text));
  // (Nor, under a sub-heading of their own, the plan's objectives: "### Our objectives for
  // 2024–2027" inside "## Where we're going".)
  const goalsHeading = described && GOALS_HEADING.test(headingAbove(blocks, index) ?? "");
  const visionParts = described && !valuesLead && !qualitiesLead && !goalsHeading;
  const valuesParts = described && valuesLead && !given;
  // Under "How we work together", items that set their names apart (in bold, or alone on a line)
  // name the ways of working, as paragraphs do.
  // (Not once the page has named its values: "## How we work day to day" after "## Our operating
  // principles" is its practicalities — async first, core hours.)
  const ways =
    waysSection &&
    items !== null &&
    !found.some((f) => f.kind === "values" && f.set.section !== name) &&
    namesSetApart(node) &&
    namesWays(items) &&
    !steps(node, items);
  if (items && (given || inSetSection || visionParts || valuesParts || ways)) {
    const kind =
      pillarsNamingValues(section) || valuesParts
        ? "values"
        : (given?.mention.kind ??
          (section.kind === "pillars" || (visionParts && !given) ? "pillars" : "values"));
    // ("Acme lists three:": a bare count over the values' parts counts them.)
    const listed = valuesParts ? colonCount(leadIn) : null;
    const counted = listed
      ? { mention: valuesMention(listed.count, 0), place: null, text: leadIn }
      : given;
    found.push(replacing(node, kind, counted, items, "list", name));
    reading.lastSetBlock = index;
    reading.announcement = undefined;
    return index;
  }
  reading.announcement = undefined;
  // "- Our values" with the values as sub-bullets, among other facts.
  const nested = nestedSet(node, false);
  if (nested) {
    found.push(afterList(node, nested, name));
    reading.lastSetBlock = index;
    return index;
  }
  // Not a set itself, but its items may name one ("Core values include …" in a takeaway).
  return undefined;
}

/**
 * In a values section (or after an announcement), paragraphs that each start with a name:
 * "Compassion: we treat …".
 */
export function fromParagraphs(reading: Reading, here: Here, node: Paragraph): number | undefined {
  const { blocks, found } = reading;
  const { block, section, name, inSetSection, headed, waysSection } = here;
  const { index } = here;
  if (!(inSetSection || reading.announcement || waysSection)) return undefined;
  /** The run's values are the set, drawn in place of its paragraphs; the last one taken. */
  const take = (run: BlockRun) => {
    const given = reading.announcement ?? headed;
    found.push(
      replacing(node, setKindIn(section, given), given, run.values, "list", name, run.absorbed),
    );
    reading.lastSetBlock = index + run.absorbed.length;
    reading.announcement = undefined;
    return reading.lastSetBlock;
  };
  const run = paragraphRun(blocks, index);
  const named =
    inSetSection || reading.announcement || namesWays(run.values) || boldNames(node, run);
  if (
    run.values.length >= 2 &&
    named &&
    !swotGrid(run.values.map((v) => v.name)) &&
    !speakerTurns(run.values, reading.turns(section)) &&
    !continuesPoints(blocks, index) &&
    !quotesListed(
      run.values.map((v) => v.name),
      found.flatMap((f) => f.set.values.map((v) => v.name)),
    )
  )
    return take(run);
  // Under a values heading, paragraphs that each name their value in bold inside: as many as
  // the heading or lead-in counts, else three or more.
  const essays = inSetSection ? boldWithin(blocks, index) : null;
  const counting = (reading.announcement ?? headed)?.mention.count ?? null;
  if (essays && (counting === null ? essays.values.length >= 3 : essays.values.length === counting))
    return take(essays);
  // "Curiosity · Care · Candour", "Local. Seasonal. Honest.": a line of names only.
  // (Under a values heading, a lone sentence of noun phrases too: "Safety, courtesy and care
  // for the harbour.")
  const lone = inSetSection && block.sentences.length === 1;
  // ("CARE: Courage, Accountability, Respect, Empathy": the names the acronym packs.)
  // ("#Candour #Craft #Generosity" only after a lead-in: the post's closing tags are no set.)
  const line =
    acronymLine(plainText(node)) ??
    namesLine(plainText(node)) ??
    (lone ? phrasesLine(plainText(node)) : null) ??
    (reading.announcement ? hashtagLine(plainText(node)) : null);
  if (line) {
    const given = reading.announcement ?? headed;
    const values = line.map((item) => ({ ...item, line: node.position?.start.line ?? 1 }));
    found.push(replacing(node, setKindIn(section, given), given, values, "inline", name));
    reading.lastSetBlock = index;
    reading.announcement = undefined;
    return index;
  }
  return undefined;
}

/** The values row or column of a statements table. */
export function fromStatementsTable(reading: Reading, here: Here, node: Table): number | undefined {
  const { found, names, prose } = reading;
  const { index, name } = here;
  // ("| | Loomwise | Brightpage |": other organisations' columns; their values are not the
  // company's. With the company's own column among them, the cell in that one.)
  const own = ownColumn(node, names, prose);
  if (own === -1) return undefined;
  // "| Values | Clarity, patience, honesty and craft |" in a Mission/Vision/Values table.
  // (Not a row of evidence on the values: "| Values | Free classes, open kitchens |" under
  // "| Statement | Evidence |".)
  const row = weighsColumn(node, 1)
    ? undefined
    : node.children.find((r) => VALUES_ROW.test(plainText(r.children[0] ?? r)));
  // "| Purpose | Vision | Values |" over one row: the cell under "Values".
  const [header, only, ...more] = node.children;
  const column = (header?.children ?? []).findIndex((c) => VALUES_ROW.test(plainText(c)));
  // ("| | 2009 | 2022 |": versions side by side; the latest column holds the values now.)
  const cell =
    row?.children[own ?? latestColumn(node) ?? 1] ??
    (column > 0 && only && more.length === 0 ? only.children[column] : undefined);
  const listed = cell ? splitItems(plainText(cell).replace(/[.!]\s*$/, ""), true) : null;
  if (listed) {
    const line = (row ?? only)?.position?.start.line ?? 1;
    const values = listed.map((item) => ({ ...item, line }));
    found.push(replacing(node, "values", undefined, values, "table", name));
    reading.lastSetBlock = index;
    reading.announcement = undefined;
    return index;
  }
  return undefined;
}

/** A table's first column headed as the pillars: "Pillar", "Strategic pillars". */
const PILLAR_HEADER = /^\W*(?:(?:our|strategic|the)\s+)?pillars?\W*$/i;

/** A table of values, under a values heading or after a lead-in that announces it. */
export function fromValuesTable(reading: Reading, here: Here, node: Table): number | undefined {
  const { blocks, found, prose } = reading;
  const { index, section, name, inSetSection, headed, waysSection, dated } = here;
  const header = node.type === "table" ? (node.children[0]?.children ?? []).map(plainText) : [];
  // "| | Mission | Vision | Values |" over rows of traits compares the terms; it lists no values.
  const glossary = header.some((h) => STATEMENT_HEADER.test(h));
  const headedTable =
    !dated &&
    (header.some((h) => TABLE_HEADER.test(h)) ||
      (header.some((h) => BEHAVIOUR_HEADER.test(h)) &&
        /\b(?:we|our)\b/i.test(headingAbove(blocks, index) ?? section.heading)));
  // (Or any table a sentence just announced: "We hire for three values:" over "| Name | … |" —
  // leading into it with its colon; a paragraph that only counts the pillars may be followed by
  // the year's figures.)
  // (Or one the sentence before the table calls the values: "They are the closest thing it has
  // to company values.")
  const announced =
    reading.announcement?.text !== undefined &&
    (/:\s*$/.test(reading.announcement.text) || CALLED_VALUES.test(reading.announcement.text));
  const opened = inSetSection || headedTable || announced;
  // (Nor a table the text says is not the values: "These are requirements, not values:".)
  // (Nor one a lead-in gives to a rival: "… and its values are published as" after "Kindlecup
  // is a different animal.")
  if (
    node.type === "table" &&
    !glossary &&
    (opened || waysSection) &&
    !disownedList(blocks, index) &&
    !leadsInForOther(previousParagraph(blocks, index), reading.names)
  ) {
    const values = comparesNames(node, prose) || portfolioTable(node) ? null : tableValues(node);
    // (Under "How we work", only a table whose rows are named like values — not one of the
    // tools or meetings the company works with.)
    if (values && (opened || (namesWays(values) && !thingsTable(node)))) {
      const given =
        reading.announcement ??
        headed ??
        (headedTable ? sectionIntroCount(blocks, index, countedNoun) : undefined);
      // ("| Pillar | What it covers | … |" after "It is built on four pillars": the header names
      // the set's kind.)
      const kind = header.some((h) => PILLAR_HEADER.test(h))
        ? "pillars"
        : setKindIn(section, given);
      found.push(replacing(node, kind, given, values, "table", name));
      reading.lastSetBlock = index;
      reading.announcement = undefined;
      return index;
    }
  }
  return undefined;
}

/** A lead-in whose subject is the set, ending on its colon: "The values are …:". */
const SET_SUBJECT =
  /^\W*(?:the|our|its|their|[\p{Lu}][\p{L}&'’-]*['’]s?)\s+(?:[\p{L}-]+\s+)?(?:values|principles|beliefs)\s+(?:are|were)\b[^.!?]*:\s*$/iu;

/** A lead-in that gives the list after its colon as targets or goals, not values. */
const targetsLead = (text: string) => /:\s*$/.test(text) && TARGETS.test(text);
/**
 * A lead that names the list as advice — "**Interview checklist**", "A few tips from our staff:",
 * "Next steps:" — the noun closing the label or the lead-in: what to do, not the values (which
 * may be imperatives too: "Own the handoff").
 */
const ADVICE_LEAD =
  /\b(?:check-?list|tips|pointers|to-?do(?:\s+list)?|(?:next\s+)?steps|dos\s+and\s+don['’]ts)\b[^.:;!?]{0,30}:?\s*$/i;
const TARGETS = /\b(?:targets?|goals?|objectives?|kpis?|milestones?)\b/i;
/**
 * "Every membership includes:", "With every plan you get:", "The box comes with:": what a product
 * or a membership gives, listed — an offer, not values.
 */
// (So is what the organisation runs or offers: "… which is why we run:".)
const OFFER_LEAD =
  /\b(?:includes?|comes?\s+with|you(?:['’]ll)?\s+(?:get|receive)|is\s+included|we\s+(?:also\s+)?(?:run|offer|provide|operate|organi[sz]e|host|sell|deliver))\s*:\s*$/i;
/**
 * Goals counted just before the colon lead in targets even where the sentence names the values
 * ("Beside these values, Acme set itself three goals for 2031:").
 */
const COUNTED_TARGETS = new RegExp(
  String.raw`\b${COUNT}\s+(?:[\p{L}-]+\s+)?(?:targets|goals|objectives|kpis|milestones)\b[^.:;!?]{0,40}:\s*$`,
  "iu",
);

const VALUES_ROW = /^\s*(?:our\s+|core\s+)?values\s*$/i;
/** A sub-heading naming what a plan sets out to do: "Our objectives for 2024–2027". */
const GOALS_HEADING = /\b(?:objectives?|goals?|targets?|aims?|milestones|kpis?|actions?)\b/i;

/** "characteristics", "strengths": what an analysis finds in a statement, not its parts. */
const STATEMENT_QUALITIES =
  /\b(?:characteristics|qualities|strengths|weaknesses|traits|attributes|merits|flaws)\b/i;

const STATEMENT_HEADER = /^\s*(?:our\s+)?(?:mission|vision|purpose)\b/i;
