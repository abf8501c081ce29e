/**
 * Under a heading that names the set or the company's ways ("## Our behaviours"), the lead-in's
 * last sentence may count what follows without the set word: "There are four.", "The crew chose
 * three behaviours at the spring meeting." The heading has named the set; the count is its.
 */
import { COUNT, countedNoun, type LeadCount, type Mention, parseCount } from "./enumeration.js";

/**
 * "There are four.", "There are seven of them.": a bare count, the whole sentence or its first
 * clause ("There are six, and …", "There are still four of them, and they fit on a card:"), a
 * speaker's label before it in an interview ("Rosa: There are four of them:").
 */
const BARE_COUNT = new RegExp(
  String.raw`^\s*(?:[A-Z][A-Za-z.'’ -]{0,30}:\s+)?there\s+are\s+(?:still\s+|now\s+|only\s+|just\s+)?(${COUNT})(?:\s+of\s+them)?\s*(?:[.!:]?\s*$|,\s+and\s)`,
  "i",
);

/**
 * "… their values too, the page lists four:": a bare count right before the colon (or before a
 * clause of its own: "The new page has four, and they line up with …:"), told by a verb of giving
 * or of cutting down ("So we cut to three:"), counts the set the sentence has named; so does one
 * opening the sentence as its subject ("But the values had to earn their place. The four that
 * survived:").
 */
const COLON_COUNT = new RegExp(
  String.raw`\b(?:lists?|names?|gives?|has|have|includes?|sets?\s+out|are|(?:cut|narrowed|trimmed|whittled)\s+(?:(?:it|them|the\s+list)\s+)?(?:down\s+)?to|settled\s+on)\s+(?:all\s+|just\s+)?(${COUNT})(?:,\s+(?:and|which)\s[^.:;!?]{1,80})?\s*:\s*$|^\W*(?:the|these|those)\s+(${COUNT})\s+(?:that|which|we|who)\b[^.:;!?]{0,40}:\s*$`,
  "i",
);

export function colonCount(text: string): LeadCount | null {
  const match = COLON_COUNT.exec(text);
  const count = match?.[1] ?? match?.[2];
  if (!match || !count) return null;
  const at = match[1] ? match[0].lastIndexOf(count) : match[0].indexOf(count);
  return { count: parseCount(count), index: match.index + at };
}

const IN_PLACE_OF =
  /\b(?:in\s+place\s+of|instead\s+of|replacing)\s+(?:the|its|our|their)?\s*(?:old\s+)?$/i;
const NEW_COUNT = new RegExp(
  String.raw`\b(${COUNT})\s+(?:[a-z-]+\s+)?(?:values|principles|beliefs|behaviou?rs|habits|rules|commitments)\b`,
  "i",
);

/**
 * "replaced the old list of seven values with four that …:": the number after "with" or "to"
 * is the new list's, the counted set before it the old one.
 */
const REPLACED_BY = new RegExp(
  String.raw`^\s+(?:with|to|into|down\s+to)\s+(?:just\s+|only\s+)?(${COUNT})\b(?!\s*(?:%|of\b|per\b|percent\b|years?\b|months?\b))`,
  "i",
);

export function replacedCount(text: string, mention: Mention): Mention {
  if (mention.count === null) return mention;
  // ("In place of the eleven values, Osterfeld now has four behaviours, …:": the set counted after
  // "in place of" is the old one; the count later in the sentence is the list's.)
  const replaced = IN_PLACE_OF.test(text.slice(0, mention.countIndex ?? 0))
    ? NEW_COUNT.exec(text.slice(mention.end))
    : null;
  if (replaced?.[1])
    return {
      ...mention,
      count: parseCount(replaced[1]),
      countIndex: mention.end + replaced.index + replaced[0].indexOf(replaced[1]),
    };
  const match = REPLACED_BY.exec(text.slice(mention.end));
  if (!match?.[1]) return mention;
  const countIndex = mention.end + match[0].lastIndexOf(match[1]);
  return { ...mention, count: parseCount(match[1]), countIndex };
}

export function sectionLeadCount(text: string): LeadCount | null {
  const bare = BARE_COUNT.exec(text);
  if (bare?.[1]) return { count: parseCount(bare[1]), index: bare[0].indexOf(bare[1]) };
  return countedNoun(text);
}
