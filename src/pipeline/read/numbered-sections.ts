/**
 * `##` headings right after a lead-in that together are one list, though each opens a section of
 * its own: numbered ones ("… these eight principles." then "## 1. Own the outcome", "## 2. Call
 * early"), bound by numbering from 1 in order; or unnumbered ones right after a lead-in that counts
 * them and points ahead ("The five values below …" then "## Children first", …), bound by the
 * count: as many short-named sections as it announces.
 */
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { COUNT, mentions } from "./enumeration.js";
import type { SectionNodes } from "./sections.js";
import { plainText } from "./text.js";

const NUMBERED = /^\s*(\d+)[.)]\s+(.+)$/;

/** Sections that are the page's parts: a statement, the FAQ, the takeaways. */
const PART_KINDS = new Set(["mission", "vision", "faq", "takeaways"]);
/** A heading that names a set speaks of it: "Our values", "The pillars". */
const SET_WORDS = /\b(?:values|principles|pillars|beliefs)\b/i;

/** At most this many words to a name: a part's heading, not a sentence. */
const MAX_WORDS = 8;
/** At most this many when the lead-in counts the parts. */
const COUNTED_MAX_WORDS = 12;

/**
 * The sections right after the one that ends at `index`, when at least two of them in a row are
 * numbered 1, 2, … with short names: their names (the number dropped) and their text.
 */
export function numberedSections(blocks: DocBlock[], index: number): Value[] | null {
  const values: Value[] = [];
  for (const section of sectionsAfter(blocks, index)) {
    const match = NUMBERED.exec(section.heading);
    const name = match?.[2]?.trim() ?? "";
    // (Once two in order have set the run up, the numbering binds the next one, a longer name
    // too: "## 6. Say no to the order you can't keep".)
    const long = values.length >= 2 ? Number.POSITIVE_INFINITY : MAX_WORDS;
    if (Number(match?.[1]) !== values.length + 1 || !partName(section, name, long)) break;
    values.push(part(section, name));
  }
  return values.length >= 2 ? values : null;
}

/** "below", "the following", "as follows", a closing colon: the lead-in points ahead to the list. */
const AHEAD = /\b(?:below|following|as\s+follows)\b|:\s*$/i;

/**
 * "It's the seven principles we use to make decisions …": the company's own counted set, said
 * as what it keeps now, points to the parts after it as plainly as "below" (not "the values we
 * used to have").
 */
const WE_HOLD = new RegExp(
  String.raw`\b(?:the|our|these)\s+${COUNT}\s+(?:[\p{L}-]+\s+)?(?:values|principles|beliefs|rules|habits|commitments)\s+(?:that\s+|which\s+)?we\s+(?!used\b|had\b|once\b|dropped\b|replaced\b|retired\b)`,
  "iu",
);

/**
 * The `count` sections right after the one that ends at `index`, when the lead-in there counts
 * them and points ahead to them, and each is unnumbered, short-named and has text of its own.
 * Fewer than the count: no list (but see `oneShort`). (A count that looks back, "these two
 * values", binds nothing.)
 */
export function countedSections(
  blocks: DocBlock[],
  index: number,
  /**
   * `ahead`: the lead points ahead where it stands (a counted heading over no list of its own, or
   * the opening of a page whose title names the set). There, with no count, every short-named
   * part in a row is one (at least two; "# What we value" over "## Respect", "## Honesty").
   * `oneShort`: the lead vouches for a run one short of its count too, the count then disagreeing
   * with the list.
   */
  lead: { count: number | null; text: string; ahead?: boolean; oneShort?: boolean },
): Value[] | null {
  const { count } = lead;
  if (count === null ? !lead.ahead : count < 2) return null;
  if (!(lead.ahead || AHEAD.test(lead.text) || WE_HOLD.test(lead.text))) return null;
  const values: Value[] = [];
  const sections = sectionsAfter(blocks, index);
  for (const section of sections.slice(0, count ?? undefined)) {
    const name = section.heading.trim();
    // (A count vouches for longer names: "Leave your team able to carry on without us".)
    if (!textPart(section, name, count === null ? MAX_WORDS : COUNTED_MAX_WORDS)) break;
    if (count === null && FURNITURE.test(name)) break;
    // (An article's parts, not values, when one holds a set of its own announced with its
    // count: "### In with the new" over "… sets out five new values:" and the list.)
    if (count === null && holdsCountedSet(section)) return null;
    values.push(part(section, name));
  }
  if (count === null) return values.length >= 2 ? values : null;
  if (
    values.length !== count &&
    !(lead.oneShort && values.length >= 3 && values.length === count - 1)
  )
    return null;
  // ("Our four values …" over "### Kind", "### Safe", "### Open", "### Proud", "### Inclusive": a
  // one-word section after one-word counted ones is one more of them, and the count disagrees
  // with the list; "### Working with us", "## Visit a shop" or "### The NHS Constitution" is not —
  // nor anything after names of several words, which a page's next parts share.)
  if (values.some((value) => words(value.name) > 1)) return values;
  for (const section of sections.slice(count)) {
    const name = section.heading.trim();
    if (words(name) > 1 || !textPart(section, name) || FURNITURE.test(name) || TOPIC.test(name))
      break;
    values.push(part(section, name));
  }
  return values;
}

const words = (name: string) => name.split(/\s+/).length;

/** An unnumbered, short-named part with text of its own: one of the counted sections. */
const textPart = (section: SectionNodes, name: string, maxWords = MAX_WORDS) =>
  !NUMBERED.test(name) &&
  partName(section, name, maxWords) &&
  section.nodes.some((node) => node.type === "paragraph");

/** A one-word part of a page, not a value: "Summary", "History", "Downloads". */
const TOPIC =
  /^(?:summary|overview|history|background|conclusions?|resources|downloads|feedback|references|notes|sources|faqs?)$/i;

/** A list in the section right after a paragraph that counts a set and ends on a colon. */
function holdsCountedSet(section: SectionNodes): boolean {
  return section.nodes.some((node, i) => {
    const before = section.nodes[i - 1];
    if (node.type !== "list" || before?.type !== "paragraph") return false;
    const text = plainText(before).trim();
    return text.endsWith(":") && mentions(text).some((mention) => mention.count !== null);
  });
}

/** A part that invites the reader on rather than naming a value ("Join us", "Open roles"). */
const FURNITURE =
  /\b(?:join|careers?|jobs|vacancies|open roles|contact|get in touch|work with us|apply|subscribe|newsletter|read more|related)\b/i;

/** The block after `index`, past any rule ("---") of its section: a rule separates nothing. */
function pastRules(blocks: DocBlock[], index: number): number {
  let after = index + 1;
  const here = blocks[index]?.section;
  while (blocks[after]?.section === here && blocks[after]?.node.type === "thematicBreak") after++;
  return after;
}

/** The block at `index` is its section's last (a rule after it aside). */
export function closesSection(blocks: DocBlock[], index: number): boolean {
  return blocks[pastRules(blocks, index)]?.section !== blocks[index]?.section;
}

/** The sections after the one ending at `index`, at the depth of the first; none if it goes on. */
function sectionsAfter(blocks: DocBlock[], index: number): SectionNodes[] {
  const here = blocks[index]?.section;
  const after = pastRules(blocks, index);
  const next = blocks[after];
  if (!here || !next || next.section === here) return [];
  const sections: SectionNodes[] = [];
  for (const block of blocks.slice(after)) {
    if (block.section.depth !== next.section.depth) break;
    if (sections.at(-1) !== block.section) sections.push(block.section);
  }
  return sections;
}

/** A short name that is no part of the page ("Our mission", "FAQ") and asks nothing. */
function partName(section: SectionNodes, name: string, maxWords = MAX_WORDS): boolean {
  if (!name || words(name) > maxWords || /\?\s*$/.test(name)) return false;
  // ("## 1. Our mission", "## 3. Our values": the page's parts, numbered, not one list.)
  return !PART_KINDS.has(section.kind) && !SET_WORDS.test(name);
}

function part(section: SectionNodes, name: string): Value {
  const description = section.nodes.map((node) => plainText(node)).join(" ");
  return { name, description: description || null, line: section.line };
}
