/**
 * The counts that announce a set ("our four values", "## Our five values", "… three pillars."
 * right before a list): where value-sets.ts finds how many values a set says it has.
 */
import type { RootContent } from "mdast";
import type { Place } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import {
  COUNT,
  countAt,
  LEAD_NOUN,
  type LeadCount,
  type Mention,
  mentions,
  parseCount,
  routeMention,
  valuesMention,
} from "./enumeration.js";
import { picture } from "./interludes.js";
import { sectionLeadCount } from "./lead-counts.js";
import { type SectionNodes, sectionKind } from "./sections.js";
import type { Sentence } from "./sentences.js";
import { datedHeading, formerHeading } from "./set-sections.js";
import { plainText } from "./text.js";

export interface Announcement {
  mention: Mention;
  place: Place | null;
  /** Characters between the set word and the colon ("values are:" 4, "values show up … in:" 40). */
  distance?: number;
  /** The announcing sentence, kept as the set's `intro`. */
  text?: string;
}

/**
 * The sentences of the paragraph right before `index` in its section, if there is one — across a
 * rule set between them ("These six principles came out of it." over `---` over the first one),
 * or an icon over the first heading ("![a compass](compass.svg)" over "### Own the outcome").
 */
export function previousParagraph(blocks: DocBlock[], index: number): Sentence[] | undefined {
  const between = (node: RootContent | undefined) =>
    node?.type === "thematicBreak" || (node?.type === "paragraph" && picture(node));
  let at = index - 1;
  if (between(blocks[at]?.node)) at--;
  const previous = blocks[at];
  const same = previous?.section === blocks[index]?.section && previous?.node.type === "paragraph";
  return same ? previous.sentences : undefined;
}

/**
 * "Back in 2016 we wrote down 10 rules for the bakehouse. … The things we actually care about are
 * a shorter list: good flour, fair pay and the early shift." over "### Good flour", "### Fair
 * pay", "### The early shift": a later sentence of the lead-in names every heading of the run
 * itself, so the count before it counted something else — whatever it counted, not this set.
 */
export function countedOther(
  blocks: DocBlock[],
  index: number,
  intro: Announcement | undefined,
  names: string[],
): boolean {
  const sentences = previousParagraph(blocks, index);
  if (!intro?.text || intro.mention.count === names.length || !sentences) return false;
  const at = sentences.findIndex((s) => s.text === intro.text);
  if (at === -1) return false;
  const lower = names.map((n) => n.toLowerCase());
  return sentences
    .slice(at + 1)
    .some((s) => lower.every((name) => s.text.toLowerCase().includes(name)));
}

/**
 * What a heading's count may count that is not the set: a span of time or a measure ("five
 * minutes with …"), or the questions an interview puts ("Three questions about our values").
 */
const NOT_COUNTED = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|questions?|per\s*cent|percent)`;
/**
 * "Four things we hold to", "The five things we stand for": a count opening a values heading, or
 * opening what the heading says after the set's name ("The Fellside Code: four things we live by").
 */
export const COUNTED_HEADING = new RegExp(
  String.raw`^\W*(?:[^:]{1,60}:\s+)?(?:(?:our|the)\s+)?(${COUNT})\s+(?!${NOT_COUNTED}\b)\w+`,
  "i",
);
/**
 * A sub-heading that titles its list without a count ("### Values for learning") under a section
 * heading that counts the set ("## Our six values"): the section's count, the title's label. So
 * does a lead-in that names the set without a count ("Everything we do is shaped by our values,
 * which …:" under "## Our three values").
 */
export function countedByHeading(
  titled: Announcement | undefined,
  headed: Announcement | undefined,
): Announcement | undefined {
  if (!titled || !headed || titled.mention.count !== null) return;
  if (titled.mention.kind !== headed.mention.kind) return;
  return {
    ...titled,
    mention: { ...titled.mention, count: headed.mention.count },
    place: headed.place,
  };
}

/**
 * A sub-heading that names what the company holds by a verb, not a set word ("### Three things
 * we believe", "### What we stand for"): the values, counted when the heading opens with a count.
 * ("### Our culture" over a list is as often perks as values: not here.)
 */
export function heldHeading(heading: string): Mention | undefined {
  if (sectionKind(heading) !== "values" || /\bculture\b/i.test(heading)) return undefined;
  const count = COUNTED_HEADING.exec(heading)?.[1];
  return count ? valuesMention(parseCount(count), 0) : valuesMention();
}

/** A counted mention in the section's heading ("Our five values"). */
export function headingCount(section: SectionNodes): Announcement | undefined {
  const place = { line: section.line, column: 1 };
  const mention = mentions(section.heading).find((m) => m.count !== null);
  if (mention) return { mention, place };
  // "Four things we hold to", "Three words we live by": a values heading that starts with a count.
  const count = COUNTED_HEADING.exec(section.heading)?.[1];
  if (!count || (section.kind !== "values" && !countedLeadHeading(section.heading)))
    return undefined;
  const label = "Values";
  return {
    mention: { kind: "values", label, count: parseCount(count), countIndex: 0, end: 0 },
    place,
  };
}

/**
 * "Six behaviours", "Four things we roast by", "Our five promises": a heading that is only a count
 * of a generic noun a set is called by (and what the company does by them) — not "Three things
 * to know before you visit".
 */
export function countedLeadHeading(heading: string): boolean {
  return COUNTED_LEAD.test(heading);
}

const COUNTED_LEAD = new RegExp(
  String.raw`^\W*(?:(?:our|the)\s+)?${COUNT}\s+${LEAD_NOUN}(?:\s+(?:we|I)\s+(?:\w+\s+){0,2}(?:by|to|on|for))?\W*$`,
  "i",
);

/**
 * A count in the paragraph right before `index` ("… three pillars."). In its last sentence it
 * announces what follows; earlier ("Our culture rests on five principles. We wrote them down …")
 * only when the run that follows has exactly that many parts.
 */
export function countedBefore(
  blocks: DocBlock[],
  index: number,
): { announcement: Announcement; exact: boolean } | null {
  const previous = previousParagraph(blocks, index);
  if (!previous) return null;
  const last = previous.length - 1;
  for (let position = last; position >= 0; position--) {
    const announcement = countedIn(previous[position] as Sentence);
    if (announcement) return { announcement, exact: position < last };
  }
  return countedNext(previous);
}

/**
 * "Then the values. Pennock has four of them, and …": a set named in one sentence, counted in the
 * next by "N of them".
 */
function countedNext(sentences: Sentence[]): { announcement: Announcement; exact: boolean } | null {
  for (const [position, sentence] of sentences.entries()) {
    const count = HAS_OF_THEM.exec(sentence.text) ?? THEM_AS.exec(sentence.text);
    const named =
      position > 0 ? mentions((sentences[position - 1] as Sentence).text)[0] : undefined;
    if (!count?.[1] || !named || named.count !== null) continue;
    const at = countAt(count, count[1]);
    const mention = { ...named, count: parseCount(count[1]), countIndex: at };
    return {
      announcement: { mention, place: sentence.at(at), text: sentence.text },
      exact: true,
    };
  }
  return null;
}
/**
 * "People call them our values. I think of them as three promises …", "They are four habits …":
 * the set the sentence before names, counted by another noun.
 */
const THEM_AS = new RegExp(
  String.raw`^\W*(?:(?:i|we)\s+(?:think\s+of|see|treat)\s+them\s+as|they\s+are|they['’]re)\s+(${COUNT})\s+\p{L}`,
  "iu",
);
/** "Pennock has four of them", "There are five of them", "It lists three of them". */
const HAS_OF_THEM = new RegExp(
  String.raw`^\W*(?:there\s+are|(?:it|they|we|[\p{Lu}][\p{L}'’&-]*(?:\s+[\p{Lu}][\p{L}'’&-]*){0,3})\s+(?:has|have|had|lists?|names?|keeps?))\s+(?:just\s+|only\s+)?(${COUNT})\s+of\s+them\b`,
  "iu",
);

/**
 * "Five habits we hold each other to.", "Three ideas we hire for and work by.": the paragraph right
 * before a run of headings counts the company's own ways by another noun. Exact: the run must
 * hold as many (see value-sets.ts).
 */
export function ownWaysBefore(
  blocks: DocBlock[],
  index: number,
): { announcement: Announcement; exact: boolean } | null {
  const previous = previousParagraph(blocks, index);
  const sentence = previous?.length === 1 ? previous[0] : undefined;
  const match = sentence ? OWN_WAYS.exec(sentence.text) : null;
  if (!sentence || !match?.[1]) return null;
  const mention = valuesMention(parseCount(match[1]), match.index);
  return {
    announcement: { mention, place: sentence.at(match.index), text: sentence.text },
    exact: true,
  };
}
/**
 * A count, a noun for ways, and the company holding to them: "habits we hold …", "ideas we work
 * by" — or the ways guiding what it does: "Three things guide every piece we make", "Three
 * principles shape how we work".
 */
const OWN_WAYS = new RegExp(
  String.raw`^\W*(?:(?:the|our)\s+)?(${COUNT})\s+(?:[\p{L}-]+\s+)?(?:(?:habits|rules|ideas|things|promises|behaviou?rs)\s+(?:that\s+)?we\s+(?:all\s+)?(?:hold|live|work|hire|keep|follow|share|run|stand|care|try)\b|(?:habits|rules|ideas|things|principles|beliefs)\s+(?:guide|shape|steer)\s+(?:every|each|all|everything|how|what)\s+(?:\p{L}+\s+)?(?:we|I)\b)`,
  "iu",
);

/** The sentence as the announcement of a set, when it counts one ("our four values"). */
export function countedIn(sentence: Sentence): Announcement | null {
  const mention =
    mentions(sentence.text).find((m) => m.count !== null) ?? routeMention(sentence.text, false);
  return mention
    ? { mention, place: sentence.at(mention.countIndex ?? 0), text: sentence.text }
    : null;
}

/** The paragraph right before `index` names a set ("These are the principles we hire for"). */
export function leadNamesSet(blocks: DocBlock[], index: number): boolean {
  return (previousParagraph(blocks, index) ?? []).some((s) => mentions(s.text).length > 0);
}

/**
 * The block above `index` past at most two paragraphs of its section introducing what follows
 * ("### Four values instead of eleven" over "Each value comes with a behaviour …" over "####
 * Plain speaking"), and how many paragraphs stand between.
 */
function aboveIntro(blocks: DocBlock[], index: number): { above?: DocBlock; between: number } {
  let at = index - 1;
  while (
    at > index - 3 &&
    blocks[at]?.node.type === "paragraph" &&
    blocks[at]?.section === blocks[index]?.section
  )
    at--;
  return { above: blocks[at], between: index - 1 - at };
}

/** A set's announcement by the heading `above`: its mention, and its line when it counts. */
function headingAnnouncement(above: DocBlock): Announcement | null {
  const mention = mentions(plainText(above.node))[0];
  if (!mention) return null;
  const line = above.node.position?.start.line ?? 1;
  return { mention, place: mention.count === null ? null : { line, column: 1 }, distance: 0 };
}

/**
 * "### Our values" over "#### Kindness" inside a broader part ("## Who we are"): the sub-heading
 * announces the set its deeper headings name, one value each.
 */
export function titleAbove(blocks: DocBlock[], index: number): Announcement | null {
  const node = blocks[index]?.node;
  const { above } = aboveIntro(blocks, index);
  if (node?.type !== "heading" || above?.node.type !== "heading") return null;
  if (above.section !== blocks[index]?.section) return null;
  // (A site builder sets a grid's title at its cards' level, right above them: "### Six
  // principles we build by" over "### Plain English" — a title that counts the set.)
  const level = above.node.depth === node.depth - 1;
  const sameLevel =
    above.node.depth === node.depth &&
    blocks[index - 1] === above &&
    mentions(plainText(above.node))[0]?.count != null;
  return level || sameLevel ? headingAnnouncement(above) : null;
}

/**
 * "### Our values" inside a broader part, then a paragraph on what they are for, then the list at
 * `index`: the sub-heading titles the list as it would right above it. (Right above, the heading
 * leads in itself; a dated or former set's heading is no announcement of the company's set now.)
 */
export function subHeadingOver(blocks: DocBlock[], index: number): Announcement | null {
  const { above, between } = aboveIntro(blocks, index);
  if (between === 0 || above?.node.type !== "heading" || above.section !== blocks[index]?.section)
    return null;
  const text = plainText(above.node);
  return datedHeading(text) || formerHeading(text) ? null : headingAnnouncement(above);
}

/** A heading that names a set ("### Our Principles"): it may stand between a lead-in and its list. */
export function namesSet(node: RootContent): boolean {
  return node.type === "heading" && mentions(plainText(node)).length > 0;
}

/**
 * Under a values heading, the paragraph right before the set counting it without the set word
 * ("## What we care about" over "Four things, in no particular order."); `count` reads the
 * count (a table's header names its rows, so over it a counted noun is enough: "Four behaviours
 * make up the Northline Way.").
 */
export function sectionIntroCount(
  blocks: DocBlock[],
  index: number,
  count: (text: string) => LeadCount | null = sectionLeadCount,
): Announcement | undefined {
  for (const sentence of previousParagraph(blocks, index) ?? []) {
    const lead = count(sentence.text);
    if (lead)
      return {
        mention: valuesMention(lead.count, lead.index),
        place: sentence.at(lead.index),
        text: sentence.text,
      };
  }
  return undefined;
}

/** A counted mention ("our four values") in the section's text before `index`. */
export function introCount(
  blocks: DocBlock[],
  index: number,
  section: SectionNodes,
): Announcement | undefined {
  for (const block of blocks.slice(0, index)) {
    if (block.section !== section) continue;
    for (const sentence of block.sentences) {
      const counted = countedIn(sentence);
      if (counted) return counted;
    }
  }
  return undefined;
}

/**
 * "Here is what each of the five has asked of me." closing a part whose earlier paragraph counted
 * the set ("On the other were five values, …"): the bare count points back to that set, which
 * the parts after it take up one each. The earlier mention announces it.
 */
export function countedBackTo(blocks: DocBlock[], index: number): Announcement | null {
  const block = blocks[index];
  const bare = block?.sentences.map((s) => EACH_OF_THE.exec(s.text)?.[1]).find(Boolean);
  // ("Here's what each value means in practice." after "… all eight values below.": one member
  // at a time, the set the part counted before.)
  const each = block?.sentences.some((s) => EACH_ONE.test(s.text));
  if (!block || !(bare || each)) return null;
  const count = bare ? parseCount(bare) : null;
  for (let i = index - 1; i >= 0 && blocks[i]?.section === block.section; i--) {
    for (const sentence of (blocks[i] as DocBlock).sentences) {
      const mention = mentions(sentence.text).find((m) =>
        count === null ? m.count !== null && m.kind === "values" : m.count === count,
      );
      if (mention)
        return { mention, place: sentence.at(mention.countIndex ?? 0), text: sentence.text };
    }
  }
  return null;
}
/** "what each value means", "every principle below": the set named one member at a time. */
const EACH_ONE = /\b(?:each|every)\s+(?:value|principle|belief|pillar|behaviou?r)\b/i;

const EACH_OF_THE = new RegExp(
  String.raw`\b(?:each|every\s+one|all|any)\s+of\s+the\s+(${COUNT})\b`,
  "iu",
);
