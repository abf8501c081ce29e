/**
 * Values given in paragraphs rather than lists: a bold or colon-set name opening a paragraph, a
 * paragraph of named lines, run-on bold names, bold names after a lead-in's colon, and runs of
 * such paragraphs in one section.
 */
import type { Paragraph, PhrasingContent, RootContent, Strong } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import {
  COUNT,
  countedNoun,
  formerSet,
  holdsTo,
  type Item,
  type Mention,
  mentions,
  parseCount,
  thoseCount,
} from "./enumeration.js";
import type { BlockRun } from "./found-sets.js";
import { aside, picture } from "./interludes.js";
import { runOnItem } from "./run-on-items.js";
import type { SectionNodes } from "./sections.js";
import { DECORATION, decoration, POST_FURNITURE, plainText, READ_MORE } from "./text.js";
import { numbering } from "./title-numbers.js";
import { ownSentence } from "./we-sentences.js";
import { boldInWord, wordTail } from "./word-bold.js";

/** A paragraph that starts with a short name: "**Care** — …", "Compassion: …". */
const NAMED_PARAGRAPH = /^([\p{Lu}][^:.!?–—]{0,40}?)\s*(?::|\s[–—-]\s)\s*(\S.*)$/su;

/**
 * "*Mend before you sell.* Every returned item …": a short sentence in italics, closed by its own
 * full stop and followed by its text, leads as a bold one does (a book's or an essay's house
 * style); so does a short italic name a dash or colon sets off ("*Honest measure* — volumes
 * shall …", a charter's clause). Given as bold; anything else as it is.
 */
function italicLead(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== "emphasis" || rest.length === 0) return children;
  const words = plainText(first).trim();
  const after = plainText(rest);
  const closed = /[.!]$/.test(words) || /^\s*(?::|[–—-]\s)/.test(after);
  if (!closed || words.split(/\s+/).length > 10 || !/\S/.test(after)) return children;
  return [{ ...first, type: "strong" }, ...rest];
}

/** An editor's label opening a post's later words: "UPDATE:", "EDIT:", "PS". */
const EDITOR_LABEL = /^\W*(?:UPDATE|EDIT|PS)\b/u;

/** "**Local.** Our panels …", "Compassion: we treat …": a value named at a paragraph's start. */
export function namedParagraph(
  node: RootContent,
): { name: string; description: string | null } | null {
  if (node.type !== "paragraph") return null;
  // (Not a forum post's furniture, nor an editor's label: "**UPDATE:** Thank you all …".)
  const whole = plainText(node);
  if (POST_FURNITURE.test(whole) || EDITOR_LABEL.test(whole)) return null;
  // An icon or emoji before the name ("![Icon: a star](star.svg) **Aspire** …", "🧭 **Aspire**")
  // decorates it: its alt text or symbol is no name.
  const start = node.children.findIndex((child) => child.type !== "image" && !decoration(child));
  const children = italicLead(
    unnumberedStart(unletteredStart(node.children.slice(Math.max(0, start)))),
  );
  const text = plainText(children);
  const lead = children[0];
  // ("**R**espect — …": a bold letter inside a word; the word, read below, is the name.)
  if (lead?.type === "strong" && !boldInWord(text.slice(plainText(lead).length))) {
    // ("**1. Safety is the first knot.**": the number orders the values; it names none.)
    const name = plainText(lead)
      .replace(/[\s.:–—-]+$/, "")
      .replace(/^\d+[.)]\s*/, "");
    const rest = text.slice(plainText(lead).length).replace(/^\s*[.:–—-]?\s*/, "");
    // ("**We mend before we replace, whatever it costs.**": the company's own sentence, however long.)
    // ("**Never a queue for a call back** — …": a bold name the dash or colon sets off from its
    // description is a name up to ten words.)
    const words = name.split(/\s+/).length;
    const setOff =
      /[:–—-]\s*$/.test(plainText(lead)) || /^\s*[:–—-]\s/.test(text.slice(plainText(lead).length));
    // ("**3. Speed matters, but not more than trust.**": a number marks an item of a run.)
    const numbered = /^\d+[.)]\s/.test(plainText(lead));
    // ("**Small and often beats big and once.** …": a whole bold sentence, closed by its own full
    // stop, is set off from its description as a dash would set it off.)
    const closed = /[^.]\.\s*$/.test(plainText(lead));
    const short =
      words <= 5 || ((setOff || numbered || closed) && words <= 10) || ownSentence(name);
    if (name && short && rest) return { name, description: rest };
  }
  // ("🌱 Curiosity – …": the emoji is no part of the name.)
  const match = NAMED_PARAGRAPH.exec(text.replace(DECORATION, ""));
  const name = match?.[1]?.trim() ?? "";
  if (!match || name.split(/\s+/).length > 5) return null;
  return { name, description: match[2]?.trim() || null };
}

/**
 * A lettered clause's mark opening a line: "(a) ", "b) ", "(iv) "; or a charter's sub-clause
 * number, "4.1.2 " (three levels: an item of clause 4.1 — a paper's "5.2 **Option B:**" or
 * minutes' "7.6 **RESOLVED:**" numbers a paragraph of its own).
 */
const ITEM_LETTER = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4})\)|\d{1,2}(?:\.\d{1,3}){2,3}\.?)\s+/;

/**
 * A line's opening text without its letter ("(b) **Care** – …;": a constitution's letter orders
 * its clauses; it names none).
 */
function unlettered(text: string, lines: PhrasingContent[][]): string {
  return lines.at(-1)?.length === 0 ? text.replace(ITEM_LETTER, "") : text;
}

/**
 * The paragraph's children without the letter opening it ("(b) **Care** – …;" as a paragraph of
 * its own: the constitution's letter orders its clauses, as on a line of one paragraph).
 */
function unletteredStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== "text" || !ITEM_LETTER.test(first.value)) return children;
  const value = first.value.replace(ITEM_LETTER, "");
  return value ? [{ type: "text", value }, ...rest] : rest;
}

/**
 * The paragraph's children without a bold number opening it ("**6.** Which value …", "**1.**
 * Patience: …"): the number orders the paragraph; the name, if any, follows it.
 */
function unnumberedStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, next, ...rest] = children;
  if (first?.type !== "strong" || !/^\s*\d{1,3}[.)]?\s*$/.test(plainText(first))) return children;
  if (next?.type !== "text") return next ? [next, ...rest] : [];
  const value = next.value.replace(/^\s+/, "");
  return value ? [{ ...next, value }, ...rest] : rest;
}

/** Emoji closing a text after a space: the mark before the bold name that follows. */
const EMOJI_TAIL = /\s+((?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*)$/u;

/**
 * A paragraph of two or more lines (soft breaks), each opening with a bold name or with an emoji
 * before its name ("🌱 Curiosity – …"), or each only a short capitalised name ("Patience"): each
 * line is a value, named as a paragraph of its own would be. (Other lines may be one sentence
 * hard-wrapped.)
 */
export function namedLines(node: Paragraph): { name: string; description: string | null }[] | null {
  const lines: PhrasingContent[][] = [[]];
  for (const [i, child] of node.children.entries()) {
    // (A page imported from the web lost its soft breaks: "… find out 🤝 **Kindness** – …" — an
    // emoji before a bold name mid-paragraph opens a line as it did.)
    const next = node.children[i + 1]?.type;
    const value =
      child.type !== "text"
        ? ""
        : next === "strong"
          ? child.value.replace(EMOJI_TAIL, "\n$1")
          : child.value;
    if (child.type !== "text" || !value.includes("\n")) {
      const text = child.type === "text" ? unlettered(value, lines) : "";
      if (child.type !== "text") lines.at(-1)?.push(child);
      else if (text) lines.at(-1)?.push({ type: "text", value: text });
      continue;
    }
    value.split("\n").forEach((part, at) => {
      // (A line going on in lower case carries on the line before it, broken where a hard-wrapped
      // page broke it: "🤝 **Care** – for the person who'll read your code\nnext year".)
      if (at > 0 && /^\s*\p{Ll}/u.test(part) && (lines.at(-1)?.length ?? 0) > 0) {
        lines.at(-1)?.push({ type: "text", value: ` ${part.trimStart()}` });
        return;
      }
      if (at > 0) lines.push([]);
      const text = unlettered(part, lines);
      if (text) lines.at(-1)?.push({ type: "text", value: text });
    });
  }
  // An icon on a line of its own ("![Hop icon](hop.svg)") decorates the name on the next line.
  if (lines.length < 2) return null;
  const named = lines.filter((children) => !iconOnly(children));
  if (named.length === 0) return null;
  const values = [];
  for (const children of named) {
    const lead = children.find((child) => !decoration(child));
    const text = plainText(children);
    const marked = lead?.type === "strong" || EMOJI_LED.test(text);
    // ("🦺 Safe Always": an emoji before a name alone, no description after it.)
    const bare = text.replace(EMOJI_LEAD, "");
    const value = marked
      ? (namedParagraph({ type: "paragraph", children }) ??
        (bare !== text && EMOJI_NAME.test(bare) ? { name: bare, description: null } : null))
      : BARE_NAME.test(text)
        ? { name: text, description: null }
        : null;
    if (!value) return null;
    values.push(value);
  }
  return values;
}

/**
 * One paragraph whose sentences each open with a bold name ("**Dignity** comes first: … .
 * **Welcome** means …"): each bold lead is a value, the words up to the next its description.
 */
function runOnNames(node: Paragraph): { name: string; description: string | null }[] | null {
  const names: string[] = [];
  const descriptions: string[] = [];
  let previous = "";
  /** The letters of the last bold lead's word that the text after it carries ("**R**espect"). */
  let tail = "";
  for (const [i, child] of node.children.entries()) {
    // (Raw text: a sentence ends in ". " before the next bold lead.)
    const text = mdastToString(child).slice(tail.length);
    tail = "";
    if (child.type === "strong" && (previous === "" || /[.!?]\s$/.test(previous))) {
      const after = mdastToString(node.children[i + 1] ?? { type: "text", value: "" });
      tail = boldInWord(after) ? wordTail(after) : "";
      names.push((plainText(child) + tail).replace(/[\s.:]+$/, ""));
      descriptions.push("");
    } else if (names.length === 0) return null;
    else descriptions[names.length - 1] += text;
    previous = text;
  }
  if (names.length < 2 || names.some((n) => !n || n.split(/\s+/).length > 5)) return null;
  return names.map((name, i) => ({
    name,
    description:
      (descriptions[i] ?? "")
        .replace(/\s+/g, " ")
        .replace(/^[\s:–—-]+/, "")
        .trim() || null,
  }));
}

/**
 * A paragraph pasted from an accordion or a row of tabs: a short name alone on its first line
 * ("▸ Patient", "Aroha"), its description on the lines after ("We wait for the data …").
 */
export function nameOverCaption(node: Paragraph): { name: string; description: string } | null {
  // (An icon's alt text, "![Shield icon](shield.svg)", names nothing; a photo's caption neither.)
  const words = cardLink(node.children.filter((child) => child.type !== "image"));
  // (Nor does an icon's class or file name pasted on the line above: "icon-compass".)
  const text = mdastToString(words).trimStart().replace(ICON_LINE, "");
  const br = text.indexOf("\n");
  if (br === -1) return glyphRunOn(text);
  const name = text.slice(0, br).replace(DECORATION, "").trim();
  const description = text
    .slice(br + 1)
    .replace(/\s+/g, " ")
    .trim();
  // (Not a paragraph of names, one a line: namedLines reads those. Nor a label over a line of
  // facts, "Certifications" over "ISO 9001 · ISO 14001": a value's description is a sentence.)
  if (!NAME_LINE.test(name) || BARE_NAME.test(description) || !SENTENCE_END.test(description))
    return null;
  return { name, description };
}

/**
 * The card's words without a link alone on its last line ("[Read more](/values#care)", or its
 * words where an import could not keep the link): the card's call to act, no part of its
 * description.
 */
function cardLink(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  const before = children.at(-2);
  const alone = before?.type === "text" ? /\n\s*$/.test(before.value) : before?.type === "break";
  if (last?.type === "link" && alone) return children.slice(0, -1);
  const words = last?.type === "text" ? LAST_LINE_READ_MORE.exec(last.value) : null;
  return last?.type === "text" && words
    ? [...children.slice(0, -1), { ...last, value: last.value.slice(0, words.index) }]
    : children;
}
const LAST_LINE_READ_MORE = new RegExp(String.raw`\n\s*${READ_MORE}`, "i");
const SENTENCE_END = /[\p{L}\p{N}]["”’)]?[.!]["”’)]?$/u;
/** A caption's, a job page's or a press release's label, or a deck's "Slide 5": not a value's name. */
const FURNITURE_NAME =
  /^(?:photo|image|picture|caption|credit|source|benefits|perks|salary|location|contact|address|phone|email|hours|ends|notes?\s+(?:to|for)\s+editors|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|for\s+(?:further|more)\s+information|(?:slide|part|section|chapter|appendix)\s+[\dA-Z]{1,3})$/i;
/** "icon-compass", "fa-handshake", "compass.svg" alone on a line: an icon pasted as its name. */
const ICON = String.raw`(?:(?:icon|ico|fa|svg|img)[-_][\w-]+|[\w-]+\.(?:svg|png|jpe?g|gif|webp))`;
const ICON_LINE = new RegExp(String.raw`^${ICON}[^\S\n]*\n`, "i");
const ICON_WORD = new RegExp(String.raw`^${ICON}\s+`, "i");

/**
 * "▸ Curious We ask why …": the same accordion line imported from a web page, which has no line
 * breaks — a glyph-led name run into its description at the capital that opens its sentence.
 * ("icon-compass Find a way When …": an icon's class name serves as the glyph.)
 */
function glyphRunOn(text: string): { name: string; description: string } | null {
  const glyph = ICON_WORD.exec(text)?.[0] ?? DECORATION.exec(text)?.[0] ?? "";
  if (glyph.trim() === "") return null;
  const item = runOnItem(text.slice(glyph.length).trim());
  return item?.description && NAME_LINE.test(item.name) && SENTENCE_END.test(item.description)
    ? { name: item.name, description: item.description }
    : null;
}
/** A name alone on a line: up to six capitalised-first words, commas between ("Ship small, ship often"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]*(?:,?\s+[\p{L}'’-]+){0,5}$/u;

const EMOJI_LED = /^[\p{Extended_Pictographic}\p{So}]/u;
/** The emoji (with its joiners and selectors) and the space opening a line. */
const EMOJI_LEAD = /^(?:[\p{Extended_Pictographic}\p{So}]|\u200d|\ufe0f)+\s*/u;
/** A line that is only a name: one to four words, capitalised, no sentence marks. */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u;
/**
 * After an emoji, which marks the line as an item, a name may be a short saying with an aside in
 * brackets: "📣 Say it to their face (kindly)".
 */
const EMOJI_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}(?:\s+\([\p{L}\s'’-]{1,20}\))?$/u;

/** A full stop and the next sentence's capital. */
const NEXT_SENTENCE = /[.!?]["”’)]?\s+\p{Lu}/u;

/**
 * A sentence that names a set before a colon (or a dash) and gives the names in bold after it,
 * each with a comment ("**say what we see**, even when it's unwelcome; …"): the bold words are
 * the names.
 */
// ("There are three of them — **Warmth**, …": the count "of them", the set named before.)
const BARE_COUNT = new RegExp(String.raw`\b(${COUNT})(?:\s+of\s+them)?\s*$`, "i");

/** A mention read in text that starts `by` characters into the paragraph, in its offsets. */
const shifted = (mention: Mention, by: number): Mention => ({
  ...mention,
  end: mention.end + by,
  countIndex: mention.countIndex === null ? null : mention.countIndex + by,
});

export function boldList(
  node: Paragraph,
): { mention: Mention; names: string[]; line: number } | null {
  // (Raw text, so offsets match the children's.)
  const text = mdastToString(node);
  // (Or a spaced dash: "We have three — **Own it**, **Ask early**, **Ship small** — and …".)
  // (Past a set the sentence scraps: "scrapped the five brand values — Fresh, … — . In their
  // place are three new values: **…**" — the opener after the current set's words.)
  // (Each opener after a scrapped set reads only the words from a little before that set on, so
  // a paragraph of many openers stays linear.)
  let colon = -1;
  let mention: Mention | undefined;
  let from = 0;
  for (const opener of text.matchAll(/:|\s[—–]\s/g)) {
    colon = opener.index;
    const last = mentions(text.slice(from, colon + 1)).at(-1);
    // ("… a short set of values. The vision — “…” — was the GP's phrase. It is built on three
    // pillars: **…**": a set word in an earlier sentence opens no list at a dash of this one.)
    // (The next opener is read from the next sentence on, so each stretch is read once.)
    const between = last ? text.slice(from + last.end, colon) : "";
    const next = NEXT_SENTENCE.exec(between);
    if (last && next && !BARE_COUNT.test(between)) {
      mention = undefined;
      from += last.end + next.index + 1;
      continue;
    }
    mention = last ? shifted(last, from) : mention;
    if (!mention || !formerSet(text, mention)) break;
    from = Math.max(0, mention.end - 200);
  }
  // ("Our values aren't a poster. We have three — …": a bare count right before the opener.)
  const bare = mention?.count === null ? BARE_COUNT.exec(text.slice(0, colon)) : null;
  // (A bare count binds the set word from further back: "… slimmed down its values. Where it once
  // listed seven, staff will now live by three: …".)
  if (!mention || colon - mention.end > (bare ? 120 : 40)) return null;
  let offset = 0;
  const names: string[] = [];
  for (const child of node.children) {
    const own = plainText(child);
    if (child.type === "strong" && offset > colon) names.push(own.replace(/[\s.,;:]+$/, ""));
    offset += mdastToString(child).length;
  }
  const short = names.every((n) => n.length > 0 && n.split(/\s+/).length <= 6);
  const counted = bare
    ? { ...mention, count: parseCount(bare[1] as string), countIndex: bare.index }
    : mention;
  return names.length >= 2 && short
    ? { mention: counted, names, line: node.position?.start.line ?? 1 }
    : null;
}

/**
 * Bold names in a flowing sentence right after a verb of holding to ("the firm cares about
 * **candour**, **thrift** and **care**, and that those three things …"): the names, and the
 * count said back just after them. Under a values heading (`grounded`) the bold run itself is
 * the mark, whatever verb leads to it ("we ask every volunteer to be **kind**, **frank** and
 * **calm**").
 */
export function heldBold(
  node: Paragraph,
  grounded = false,
): { names: string[]; count: number | null; line: number } | null {
  const names: string[] = [];
  let before = "";
  let after = "";
  for (const child of node.children) {
    const text = mdastToString(child);
    if (child.type === "strong" && (names.length > 0 || grounded || holdsTo(before))) {
      names.push(plainText(child).replace(/[\s.,;:]+$/, ""));
    } else if (names.length === 0) before = (before + text).slice(-40);
    // Only commas and "and" join the names; any other words end the run.
    else if (!/^\s*,?\s*(?:and\s+)?$/.test(text)) {
      after = text;
      break;
    }
  }
  const short = names.every((n) => n.length > 0 && n.split(/\s+/).length <= 6);
  if (names.length < 3 || !short) return null;
  return { names, count: thoseCount(after)?.count ?? null, line: node.position?.start.line ?? 1 };
}

/**
 * A paragraph that counts a set in a sentence of its own and then names each of it in bold, one
 * to a sentence, inside sentences about it ("Two values shape our work. We look for **patience**
 * in every proofreader. We also prize **thrift**, and …" — or one to a clause between semicolons):
 * the bold phrases, when there are as many as the count.
 */
export function countedBold(
  node: Paragraph,
): { mention: Mention; names: string[]; line: number } | null {
  let text = "";
  let mention: Mention | undefined;
  const names: string[] = [];
  /** The text since the last bold name (or the count): a sentence must end in it. */
  let since = "";
  for (const child of node.children) {
    const raw = mdastToString(child);
    if (child.type === "strong") {
      if (!mention) {
        mention = mentions(text).find((m) => m.count !== null);
        // (The count's sentence ends before the first bold name: no colon, no list after it.)
        if (!mention || !/[.!?]\s/.test(text.slice(mention.end))) return null;
      } else if (!/[.!?;]\s/.test(since)) return null;
      names.push(plainText(child).replace(/[\s,.;:]+$/, ""));
      since = "";
    } else since += raw;
    text += raw;
  }
  const short = names.every((n) => n.length > 0 && n.split(/\s+/).length <= 4 && !/\d/.test(n));
  return mention && names.length >= 2 && names.length === mention.count && short
    ? { mention, names, line: node.position?.start.line ?? 1 }
    : null;
}

/** The name each paragraph of `section` opens with ("**Ana Pike:** …"), null when none. */
export function leadsIn(blocks: DocBlock[], section: SectionNodes): (string | null)[] {
  return blocks
    .filter((b) => b.section === section)
    .map((b) => namedParagraph(b.node)?.name ?? null);
}

/**
 * The most values one run of paragraphs gives. No page names more values in a row (the corpus's
 * longest set has 16); the bound keeps reading linear where each paragraph of a long run that is
 * no set (a dialogue's turns) is tried as a run's start.
 */
const MAX_RUN_VALUES = 40;

/** Consecutive paragraphs of one section, each a named value. */
export function paragraphRun(blocks: DocBlock[], start: number): BlockRun {
  const values: Value[] = [];
  const absorbed: RootContent[] = [];
  const section = blocks[start]?.section;
  /** Icon paragraphs since the last value: absorbed only when a value follows them. */
  let icons: RootContent[] = [];
  /** The run's last value was a bold name alone, with no caption. */
  let bare = false;
  /** The run's last value was named in plain words closed by a full stop ("Integrity. We …"). */
  let closedRun = false;
  /** The number the next bold title of a numbered run carries ("**3. …**" after "**2. …**"). */
  let number: number | null = null;
  // (The run's first node is the set's anchor; what it takes after it — the first value's caption
  // too — is absorbed, so reading goes on after the run's last block.)
  const take = (i: number, ...nodes: RootContent[]) => {
    absorbed.push(...icons, ...(i > start ? nodes : nodes.slice(1)));
    icons = [];
  };
  for (let i = start; i < blocks.length && values.length < MAX_RUN_VALUES; i++) {
    const block = blocks[i] as DocBlock;
    if (block.section !== section || block.node.type !== "paragraph") break;
    const line = block.node.position?.start.line ?? 1;
    // "![Icon of a key](key.svg)" alone: the picture over the next value.
    if (iconOnly(block.node.children)) {
      if (i > start) icons.push(block.node);
      continue;
    }
    // "**Slow.**", "**Local.**", "**Quiet.**": one bold name to a paragraph, none captioned. (The
    // paragraph after the last is the page going on, not that name's caption.)
    const after = blocks[i + 1];
    const nextBold = after?.section === section && boldOnly(after.node);
    if (boldOnly(block.node) && (bare || nextBold)) {
      values.push({
        name: plainText(block.node).replace(/[\s.:–—-]+$/, ""),
        description: null,
        line,
      });
      take(i, block.node);
      bare = true;
      continue;
    }
    bare = false;
    // "**Own it**" alone, its caption in the next paragraph.
    const caption =
      boldOnly(block.node) || numberedBold(block.node, number) ? blocks[i + 1] : undefined;
    if (
      caption?.section === section &&
      caption.node.type === "paragraph" &&
      !boldOnly(caption.node)
    ) {
      // ("**1. Own it**": the number orders the names, as a numbered heading's does; no part.)
      const title = plainText(block.node);
      const name = title.replace(SECTION_NUMBER, "").trim();
      if (FURNITURE_NAME.test(name.replace(/[\s.:]+$/, ""))) break;
      // (A photo or a bracketed aside after the caption, then "**4. …**": read on, the
      // interlude part of the third value's text, as under a numbered heading.)
      number = numberAfter(title);
      const interlude = interludeBefore(blocks, i + 2, number);
      values.push({
        name,
        description: [plainText(caption.node), ...interlude.map(interludeText)]
          .filter(Boolean)
          .join(" "),
        line,
      });
      take(i, block.node, caption.node, ...interlude);
      i += 1 + interlude.length;
      continue;
    }
    // "🌱 **Curiosity** – …" and the next values on the following lines of one paragraph.
    const lines = namedLines(block.node) ?? runOnNames(block.node);
    if (lines) {
      values.push(...lines.map((value, at) => ({ ...value, line: line + at })));
      take(i, block.node);
      continue;
    }
    // (A plain name closed by a full stop only beside another: "Mostly. The mission is …" alone
    // answers a question.)
    const closed: ReturnType<typeof closedName> | false =
      (closedRun || (after?.section === section && closedName(after.node) !== null)) &&
      closedName(block.node);
    const named: { name: string; description: string | null } | null =
      nameOverCaption(block.node) ?? namedParagraph(block.node) ?? (closed || null);
    closedRun = !!closed && named === closed;
    // "**Our values in action.** Each year …" speaks about the set: the run has ended; so does
    // the page's furniture after it ("Photo: The night team …", "Benefits: 28 days' holiday …").
    // (So does the page's next part: "What that looks like in practice", "How we got here".)
    if (
      named &&
      (ABOUT_THE_SET.test(named.name) ||
        FURNITURE_NAME.test(named.name) ||
        NEXT_PART.test(named.name))
    )
      break;
    if (named) {
      values.push({ ...named, line });
      take(i, block.node);
      continue;
    }
    // "Kindness" alone on its line, its caption the next paragraph (a card or an accordion pasted
    // as paragraphs): as "**Kindness**" over its caption is.
    const own = plainText(block.node);
    const said =
      after?.section === section && after.node.type === "paragraph" ? plainText(after.node) : "";
    if (
      BARE_NAME.test(own) &&
      !FURNITURE_NAME.test(own) &&
      !BARE_NAME.test(said) &&
      SENTENCE_END.test(said) &&
      block.node.children.every((c) => c.type === "text")
    ) {
      values.push({ name: own, description: said, line });
      take(i, block.node, after?.node as RootContent);
      i++;
      continue;
    }
    // "We value hospitality:" on its own line, its description in the next paragraph.
    // (Not a lead-in that names the set, "Highmoor lists four values on its careers page:", or
    // counts it, "Three rules we live by:".)
    const text = plainText(block.node);
    const lead = mentions(text).length > 0 || countedNoun(text) !== null;
    const label = lead ? undefined : LABEL_PARAGRAPH.exec(text)?.[1];
    const next = blocks[i + 1];
    if (!label || label.split(/\s+/).length > 8) break;
    const described = next?.section === section && next.node.type === "paragraph";
    const description = described && !LABEL_PARAGRAPH.test(plainText(next.node));
    values.push({ name: label, description: description ? plainText(next.node) : null, line });
    take(i, block.node, ...(description ? [next.node] : []));
    if (description) i++;
  }
  return { values, absorbed };
}

/** A title asking what comes next: the page's next part, not a value. */
const NEXT_PART = /^(?:what|how|why|where|when)\s/i;

/** The number a numbered title's successor carries ("**3. Keep it**" → 4), null when unnumbered. */
const numberAfter = (title: string): number | null => {
  const number = numbering(title.trimStart());
  return number && (number.form === "." || number.form === ")") ? number.n + 1 : null;
};

/** What an interlude says: an aside's words, a photo's caption (not the picture's alt text). */
const interludeText = (node: Paragraph): string =>
  picture(node)
    ? node.children
        .filter((c) => c.type === "emphasis")
        .map(plainText)
        .join(" ")
    : plainText(node);

/**
 * The photos and bracketed asides from `start` on, when the bold title numbered `n` comes right
 * after them ("**4. Waste is a recipe problem**"); else none.
 */
function interludeBefore(blocks: DocBlock[], start: number, n: number | null): Paragraph[] {
  const section = blocks[start - 1]?.section;
  const found: Paragraph[] = [];
  for (let i = start; n !== null && i < blocks.length && found.length < 3; i++) {
    const { node } = blocks[i] as DocBlock;
    if (blocks[i]?.section !== section || node.type !== "paragraph") break;
    if (picture(node) || aside(node)) found.push(node);
    else return numberedBold(node, n) ? found : [];
  }
  return [];
}

/**
 * "Integrity. We tell clients …": a value named in plain words closed by a full stop, its
 * description the sentences after — in a run of such paragraphs, as a bold "**Integrity.**" is.
 * (Not a short sentence of the page's own: "Yes. We know …", "This year. We promise.")
 */
export function closedName(node: RootContent): { name: string; description: string } | null {
  if (node.type !== "paragraph") return null;
  const match = CLOSED_NAME.exec(plainText(node));
  const name = match?.[1] ?? "";
  if (!match || NOT_A_NAME.test(name)) return null;
  return { name, description: (match[2] ?? "").trim() };
}
const CLOSED_NAME = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})\.\s+(\p{Lu}.*[.!])$/su;
const NOT_A_NAME =
  /^(?:we|our|i|you|it|this|that|these|they|there|here|yes|no|thanks|today|now|then|so|and|but)\b/i;

/** Images and blank text only: an icon, no words of its own. */
function iconOnly(children: PhrasingContent[]): boolean {
  const images = children.filter((child) => child.type === "image").length;
  return (
    images > 0 &&
    children.every((c) => c.type === "image" || (c.type === "text" && !c.value.trim()))
  );
}

/** A bold label on a line of its own that names no set ("**Related stories**", not "**Our values**"). */
export function labelledApart(node: RootContent | undefined): boolean {
  return node !== undefined && boldOnly(node) && !ABOUT_THE_SET.test(plainText(node));
}

/** A paragraph that is one short bold name and nothing else: "**Keep it simple**". */
export function boldOnly(node: RootContent): boolean {
  const only = loneBold(node);
  // (A number orders the names and is no word of one: "**4. Waste is a recipe problem**".)
  return only !== undefined && plainText(only).replace(SECTION_NUMBER, "").split(/\s+/).length <= 5;
}

/** The one bold span a paragraph is made of, blank text aside; undefined for any other block. */
function loneBold(node: RootContent): Strong | undefined {
  if (node.type !== "paragraph") return undefined;
  const words = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  const [only] = words;
  return words.length === 1 && only?.type === "strong" ? only : undefined;
}

/**
 * "**6. Say no to the order you can't keep**" after "**5. …**": a bold title numbered `n`, the
 * next of a numbered run, however long its name (as a numbered heading's may be).
 */
function numberedBold(node: RootContent, n: number | null): boolean {
  if (n === null || loneBold(node) === undefined) return false;
  const text = plainText(node);
  return numberAfter(text) === n + 1 && text.split(/\s+/).length <= 13;
}

/**
 * A run of three or more paragraphs under "What guides us", each value's name set in bold
 * ("**Never a queue for a call back** — …"): the page marks them as names, however long.
 */
export function boldNames(first: RootContent, run: BlockRun): boolean {
  const bold = [first, ...run.absorbed].filter(
    (node) => node.type === "paragraph" && node.children[0]?.type === "strong",
  );
  return run.values.length >= 3 && bold.length >= run.values.length;
}

/** A paragraph of named lines ("🔍 **Curiosity** — …" a line). */
export function namedLinesNode(node: RootContent | undefined): boolean {
  return node?.type === "paragraph" && namedLines(node) !== null;
}

/** A list whose every item opens with a bold name ("**Courage** – …", "🔥 **Courage** – …"). */
export function boldLed(node: RootContent | undefined): boolean {
  if (node?.type !== "list" || node.children.length < 2) return false;
  return node.children.every((item) => {
    const first = item.children[0];
    const lead = first?.type === "paragraph" ? first.children.find((c) => !decoration(c)) : null;
    return lead?.type === "strong";
  });
}

/**
 * A list whose every item sets its name apart: a bold lead ("**Courage** – …"), or the name alone
 * on the item's first line over its description ("+ Ask early" then "A question on day one …").
 */
export function namesSetApart(node: RootContent | undefined): boolean {
  if (boldLed(node)) return true;
  if (node?.type !== "list" || node.children.length < 2) return false;
  // (Or runs each into it, the line break lost on import: "- Default to open Channels are …";
  // or sets each off with a spaced dash: "- Kindness — to animals and volunteers".)
  return node.children.every((item) => {
    const first = item.children[0];
    return (
      first?.type === "paragraph" &&
      (nameOverCaption(first) !== null ||
        runOnItem(plainText(first)) !== null ||
        DASHED_NAME.test(plainText(first)))
    );
  });
}

/** A name of up to three words, a spaced en or em dash, then its description. */
const DASHED_NAME = /^\s*[^\s—–:]+(?:\s+[^\s—–:]+){0,2}\s+[—–]\s+\S/;

/** A paragraph that only names a value and ends in a colon: "We value hospitality:", "Candour:". */
const LABEL_PARAGRAPH = /^(?:we\s+(?:also\s+)?value\s+)?([^:.!?]{1,80}):$/i;

/** The items that name values: a last "**Living our values** – …" speaks about the set. */
export function ownItems<T extends Value | (Item & { line: number })>(
  items: T[] | null,
): T[] | null {
  const own = items?.filter((item) => !ABOUT_THE_SET.test(item.name)) ?? [];
  return own.length >= 2 ? own : items;
}

/**
 * A heading's number: "2. Care", "2) Care", or a handbook's section number of two levels or more,
 * "3.2 Care" or "3.2. Care" (the whole of it, not "2 Care" after the "3." is gone), or a design's
 * zero-padded index, "02 Care".
 */
export const SECTION_NUMBER = /^\s*(?:\d+(?:\.\d+)+\.?\s+|\d+[.)]\s*|0\d\s+)/;

/** A heading about the set, not one of it: "How we hire for these values", "Values in action?". */
export const ABOUT_THE_SET = /\b(?:values|principles|pillars|beliefs)\b|\?\s*$/i;
