/**
 * Values given as a run of sibling headings ("### Respect", "### Honesty"), each with its
 * description paragraphs or behaviour bullets under it.
 */
import type { Heading, List, RootContent, Table } from "mdast";
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { COUNT, type Mention, mentions } from "./enumeration.js";
import type { BlockRun } from "./found-sets.js";
import { behaviourBullets, behaviourLead, listItems, sentenceBullets } from "./list-items.js";
import { restoredTitles } from "./restored-headings.js";
import { type SectionNodes, sectionKind } from "./sections.js";
import { previousParagraph } from "./set-counts.js";
import { signedQuote } from "./statement-shapes.js";
import { plainText } from "./text.js";
import { ABOUT_THE_SET, labelledApart, SECTION_NUMBER } from "./value-paragraphs.js";

/** A block of a value's text; a list's bullets as sentences, not run together ("… comes inWe …"). */
const bodyText = (node: RootContent): string =>
  node.type === "list"
    ? node.children
        .map(plainText)
        .map((item) => (/[.!?]$/.test(item) ? item : `${item}.`))
        .join(" ")
    : plainText(node);

/** A heading over the page's links, not a value: "Read next", "Related posts", "See also". */
const PAGE_LINKS =
  /^(?:(?:read|see|watch|up)\s+next|related(?:\s+\w+)?|see\s+also|further\s+reading|more\s+(?:from|reading|stories|posts)\b.*|share\s+this(?:\s+\w+)?)$/i;

/**
 * A heading for a situation of the reader's, "When you contact us", "If you are unhappy": a
 * charter's occasions, not a value (which may open on its own condition: "If in doubt, ask").
 */
const SITUATION = /^(?:when|whenever|if|before|after|while)\s+you(?:r|['’]re|['’]ve)?\b/i;

/** A clause number: "1.1 ", "2.3.1 ". */
const CLAUSE = /^\s*\d+(?:\.\d+)+\.?\s/;

/** Whether a clause-numbered heading at `depth` in the section titles one of the page's parts. */
function partClauses(section: SectionNodes, depth: number | undefined): boolean {
  return section.nodes.some((node) => {
    if (node.type !== "heading" || node.depth !== depth) return false;
    const text = plainText(node);
    return CLAUSE.test(text) && sectionKind(text.replace(CLAUSE, "")) !== "other";
  });
}

/** `###` headings each followed by their description paragraphs. */
export function headingRun(
  blocks: DocBlock[],
  start: number,
  /** Each heading has its behaviour bullets right under it, and they describe it. */
  behaviours = false,
): BlockRun {
  const values: Value[] = [];
  const absorbed: RootContent[] = [];
  const section = blocks[start]?.section;
  const first = blocks[start]?.node;
  const depth = first?.type === "heading" ? first.depth : undefined;
  // ("### 1.1 A message from our director", "### 1.2 Who we are", "### 1.3 Our values": a
  // document's numbered clauses, one of them titling a part the page has — its parts, no values.)
  if (first && CLAUSE.test(plainText(first)) && section && partClauses(section, depth))
    return { values: [], absorbed: [] };
  const numbered = (node: RootContent) => /^\s*\d+[.)]/.test(plainText(node));
  const labels =
    depth === undefined || !section ? new Set<string>() : repeatedBelow(section, depth);
  const leads = section ? repeatedLeads(section) : new Set<string>();
  const tables = section ? repeatedTableHeads(section) : new Set<string>();
  let numberedSoFar = 0;
  let index = start;
  while (index < blocks.length) {
    const block = blocks[index] as DocBlock;
    if (block.section !== section || block.node.type !== "heading") break;
    const heading = block.node as Heading;
    // A heading of another level is no sibling value: "#### Own the outcome" then a listicle's
    // "### 4. The perks are decent".
    if (heading.depth !== depth) break;
    const name = plainText(heading).replace(SECTION_NUMBER, "").replace(NUMBERED_PART, "").trim();
    // A heading with no name ("###", "### 2.") is no value: it ends the run. So does one that
    // speaks about the set ("How we hire for these values"), or an unnumbered one after "1. …"
    // and "2. …" (a single numbered first heading may be a slip).
    if (!name || ABOUT_THE_SET.test(name) || PAGE_LINKS.test(name) || SITUATION.test(name)) break;
    if (numbered(heading)) numberedSoFar++;
    else if (numberedSoFar >= 2) break;
    const description: string[] = [];
    let next = index + 1;
    if (behaviours) {
      if (blocks[next]?.section !== section || blocks[next]?.node.type !== "list") break;
      description.push(bodyText(blocks[next++]?.node as RootContent));
    }
    // (A value's behaviour bullets under a short label, "In practice:" or a bold "**In
    // practice**" alone on its line, describe it too; so do bullets that each say what we do,
    // "- We greet everyone …", with no label, and sentences as bullets right under the heading —
    // not names: "### With riders" over "- Welcome" gives a group's values.)
    // (A pull quote after the description, a colleague's words set in a blockquote, belongs to
    // the value it follows and does not end the run; right under the heading it is the
    // description. Not under a title line restored as a heading: its level is a guess, and the
    // quote may close the values' part, the title after it opening another — unless it is
    // signed, a colleague's words: "> “…” > — Priya, Controls Engineer".)
    const quotes = !restoredTitles.has(heading);
    while (
      next < blocks.length &&
      blocks[next]?.section === section &&
      (blocks[next]?.node.type === "paragraph" ||
        (blocks[next]?.node.type === "blockquote" &&
          (quotes || (signedQuote(blocks[next] as DocBlock) && runGoesOn(blocks, next, depth)))) ||
        (blocks[next]?.node.type === "list" &&
          (behaviourLead(blocks[next - 1]?.node) ||
            labelledApart(blocks[next - 1]?.node) ||
            repeatedLead(blocks[next]?.node as List, leads) ||
            behaviourBullets(blocks[next]?.node) ||
            // (Sentences as bullets after the value's paragraph: "- Tools back on the board." —
            // one is enough there: "- Pay is flat across the cooperative.")
            (next > index + 1 && sentenceBullets(blocks[next]?.node, 1)) ||
            (next === index + 1 && listItems(blocks[next]?.node as List) === null))))
    ) {
      const node = blocks[next]?.node as RootContent;
      if (node.type !== "blockquote" || description.length === 0) description.push(bodyText(node));
      next++;
    }
    // ("| Say this | Not this |" under every value: each value's examples in the same table
    // shape; the run goes on past them, and they are no set of their own.)
    while (
      blocks[next]?.section === section &&
      blocks[next]?.node.type === "table" &&
      tables.has(tableHead(blocks[next]?.node as Table))
    )
      next++;
    // ("#### You will see us", "#### You should never see us" under every value: the parts of
    // each value under the same labels; the run goes on past them.)
    const label = (node: RootContent | undefined) =>
      node?.type === "heading" && node.depth > (depth ?? 6) && labels.has(plainText(node).trim());
    while (blocks[next]?.section === section && label(blocks[next]?.node)) {
      next++;
      while (blocks[next]?.section === section && blocks[next]?.node.type !== "heading") next++;
    }
    values.push({
      name,
      description: description.join(" ").replace(/\s+/g, " ").trim() || null,
      line: heading.position?.start.line ?? 1,
    });
    for (let i = index + (index === start ? 1 : 0); i < next; i++)
      absorbed.push(blocks[i]?.node as RootContent);
    index = next;
  }
  return { values, absorbed };
}

/**
 * The texts of headings deeper than `depth` that stand more than once in the section: labels each
 * value's parts repeat, not names. (Read once per section and level.)
 */
function repeatedBelow(section: SectionNodes, depth: number): Set<string> {
  const bySection = repeated.get(section) ?? new Map<number, Set<string>>();
  repeated.set(section, bySection);
  const known = bySection.get(depth);
  if (known) return known;
  const labels = repeatedTexts(
    section.nodes.flatMap((node) =>
      node.type === "heading" && node.depth > depth ? [plainText(node).trim()] : [],
    ),
  );
  bySection.set(depth, labels);
  return labels;
}

/** The texts that stand more than once among `texts`. */
function repeatedTexts(texts: string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([text]) => text));
}

const repeated = new WeakMap<SectionNodes, Map<number, Set<string>>>();

/** A table's header row as one text ("Say this | Not this"). */
const tableHead = (table: Table) =>
  (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim()).join(" | ");

/** The header rows that stand over more than one of the section's tables. */
function repeatedTableHeads(section: SectionNodes): Set<string> {
  const known = repeatedHeads.get(section);
  if (known) return known;
  const heads = repeatedTexts(
    section.nodes.flatMap((node) => (node.type === "table" ? [tableHead(node)] : [])),
  );
  repeatedHeads.set(section, heads);
  return heads;
}

const repeatedHeads = new WeakMap<SectionNodes, Set<string>>();

/**
 * A list item's bold or italic lead ("**In the interview:** …" → "In the interview", "*Looks
 * like:* …"), else undefined.
 */
function boldLead(item: List["children"][number]): string | undefined {
  const first = item.children[0];
  const lead = first?.type === "paragraph" ? first.children[0] : undefined;
  return lead?.type === "strong" || lead?.type === "emphasis"
    ? plainText(lead)
        .replace(/[\s:.–—-]+$/, "")
        .trim()
    : undefined;
}

/**
 * The bold leads of list items that stand more than once in the section: "- **In the interview:**
 * …" under every value heading labels each value's parts (advice, examples), it names none.
 */
function repeatedLeads(section: SectionNodes): Set<string> {
  const known = leadsBySection.get(section);
  if (known) return known;
  const leads = repeatedTexts(
    section.nodes.flatMap((node) =>
      node.type === "list"
        ? node.children.flatMap((item) => boldLead(item)?.toLowerCase() ?? [])
        : [],
    ),
  );
  leadsBySection.set(section, leads);
  return leads;
}
const leadsBySection = new WeakMap<SectionNodes, Set<string>>();

/** A list one of whose items leads with a label the section's lists repeat. */
function repeatedLead(list: List, leads: Set<string>): boolean {
  return list.children.some((item) => leads.has(boldLead(item)?.toLowerCase() ?? ""));
}

/**
 * Two titles or more of the run's level follow the block at `at` before the page's next other
 * block (a rule, a list): the run goes on past it ("Visit the mill" alone after a founder's
 * quote, and then the footer, is the page's next part).
 */
function runGoesOn(blocks: DocBlock[], at: number, depth: number | undefined): boolean {
  let titles = 0;
  for (let i = at + 1; i < blocks.length && titles < 2; i++) {
    const { node, section } = blocks[i] as DocBlock;
    if (section !== blocks[at]?.section) break;
    if (node.type === "heading" && node.depth === depth) titles++;
    else if (node.type !== "paragraph") break;
  }
  return titles >= 2;
}

/**
 * The set the paragraph before a run of short headings names, and the run, when each heading
 * has its behaviour bullets right under it: a values-and-behaviours framework.
 */
export function framework(
  blocks: DocBlock[],
  index: number,
): { mention: Mention; run: ReturnType<typeof headingRun> } | undefined {
  const before = previousParagraph(blocks, index) ?? [];
  const mention = before
    .flatMap((sentence) => mentions(sentence.text))
    .find((m) => m.kind === "values");
  // (Only where the paragraph says the bullets are behaviours: "### Pros" over a list is not.)
  const said = before.some((sentence) => BEHAVIOURS.test(sentence.text));
  const run = mention && said ? headingRun(blocks, index, true) : undefined;
  const named = run && run.values.length >= 2 && run.values.every(shortName);
  return mention && named ? { mention, run } : undefined;
}

const BEHAVIOURS = /\bbehaviou?rs?\b/i;

/** "Pillar 1: Rooted", "Value three – Candour": the part's number is not its name. */
const NUMBERED_PART = new RegExp(
  String.raw`^\s*(?:pillar|value|principle|belief|commitment)\s+${COUNT}\s*[:.–—-]\s*`,
  "i",
);
/** A value's name as a heading gives it: at most `most` words (four, by default), no digits. */
export const shortNamed = (most: number) => (value: Value) =>
  value.name.split(/\s+/).length <= most && !/\d/.test(value.name);
export const shortName = shortNamed(4);
