/**
 * What a section's heading says about the lists, tables and headings under it: whether they are
 * the set the heading names, ways of working, pledges, or targets for a date.
 */
import type { DocBlock } from "./blocks.js";
import { COUNT, parseCount } from "./enumeration.js";
import type { SectionNodes } from "./sections.js";
import { plainText } from "./text.js";

export interface SetSection {
  /** The heading names a set ("Our values", "Four pillars"): what it holds is the set. */
  inSet: boolean;
  /** "How we work": ways of working, a set when named like values. */
  ways: boolean;
  /**
   * "Our service commitments": the heading names the set only as commitments, so a list of full
   * sentences is pledges ("We will reply within a day"); named items are still the set.
   */
  pledges: boolean;
  /**
   * "Our commitments for 2026", "What we will deliver by 2030": targets, not values (though a
   * heading that names values or pillars names them, dated or not: "Our pillars to 2030").
   */
  dated: boolean;
  /** "How we use the values": what the company does with a set given already; no set of its own. */
  uses: boolean;
}

export function setSection(section: SectionNodes): SetSection {
  const { heading, kind, depth } = section;
  const named = NAMED_SET.test(heading);
  // (The title's year dates the page, not a list: "# Our plan for 2025–2030".)
  const dated = depth > 1 && !named && DATED.test(heading);
  const uses = USES_SET.test(heading) || LIVED_SET.test(heading);
  const inSet =
    (kind === "values" || kind === "pillars") && !HOW_TO.test(heading) && !uses && !dated;
  return {
    inSet,
    uses,
    ways: !inSet && WAYS.test(heading),
    pledges: inSet && !named && COMMITMENTS.test(heading),
    dated,
  };
}

/** "How to turn values into onboarding": a how-to about values, not a values section. */
const HOW_TO = /^\W*(?:\d+[.)]\s*)?how\s+to\b/i;

/**
 * "How we use the values", "How we hire for these principles": a section on what the company does
 * with a set already given (its processes), not the set.
 */
// (Or the set lived: "How our values are lived", "How the principles show up", "Living our
// values", "(Our) values in action"; or made: "How we wrote them", "How we chose our values".)
const USES_SET =
  /^\W*(?:[\d.]+\s*)?(?:how\s+we\s+(?:use|apply|hire\s+for|recruit\s+for|measure|assess|reward|review|embed|check|teach|train\s+on)\s+(?:the|these|those|our)\s+(?:values|principles|beliefs)\b|how\s+we\s+(?:wrote|chose|picked|made|developed|agreed|drafted|found|arrived\s+at|came\s+up\s+with)\s+(?:them|these|those|(?:the|our)\s+(?:values|principles|beliefs))\b|(?:how|where)\s+(?:our|the|these)\s+(?:values|principles|beliefs)\s+(?:(?:are|get)\s+(?:lived|used|applied|taught|embedded|put\s+(?:into\s+practice|to\s+work))|show\s+up|come\s+(?:through|alive|to\s+life)|play\s+out)\b|(?:living|applying|using|putting)\s+(?:our|the)\s+(?:values|principles|beliefs)\b|(?:(?:our|the)\s+)?(?:values|principles|beliefs)\s+in\s+(?:action|practice)\b)/i;

/**
 * "Where you'll see our values in action", "Putting the values into practice": wherever it
 * stands in the heading, the set at work (programmes, stories), not the set.
 */
const LIVED_SET =
  /\b(?:our|the|these)\s+(?:values|principles|beliefs)\s+in(?:to)?\s+(?:action|practice)\b/i;

/**
 * Headings of a section on how the company works or behaves (not on what it does): "How we
 * work", "Our behaviours" (not someone else's: "Manager behaviours"), "What drives us" (a motive:
 * the mission, or the few things the company acts on), "Our house rules" (the rules its people
 * keep, not a competition's or a contract's), "What we expect of each other" (the
 * conduct its people hold one another to — not "What to expect", a visitor's notes).
 */
// (A handbook numbers its sections: "## 2. The way we work".)
const WAYS =
  /^\W*(?:[\d.]+\s*)?(?:(?:how|the\s+way)\s+we\s+(?:work|behave)|(?:our\s+)?ways\s+of\s+working|what\s+(?:guides|drives)\s+us|(?:our\s+)?behaviou?rs|(?:our\s+)?(?:house|ground|golden)\s+rules|what\s+we\s+expect\s+(?:of|from)\s+(?:each\s+other|one\s+another|ourselves|every(?:one|body)))\b/i;

/**
 * "Our promise", "Our customer promises", "What we promise": a section of the company's promises,
 * which it may give in place of values (read as values only on a page with no values of its own).
 */
export function promiseHeading(heading: string): boolean {
  return PROMISE.test(heading);
}
/** The count a promise heading gives ("## 1.2 Our 5 Promises" → 5), else null. */
export function promiseCount(heading: string): number | null {
  const word = PROMISE.exec(heading)?.[1];
  return word && new RegExp(`^${COUNT}$`, "i").test(word) ? parseCount(word) : null;
}
// (A handbook numbers its sections and may count the promises: "## 1.2 Our 5 Promises". The word
// before "promises" may be their count or their kind: "Our five promises", "Our customer promises".)
// ("What you can expect from us": the same promise, told from the customer's side.)
const PROMISE =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+(?:([\p{L}\d-]+)\s+)?promises?|what\s+we\s+promise|what\s+(?:you\s+can|to)\s+expect\s+from\s+us)\b/iu;

/**
 * A deadline the section's contents are set for: "for 2026", "by 2030", "to 2028", "Our 2030
 * commitments"; or the period they cover, "Faculty plan 2025–2030", "Strategy 2025-30".
 */
const DATED =
  /\b(?:for|by|to|until|through)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:19|20)\d{2}|\d{2})\b|\b(?:19|20)\d{2}\s+(?:commitments?|targets?|goals?|ambitions?|pledges?)\b/i;

const COMMITMENTS = /\bcommitments?\b/i;
/** The words that name a set outright (a commitment may be a pledge or a target). */
export const NAMED_SET = /\b(?:values|principles|beliefs|pillars)\b/i;

/**
 * Whether the sub-heading a block sits under inside its section sets it for a date ("### Commitments
 * for 2027" under "## Purpose and values"): targets, though the section names the values.
 */
export function underDatedHeading(blocks: DocBlock[], index: number): boolean {
  const heading = headingAbove(blocks, index);
  return heading !== undefined && datedHeading(heading);
}

/** The text of the nearest sub-heading above `index` inside its section, if any. */
export function headingAbove(blocks: DocBlock[], index: number): string | undefined {
  const section = blocks[index]?.section;
  for (let i = index - 1; i >= 0 && blocks[i]?.section === section; i--) {
    const node = (blocks[i] as DocBlock).node;
    if (node.type === "heading") return plainText(node);
  }
  return undefined;
}

/** "Commitments for 2027": a heading setting what it holds for a date, naming no set outright. */
export function datedHeading(text: string): boolean {
  return DATED.test(text) && !NAMED_SET.test(text);
}

/**
 * "What we had before", "Our old values", "The list we used to have", "Before": a heading that puts
 * what it holds in the company's past — a set since replaced. ("People before profit" only has the
 * word inside it: a value.)
 */
export function formerHeading(heading: string): boolean {
  return FORMER_HEADING.test(heading);
}
const FORMER_HEADING =
  /\b(?:(?:old|former|previous)(?!-)|retired|replaced|used\s+to|(?:had|came|went|was|were)\s+before)\b|^\W*before\W*$/i;

/**
 * Words that title a topic of the page, never one item of a list of values or questions: a
 * question word or article at the start ("How the pieces fit", "The board"), the page speaking
 * to or of its readers or itself ("Our promise", "Your visit", "Find us", "Stay in touch"), a
 * closing part ("Summary"; alone on the line, "Results", "Awards", "Next steps"). Only at the
 * ends: inside a line, "you" or "our" belongs to an item's own words ("Steel you can trust",
 * "Keep your promises"; "Own the outcome" is no "Outcomes").
 */
const TOPIC_WORDS =
  /^(?:how|what|where|why|who|when|which|the|a|an|our|your)\b|\b(?:us|you)$|\b(?:in touch|contact|conclusions?|summary|history|verdict)\b|^(?:results|outcomes|awards|next steps)$/i;
export function topicTitle(text: string): boolean {
  return TOPIC_WORDS.test(text);
}

/**
 * Whether the block at `index` sits under (or is) a sub-heading of its section that titles another
 * topic ("### What's next", "### The people upstairs" after the section's values list): the
 * section's other part, not its set. So does a block under a shallower sub-heading that names no
 * set ("### Years in Lochaber" over the team's "#### Dr Morag Ferrier", after the section's
 * "#### Kindness" … run): a part of its own, whatever its headings are called. (Asked only once the
 * section has given its set.)
 */
export function underTopicHeading(blocks: DocBlock[], index: number): boolean {
  const section = blocks[index]?.section;
  let depth: number | undefined;
  for (let i = index; i >= 0 && blocks[i]?.section === section; i--) {
    const node = (blocks[i] as DocBlock).node;
    if (node.type !== "heading") continue;
    const text = plainText(node);
    if (depth === undefined) {
      // The block's own heading, or the nearest above it.
      if (topicTitle(text)) return true;
      // ("### 1.4 Scope and application" after "### 1.3 Our values": a part of its own after the
      // one that titles the set.)
      if (!NAMED_SET.test(text) && setTitledBefore(blocks, i, node.depth)) return true;
      depth = node.depth;
    } else if (node.depth < depth) {
      // A sub-heading over it: another topic, or a part that names no set.
      if (topicTitle(text) || !NAMED_SET.test(text)) return true;
      depth = node.depth;
    }
  }
  return false;
}

/** A heading at `depth` before block `at`, under the same parent heading, that names a set. */
function setTitledBefore(blocks: DocBlock[], at: number, depth: number): boolean {
  const section = blocks[at]?.section;
  for (let i = at - 1; i >= 0 && blocks[i]?.section === section; i--) {
    const node = (blocks[i] as DocBlock).node;
    if (node.type !== "heading" || node.depth > depth) continue;
    if (node.depth < depth) return false;
    if (NAMED_SET.test(plainText(node))) return true;
  }
  return false;
}

/** "Call them our values if you like", "They are, in effect, our values": the list just given. */
export const CALLED_VALUES =
  /^\W*(?:(?:you\s+(?:could|might|can)\s+)?call\s+(?:them|these|those)\s+(?:(?:our|its|their)\s+)?values|(?:they|these|those)\s+are,?\s+(?:in\s+effect|effectively|really|in\s+all\s+but\s+name),?\s+(?:our|its|their)\s+values|(?:they|these|those)\s+are\s+the\s+closest\s+thing\s+[^.;:!?]{1,40}?\s+(?:has|have)\s+to\s+(?:a\s+set\s+of\s+|company\s+|core\s+)?values)\b/i;
