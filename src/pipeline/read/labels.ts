/**
 * Headings that lost their markup when a page was copied into Markdown or exported from a word
 * processor or CMS: an accordion's plain "Our mission" line above its statement, a bold
 * "**Frequently asked questions**" line, or an inline bold label before a statement ("**Vision**
 * Health for every valley."). Each becomes the heading it was, so the statement, the value list or
 * the section under it is read as under any heading. On a page titled so, the other short title
 * lines become headings too: a part's title at the depth of the page's sections, an item's
 * ("**Integrity**" and its sentence) one level below.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { disowns } from "./disowned.js";
import { mentions } from "./enumeration.js";
import { aside, picture } from "./interludes.js";
import { sectionLeadCount } from "./lead-counts.js";
import { behaviourBullets, behaviourLead } from "./list-items.js";
import { inlineLabels, restoredTitles } from "./restored-headings.js";
import { partDepth, sectionKind } from "./sections.js";
import { COUNTED_HEADING } from "./set-counts.js";
import { promiseHeading, topicTitle } from "./set-sections.js";
import { DECORATION, plainText } from "./text.js";
import { numberedItem, numbering, TitleNumbers } from "./title-numbers.js";

/** "Our mission", "The Vision", "Core values", "Mission statement": a label, not a sentence. */
export const LABEL =
  /^(?:(?:our|the|its)\s+)?(?:mission|vision|purpose|(?:core\s+)?values)(?:\s+statement)?$/i;

/**
 * A title line stands before the first heading of `depth`, and the page's headings below `#` are
 * a run of three or more items of that depth (not one "### FAQ" among bold titles).
 */
function titledAbove(tree: Root, depth: number): boolean {
  const headings = tree.children.filter(
    (node): node is Heading => node.type === "heading" && node.depth >= 2,
  );
  if (headings.length < 3 || headings.some((node) => node.depth !== depth)) return false;
  const first = tree.children.indexOf(headings[0] as Heading);
  return tree.children
    .slice(0, first)
    .some((node) => node.type === "paragraph" && titleLine(node) !== null);
}

export function restoreLabelHeadings(tree: Root): void {
  // At the depth the page's sections start (as splitSections reads them).
  // (Title lines over the page's only real headings, all deeper than `##` — a .docx's bold part
  // titles over its "Heading 3" items — are the parts those headings are items of: one level up.)
  const realDepth = partDepth(tree);
  const sectionDepth = (
    realDepth > 2 && titledAbove(tree, realDepth) ? realDepth - 1 : realDepth
  ) as Heading["depth"];
  // Whether the page has any heading below its title.
  const parts = tree.children.some((node) => node.type === "heading" && node.depth >= 2);
  const itemDepth = Math.min(sectionDepth + 1, 6) as Heading["depth"];
  // Lines above the page's own `#` title are the site's chrome (its name, a breadcrumb).
  const top = tree.children.findIndex((node) => node.type === "heading" && node.depth === 1);
  // A page that sets "**Mission**" on its own line sets its other titles so too ("**Motto**",
  // "**How it compares**", "**Integrity**"); so does a page with no heading below its title
  // that sets two or more lines over text as titles ("**How we work**", "**What you get**").
  const titles = tree.children.filter(
    (node, index) =>
      index > top &&
      node.type === "paragraph" &&
      titleLine(node) !== null &&
      hasBody(tree.children[index + 1]),
  );
  const labelled =
    titles.some((node) => partTitle(node) !== null) || (!parts && titles.length >= 2);
  // A title the page gives twice or more ("**In practice**" under each value) labels a piece of
  // each item, as a bold line inside it does; a page has no two parts of one name.
  const seen = titles.map((node) => titleLine(node as Paragraph));
  const repeated = new Set(seen.filter((text, i) => text !== null && seen.indexOf(text) !== i));
  /** The last top-level block was in a part whose title was restored here. */
  let restored = false;
  /** No part has started since the page's own title (a heading above the parts' depth). */
  let opening = false;
  /** That title was an item's: a run of cards ("**Slow hands**" and its paragraph) is going on. */
  let card = false;
  /**
   * The part going on is titled for the values ("**Our four values**"): where its last title was
   * (the part's own or a value's), and whether that value was numbered.
   */
  let values: ValueRun | null = null;
  const numbers = new TitleNumbers();
  /** Where the last title (a heading, or a line restored as one) stands. */
  let lastTitle = -1;
  const children: RootContent[] = [];
  tree.children.forEach((node, index) => {
    const next = tree.children[index + 1];
    if (node.type === "heading") {
      restored = false;
      card = false;
      values = null;
    }
    const line = labelled && index > top && node.type === "paragraph";
    // ("So what do they stand for?" over three paragraphs: a question titles a part of an
    // article, unless it is one of a run of questions, an FAQ's or an interview's.)
    const plain = line ? titleLine(node) : null;
    const asked = line && plain === null && loneQuestion(tree.children, index);
    const title = asked ? titleLine(node, true) : plain;
    if (
      title !== null &&
      node.type === "paragraph" &&
      hasBody(next) &&
      partTitle(node) === null &&
      !repeated.has(title)
    ) {
      // An all-capitals line ("SUBMISSIONS") titles a part, as splitSections reads it.
      // ("Rituals" over "Not values, just habits we like:": a part beside the values, whatever
      // the run before it.)
      const disowned = next?.type === "paragraph" && disowns(plainText(next));
      // ("🌱 Grow together", "🧳 Travel light", then "By the numbers": the values' titles share
      // their mark, and a title without it ends the run.)
      const unmarked = values?.marked === true && !emojiLed(node);
      const valued = values !== null && nextValue(values, title, tree.children, index);
      // ("**Aldwick's values**" over its list of four, then "**Harnham, for contrast**": a part
      // that gave its items as a list has no titled items after it; the title is the next part.)
      const listed =
        !card &&
        tree.children
          .slice(lastTitle + 1, index)
          .some((other) => other.type === "list" || other.type === "table");
      const part =
        (asked && newTopic(tree.children, index, card)) ||
        disowned ||
        unmarked ||
        listed ||
        // ("**Departments**" right over "**Parks**", "**Strategic aims**" over "**1. …**": a title
        // over titles is their part.)
        (next !== undefined && isTitle(next)) ||
        overNumbered(tree.children, index) ||
        (!valued &&
          (newTopic(tree.children, index, card) || !/\p{Ll}/u.test(title) || topicTitle(title)));
      // ("**1. The motto is on the wheel**" and its sentence, then "**2. There are three
      // habits**" over a list: right under the page's title, a numbered run with parts in it is
      // the page's parts, its short titles too.)
      const runPart =
        !part && opening && numbers.depthOf(title) === null && partInRun(tree.children, index);
      const depth = numbers.continuesLine(title)
        ? null
        : asked
          ? part
            ? sectionDepth
            : null
          : (numbers.depthOf(title) ??
            (part || runPart ? sectionDepth : restored ? itemDepth : null));
      if (depth !== null) {
        opening = false;
        children.push(heading(depth as Heading["depth"], lineChildren(node), node));
        numbers.note(title, depth);
        lastTitle = index;
        restored = true;
        card = depth === itemDepth;
        values =
          values && depth === itemDepth
            ? {
                ...values,
                at: index,
                part: false,
                numbered: numberedItem(title),
                marked: emojiLed(node),
                seen: valued ? values.seen + 1 : values.seen,
                last: valued,
                body: next?.type ?? null,
              }
            : null;
        return;
      }
      numbers.note(title, null);
    }
    const pieces = node.type === "paragraph" ? split(node, next, sectionDepth) : [node];
    if (pieces[0]?.type === "heading") {
      opening = node.type === "heading" && node.depth < sectionDepth;
      numbers.note(plainText(pieces[0]), pieces[0].depth);
      lastTitle = index;
      restored = true;
      card = false;
      const kind = sectionKind(plainText(pieces[0]));
      values =
        kind === "values" || kind === "pillars"
          ? {
              at: index,
              part: true,
              numbered: false,
              marked: false,
              kind,
              count: announcedCount(plainText(pieces[0]), tree.children, index),
              seen: 0,
              last: false,
              body: null,
            }
          : null;
    }
    children.push(...pieces);
  });
  tree.children = children;
}

/** The text of a paragraph that is one bold span ("**MISSION**", "**2.** **Our Mission**"), else null. */
function boldLine(node: RootContent): string | null {
  if (node.type === "paragraph" && node.children.length > 1 && boldRuns(node))
    return plainText(node);
  if (node.type !== "paragraph" || node.children.length !== 1) return null;
  const [only] = node.children;
  return only?.type === "strong" ? plainText(only) : null;
}

/**
 * A short line alone in its paragraph, all bold or plain, with no sentence's end and no colon
 * (a lead-in): how exports and copied pages write titles of any level. A question only where
 * `asked` (see loneQuestion).
 */
export function titleLine(node: Paragraph, asked = false): string | null {
  const [only, second] = node.children;
  // ("**2.** **Our Mission**": a Word heading's number and words, bold apart, one title.)
  if (second && boldRuns(node)) return titleText(plainText(node), asked);
  if (!only || second) return null;
  const bold = only.type === "strong" && only.children.every((c) => c.type === "text");
  if (only.type !== "text" && !bold) return null;
  return titleText(plainText(only), asked);
}

/** Whether a paragraph is bold runs of plain words, a space or two between them. */
function boldRuns(node: Paragraph): boolean {
  return node.children.every(
    (c) =>
      (c.type === "strong" && c.children.every((t) => t.type === "text")) ||
      // (One or two spaces: a wider gap is a column's, "**Where**      **How it appears**".)
      (c.type === "text" && /^ {1,2}$/.test(c.value)),
  );
}

/** The words of a line, if they are shaped as a title: short, capitalised, no closing stop. */
export function titleText(line: string, asked = false): string | null {
  // ("🌱 Grow together": an emoji before the words marks the line; the words are its title.)
  const text = line.replace(DECORATION, "").trim();
  // (Up to twelve words after a number: "2. There are four principles, and people use them"
  // is a numbered part's title; an unnumbered line that long is a statement set alone.)
  const most = /^\d{1,2}[.)]\s/.test(text) ? 13 : 8;
  const end = asked ? /[.!;,:]$/ : /[.!?;,:]$/;
  if (text.split(/\s+/).length > most || end.test(text) || !/^[\p{Lu}\d]/u.test(text)) return null;
  // "Quiet · Welcome · Wonder", "Home | Shop | About", "CARE: Courage, Accountability, Respect,
  // Empathy": names between separators or commas, not a title.
  return /(?:\s[·|•/]\s.*){2}/.test(text) || /(?:,\s.*){2}/.test(text) ? null : text;
}

/**
 * Whether the line at `index` is a question set as a title ("Is it worth the money?") with no
 * question for a neighbour: the nearest title lines before and after it are no questions, and
 * the one before names no FAQ. Questions in a run are an FAQ's or an interview's, read there.
 */
function loneQuestion(nodes: RootContent[], index: number): boolean {
  const node = nodes[index];
  if (node?.type !== "paragraph" || !titleLine(node, true)?.endsWith("?")) return false;
  const near = (step: number): RootContent | undefined => {
    for (let i = index + step; i >= 0 && i < nodes.length; i += step) {
      const other = nodes[i] as RootContent;
      if (other.type === "heading" || (other.type === "paragraph" && titleLine(other, true)))
        return other;
    }
    return undefined;
  };
  const asks = (other: RootContent | undefined) =>
    other?.type === "paragraph" && titleLine(other, true)?.endsWith("?") === true;
  const before = near(-1);
  const faq = before !== undefined && sectionKind(plainText(before)) === "faq";
  return !asks(before) && !asks(near(1)) && !faq;
}

/** "Our mission", "**Core values**", "Frequently asked questions": a title naming a part Credo reads. */
function partTitle(node: RootContent): string | null {
  if (node.type !== "paragraph") return null;
  const text = titleLine(node);
  if (text === null || numberedItem(text)) return null;
  // ("Our promise" too: its list may be the page's values, promisedSet in value-sets.ts says when.)
  const short = text.split(/\s+/).length <= 6;
  return LABEL.test(text) || (short && (sectionKind(text) !== "other" || promiseHeading(text)))
    ? text
    : null;
}

interface ValueRun {
  /** Index of the run's last title. */
  at: number;
  /** That title is the part's own ("**Our four values**"), not a value's. */
  part: boolean;
  numbered: boolean;
  /** That title opened with an emoji ("🌱 Grow together"): the run's titles share the mark. */
  marked: boolean;
  /** How many the part says it has ("**Our four values**", "Five values guide us."), if it says. */
  count: number | null;
  /** The part's kind: a pillars part's titles are read by its count alone. */
  kind: "values" | "pillars";
  /** Values titled so far. */
  seen: number;
  /** The last title was a value (not only an item by its shape). */
  last: boolean;
  /** The kind of block the last value's text opened with ("paragraph", "list"). */
  body: RootContent["type"] | null;
}

/**
 * The count a values or pillars part gives in its title ("Our 6 core values", "Four things we live
 * by") or in the short intro under it ("Brindle sets out six values.", "Four things, in no
 * particular order.").
 */
function announcedCount(title: string, nodes: RootContent[], index: number): number | null {
  const counted = (text: string) => mentions(text).find((m) => m.count !== null)?.count ?? null;
  const headed = COUNTED_HEADING.exec(title)?.[1];
  const own = counted(title) ?? (headed ? (sectionLeadCount(title)?.count ?? null) : null);
  if (own !== null) return own;
  for (const node of nodes.slice(index + 1, index + 3)) {
    if (node.type !== "paragraph" || titleLine(node) !== null) break;
    const text = plainText(node);
    const count = counted(text) ?? sectionLeadCount(text)?.count ?? null;
    if (count !== null) return count;
  }
  return null;
}

/**
 * Whether the title at `index` names the next value of a part titled for the values, whatever its
 * body (a list of behaviours, two paragraphs): the first right after the part's short intro, the
 * others right after a value; unnumbered after a numbered value, or naming a part of its own
 * ("Mission vs. vision"), it ends the run. A value's title is not a topic's words — though a value
 * may be a sentence that opens with an article ("The reader comes first"; "The team" is a topic).
 */
function nextValue(run: ValueRun, title: string, nodes: RootContent[], index: number): boolean {
  if (run.part) {
    const intro = nodes.slice(run.at + 1, index);
    if (intro.length > 2 || intro.some((node) => node.type !== "paragraph")) return false;
  }
  if ((run.numbered && !numberedItem(title)) || sectionKind(title) !== "other") return false;
  if (!/\p{Ll}/u.test(title)) return false;
  // (A part counted its values and has fewer titled so far: after a first value written as values
  // are, the next is a value however long its text, even with an indefinite article, "An open
  // door"; "The team" is still a topic.)
  const counted = run.count !== null && run.seen < run.count;
  if (run.kind === "pillars" && !counted) return false;
  const name = counted ? title.replace(INDEFINITE, "") : title;
  const rest = name.replace(ARTICLE, "");
  const named =
    rest === name ? !topicTitle(name) : name.split(/\s+/).length >= 4 && !topicTitle(rest);
  if (!named) return false;
  return counted && run.last
    ? countedBody(run, nodes[index + 1])
    : valueBody(nodes.slice(index + 1, index + 5));
}

/**
 * Whether the title at `index` stands over a numbered run of titles: its short text, then "1. …"
 * ("**Strategic priorities**", a sentence, "**1. Student success**"): their part, not a value.
 */
function overNumbered(nodes: RootContent[], index: number): boolean {
  const own = nodes[index];
  if (own?.type === "paragraph" && numbering(titleLine(own) ?? "") !== null) return false;
  for (const node of nodes.slice(index + 1, index + 4)) {
    if (!isTitle(node)) continue;
    const text = node.type === "paragraph" ? titleLine(node) : plainText(node);
    return numbering(text ?? "")?.n === 1;
  }
  return false;
}

const INDEFINITE = /^an?\s+/i;

/**
 * A counted value's text: it opens with a paragraph or a list of behaviours (no title right
 * under it), as the value before it opened ("**Kind**" over bullets, "**Open**" over bullets);
 * a list after values told in paragraphs is another part's ("**Recognition**" and its awards).
 */
function countedBody(run: ValueRun, first: RootContent | undefined): boolean {
  if (first?.type === "paragraph") return titleLine(first) === null && run.body !== "list";
  return first?.type === "list" && (run.body === null || run.body === "list");
}

const ARTICLE = /^(?:the|a|an)\s+/i;

/**
 * Whether the numbered title at `index` ("1. …") opens a run of title lines numbered on from it
 * ("2. …", "3. …", up to the next heading) of which one starts a new topic (see newTopic).
 */
function partInRun(nodes: RootContent[], index: number): boolean {
  const first = nodes[index];
  const start = first?.type === "paragraph" ? numbering(titleLine(first) ?? "") : null;
  if (start?.n !== 1) return false;
  let n = 1;
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === "heading") return false;
    const text = node.type === "paragraph" ? titleLine(node) : null;
    const number = text === null ? null : numbering(text);
    if (number?.form !== start.form || number.n !== n + 1) continue;
    n++;
    if (newTopic(nodes, i, false)) return true;
  }
  return false;
}

/** A title line that opens with an emoji or another mark before its words ("🌱 Grow together"). */
function emojiLed(node: Paragraph): boolean {
  return DECORATION.test(plainText(node).trimStart());
}

/**
 * A value's text: a paragraph, or two; a list of behaviours under a lead-in ("What it looks
 * like:"), after a paragraph or alone; "We …" bullets alone.
 */
function valueBody([first, second, third, fourth]: (RootContent | undefined)[]): boolean {
  const ends = (node: RootContent | undefined) => node === undefined || isTitle(node);
  // (Or its behaviour bullets right under it: "**Kind**" over "- We introduce ourselves …".)
  if (behaviourBullets(first)) return ends(second);
  if (first?.type !== "paragraph" || titleLine(first) !== null) return false;
  if (ends(second)) return true;
  if (second?.type === "list") return behaviourLead(first) && ends(third);
  if (third?.type === "list") return behaviourLead(second) && ends(fourth);
  return second?.type === "paragraph" && ends(third);
}

/**
 * Whether the title line at `index` starts a new topic rather than an item of the part above:
 * followed by a list, table or quote, or by two or more blocks before the next title. A title with
 * one short paragraph is an item ("**Integrity**" and its meaning, a question and its answer) —
 * in a run of cards (`inCards`), the last card too when a pull quote, a rule or a line of links
 * ("See our lamps →") closes it: page furniture after the card, not more of its body.
 */
function newTopic(nodes: RootContent[], index: number, inCards: boolean): boolean {
  let blocks = 0;
  for (const next of nodes.slice(index + 1, index + 4)) {
    if (isTitle(next)) break;
    if (inCards && blocks > 0 && closesCard(next)) break;
    if (hiddenMarkup(next)) continue;
    if (next.type !== "paragraph") return true;
    if (!picture(next) && !aside(next)) blocks++;
  }
  return blocks >= 2;
}

/**
 * An HTML comment, or an element a screen reader alone is given ("<span class="sr-only">End of
 * values</span>", a paragraph of inline markup when written on one line): markup that shows the
 * reader nothing, so no block of the part's own.
 */
function hiddenMarkup(node: RootContent): boolean {
  const first = node.type === "paragraph" ? node.children[0] : node;
  const last = node.type === "paragraph" ? node.children.at(-1) : node;
  if (first?.type !== "html" || last?.type !== "html") return false;
  return (
    (first === last && /^\s*<!--[\s\S]*-->\s*$/.test(first.value)) ||
    /^\s*<\w+[^>]*\bclass=["'][^"']*\b(?:sr-only|visually-hidden|screen-reader-text)\b/i.test(
      first.value,
    )
  );
}

/** A heading, or a line that titles a part or an item as one would. */
const isTitle = (node: RootContent) =>
  node.type === "heading" || (node.type === "paragraph" && titleLine(node) !== null);

/** A pull quote, a rule, or a paragraph of links only: what closes a card's body. */
const closesCard = (node: RootContent) =>
  node.type === "blockquote" ||
  node.type === "thematicBreak" ||
  (node.type === "paragraph" &&
    node.children.some((c) => c.type === "link") &&
    node.children.every(
      (c) => c.type === "link" || (c.type === "text" && /^[\s·|•/]*$/.test(c.value)),
    ));

const lineChildren = (node: Paragraph): PhrasingContent[] => {
  const [only, second] = node.children;
  if (second && boldRuns(node)) return boldWords(node);
  return only?.type === "strong" ? only.children : node.children;
};

/** The words of bold runs, the spaces between kept: "**2.** **Our Mission**" → "2. Our Mission". */
const boldWords = (node: Paragraph): PhrasingContent[] =>
  node.children.flatMap((c) => (c.type === "strong" ? c.children : [c]));

/** A block a label can stand over: not another heading, not the end of the page. */
const hasBody = (next: RootContent | undefined) => next !== undefined && next.type !== "heading";

/** The line without its closing colon (sliced, not /\s*:$/: that regex is quadratic on a long run of spaces). */
const withoutColon = (line: string) => (line.endsWith(":") ? line.slice(0, -1).trimEnd() : line);

function split(
  paragraph: Paragraph,
  next: RootContent | undefined,
  depth: Heading["depth"],
): RootContent[] {
  const [first, second, ...others] = paragraph.children;
  if (!first) return [paragraph];
  // "Our mission" (or "**MISSION**", "**FAQ**") alone on its line, with its body in the next block.
  const alone = !second && first.type === "text" ? first.value.trim() : boldLine(paragraph);
  // ("**Vision:**", "FAQ:": a label closed by a colon, as exports write it, is the same label
  // over a paragraph; over a list, "Our values:" is the list's lead-in.)
  const bare = next?.type === "list" ? alone : alone && withoutColon(alone);
  if (
    alone !== null &&
    typeof bare === "string" &&
    (LABEL.test(unnumbered(bare)) ||
      partTitle(paragraph) !== null ||
      (bare !== alone && titleText(bare) !== null && sectionKind(bare) === "faq"))
  ) {
    if (!hasBody(next)) return [paragraph];
    return [heading(depth, second ? boldWords(paragraph) : lineChildren(paragraph), paragraph)];
  }
  // "**Vision** Health for every valley.": the bold label, then a new sentence. (Closed by a full
  // stop, "**Mission.** To keep …", it is the same label.)
  if (
    first.type !== "strong" ||
    !LABEL.test(unnumbered(plainText(first).trim().replace(/\.$/, "")))
  )
    return [paragraph];
  if (second?.type !== "text" || !/^\s+["“'‘]?\p{Lu}/u.test(second.value)) return [paragraph];
  const start = second.position?.start;
  const lead = /^\s+/.exec(second.value)?.[0].length ?? 0;
  const rest: PhrasingContent = {
    ...second,
    value: second.value.slice(lead),
    position: start &&
      second.position && {
        start: {
          line: start.line,
          column: start.column + lead,
          offset: (start.offset ?? 0) + lead,
        },
        end: second.position.end,
      },
  };
  const body: Paragraph = {
    type: "paragraph",
    children: [rest, ...others],
    position: rest.position &&
      paragraph.position && { start: rest.position.start, end: paragraph.position.end },
  };
  const label = heading(depth, withoutFullStop(first.children), first);
  inlineLabels.add(label);
  return [label, body];
}

/**
 * A label without the number a run of cards or slides sorts it by: "Card 2 — Mission", "Slide 3:
 * Vision", "Part B – Values" → the label after it.
 */
const unnumbered = (text: string): string =>
  text.replace(/^(?:\p{L}+\s+)?(?:\d{1,2}|\p{Lu})\s*(?:[—–:.]|\s-)\s+/u, "");

/** A label's words without the full stop that closed it ("Mission." → "Mission"). */
function withoutFullStop(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  if (last?.type !== "text" || !/\.\s*$/.test(last.value)) return children;
  return [...children.slice(0, -1), { ...last, value: last.value.replace(/\.\s*$/, "") }];
}

function heading(
  depth: Heading["depth"],
  children: PhrasingContent[],
  from: { position?: Paragraph["position"] },
): Heading {
  const restored: Heading = { type: "heading", depth, children, position: from.position };
  restoredTitles.add(restored);
  return restored;
}
