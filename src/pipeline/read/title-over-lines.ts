/**
 * Paragraphs that a page's lines were pasted into. A site's HTML often writes a part as one
 * paragraph broken with `<br>` ("Our Mission<br>To put fresh milk …"), and text copied from a
 * page keeps those breaks as lines of one paragraph: a title on the first line over its text, or
 * a value on each line ("Freshness – milk within a day.", "Thrift – nothing wasted."); a PDF's
 * numbered sub-part ("3.1 Generate") over its text. Each such
 * paragraph is cut into the paragraphs the page shows, so the title is read as a title and each
 * value's line as the line of its own it is. Places stay exact: each piece keeps its source span.
 */

import type { Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { VFile } from "vfile";
import { LABEL, titleLine } from "./labels.js";
import { sectionKind } from "./sections.js";
import { plainText } from "./text.js";

export function cutPastedLines(tree: Root, file: VFile): void {
  const doc = String(file);
  // (Not inside a quote: a callout's "**Our mission**" over its line is read whole, callouts.ts.)
  const cuts = tree.children.map((node) =>
    node.type === "paragraph" ? cutParagraph(node, doc) : null,
  );
  // A card's bold name over its sentence comes in a run of cards; alone it may be a signature
  // ("**Angus Quennick**" over "Founder"), left whole.
  const card = (i: number) => cuts[i]?.card === true;
  tree.children = tree.children.flatMap((node, i): RootContent[] => {
    const cut = cuts[i];
    if (!cut || (cut.card && !card(i - 1) && !card(i + 1))) return [node];
    return cut.pieces;
  });
}

/** The paragraphs `node` is cut into, and whether the cut is a card's (a bold name's only). */
function cutParagraph(node: Paragraph, doc: string): { pieces: Paragraph[]; card: boolean } | null {
  const lines = splitLines(node, doc);
  if (!lines || lines.length < 2) return null;
  const titled = titledLines(lines) ?? wrappedNamedLines(lines);
  if (titled) return { pieces: titled, card: false };
  const [first, ...rest] = lines;
  // "Our Mission" over "To put fresh milk …": a part's title on the first line, a new sentence
  // (or its values, a line each) below.
  const title = first ? lineKind(first) : null;
  if (first && title && /^["“'‘\p{Lu}\d]/u.test(plainText(rest[0] ?? first))) {
    if (rest.length >= 2 && rest.every(namedLine)) return { pieces: lines, card: false };
    // ("Our values" over "There are four things we hold to." over "Patience – …", …: an intro,
    // then a value on each line.)
    // (The named lines are the longest run of them that ends the paragraph, found from the end
    // in one pass; the intro is at least the line before.)
    let suffix = rest.length;
    while (suffix > 0 && namedLine(rest[suffix - 1] as Paragraph)) suffix--;
    const named = Math.max(suffix, 1);
    const intro = rest.length - named >= 2 ? joinLines(rest.slice(0, named)) : null;
    if (intro) return { pieces: [first, intro, ...rest.slice(named)], card: false };
    const [line, body] = splitLines(node, doc, 1) ?? [];
    return line && body ? { pieces: [line, body], card: title === "card" } : null;
  }
  // "Freshness – milk within a day." on every line: each line a value's; "Mission: …" over
  // "Vision: …" over "Values: …", a slide's recap: each line a part's.
  return lines.every(namedLine) || lines.every(keyedLine) ? { pieces: lines, card: false } : null;
}

/**
 * A column's text with no blank lines, as pdftotext writes it: "Who we are" over its text,
 * "Precision" over its sentence, … — each short line that follows a finished sentence and is
 * followed by a new one is a title, and the lines up to the next title are its text, one
 * paragraph. At least three titles, or a hard-wrapped paragraph's short line could pass for one.
 */
function titledLines(lines: Paragraph[]): Paragraph[] | null {
  const texts = lines.map((line) => plainText(line).trim());
  const title = (i: number) =>
    TITLE_LINE.test(texts[i] ?? "") &&
    (texts[i] ?? "").split(/\s+/).length <= MAX_TITLE_WORDS &&
    (i === 0 || /[.!?]["”’)]?$/.test(texts[i - 1] ?? "")) &&
    /^["“‘\p{Lu}\d]/u.test(texts[i + 1] ?? "");
  const starts = lines.flatMap((_, i) => (title(i) ? [i] : []));
  if (starts.length < 3) return null;
  const pieces: Paragraph[] = [];
  let from = 0;
  for (const start of [...starts, lines.length]) {
    const text = start > from ? joinLines(lines.slice(from, start)) : undefined;
    if (text === null) return null;
    if (text) pieces.push(text);
    if (start < lines.length) pieces.push(lines[start] as Paragraph);
    from = start + 1;
  }
  return pieces;
}

/**
 * A PDF's values as "Name – text" lines hard-wrapped at the page's width: "Safety first – no job
 * is so urgent … If it is" over "not safe, stop and tell …". Each line opening with a short name
 * and a spaced dash starts a value, the lower-case lines after it its text; the lines before the
 * first (a numbered title, an intro) and from a numbered title after the last ("1.4 Our Sites")
 * are parts of their own. At least three values.
 */
function wrappedNamedLines(lines: Paragraph[]): Paragraph[] | null {
  const texts = lines.map((line) => plainText(line).trim());
  const starts = texts.flatMap((text, i) => (NAMED_START.test(text) ? [i] : []));
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined || starts.length < 3) return null;
  const close = texts.findIndex((text, i) => i > last && SUBSECTION.test(text));
  const end = close === -1 ? lines.length : close;
  // (Every line inside the run that starts no value goes on with one: a wrapped line.)
  const starting = new Set(starts);
  const wrapped = texts.slice(first, end).filter((_, k) => !starting.has(first + k));
  if (!wrapped.every((text) => /^\p{Ll}/u.test(text))) return null;
  const groups: Paragraph[][] = [];
  const lead = lines.slice(0, first);
  const head = lead[0];
  const titled =
    head !== undefined && (SUBSECTION.test(texts[0] ?? "") || lineKind(head) === "part");
  if (titled && lead.length > 1) groups.push(lead.slice(0, 1), lead.slice(1));
  else if (lead.length > 0) groups.push(lead);
  for (const [k, start] of starts.entries()) groups.push(lines.slice(start, starts[k + 1] ?? end));
  if (end < lines.length) groups.push(lines.slice(end, end + 1), lines.slice(end + 1));
  const pieces = groups.filter((group) => group.length > 0).map(joinLines);
  return pieces.every((piece): piece is Paragraph => piece !== null) ? pieces : null;
}
/** "Safety first – no job …": a short name, then a spaced dash and its text. */
const NAMED_START = /^\p{Lu}[\p{L}'’ -]{0,40}?\s[–—]\s\S/u;

/** "Precision", "Safety without exception": up to six words, no sentence's end or pause. */
const TITLE_LINE = /^[\p{Lu}\d][^.!?,;:]{0,47}(?<![.!?,;:])$/u;
const MAX_TITLE_WORDS = 6;

/**
 * Consecutive lines as one paragraph again, each break kept in its text; null when a line ends
 * or starts with emphasis or a link (no text to hold the break).
 */
function joinLines(lines: Paragraph[]): Paragraph | null {
  const [head, ...tail] = lines;
  if (!head) return null;
  const children = [...head.children];
  for (const line of tail) {
    const last = children.at(-1);
    const [first, ...rest] = line.children;
    if (last?.type !== "text" || first?.type !== "text" || !last.position || !first.position)
      return null;
    children[children.length - 1] = {
      type: "text",
      value: `${last.value}\n${first.value}`,
      position: { start: last.position.start, end: first.position.end },
    };
    children.push(...rest);
  }
  const start = head.position?.start;
  const end = lines.at(-1)?.position?.end;
  return start && end ? { type: "paragraph", children, position: { start, end } } : null;
}

/**
 * "3.1 Generate" over "Build at least 1.5 MW …": a report's numbered sub-part, pasted from a PDF
 * with its text on the next line (a number in parts, then a name of up to four words).
 */
const SUBSECTION = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+\p{Lu}\S*(?:\s+\S+){0,3}$/u;

/**
 * "Our Mission", "**Our values**": a short line naming a part Credo reads, and nothing else
 * ("part"); or another short title in bold ("**Dignity**" over its sentence: a card's name).
 */
function lineKind(line: Paragraph): "part" | "card" | null {
  // (Not a sentence's first line, hard-wrapped: "Greyfield lists three values: freshness,".)
  const title = titleLine(line);
  if (title === null || title.includes(":")) return null;
  if (LABEL.test(title) || sectionKind(title) !== "other" || SUBSECTION.test(title)) return "part";
  return line.children[0]?.type === "strong" ? "card" : null;
}

/** "Freshness – milk within a day of milking.", "Thrift: nothing wasted.": a name, then its text. */
function namedLine(line: Paragraph): boolean {
  return NAMED_LINE.test(plainText(line));
}

const NAMED_LINE = /^\p{Lu}[\p{L}'’ -]{0,40}?(?:\s[–—-]\s|:\s)\S.*[.!]$/u;

/** "Mission: give every …", "Our values: …": a line opened by a part's label and its colon. */
const keyedLine = (line: Paragraph) => KEYED_LINE.test(plainText(line));
const KEYED_LINE =
  /^(?:(?:our|the)\s+)?(?:mission|vision|purpose|(?:core\s+)?values|principles|pillars)(?:\s+statement)?\s*:\s*\S/i;

/**
 * The paragraph's lines (the first `cuts` + 1 of them, the last holding the rest), each as a
 * paragraph with its exact source span; null when a break sits inside emphasis or a link, or the
 * source does not show the breaks the text has.
 */
function splitLines(
  node: Paragraph,
  doc: string,
  cuts = Number.POSITIVE_INFINITY,
): Paragraph[] | null {
  const lines: PhrasingContent[][] = [[]];
  for (const child of node.children) {
    const cut = lines.length <= cuts;
    if (child.type === "break" && cut) {
      lines.push([]);
      continue;
    }
    if (child.type !== "text" || !child.value.includes("\n") || !cut) {
      if ("children" in child && plainText(child).includes("\n")) return null;
      lines.at(-1)?.push(child);
      continue;
    }
    const pieces = textPieces(child, doc, cuts - lines.length + 1);
    if (!pieces) return null;
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece.value.trim()) lines.at(-1)?.push(piece);
    });
  }
  const paragraphs: Paragraph[] = [];
  for (const children of lines) {
    if (children.length === 0) continue;
    const start = children[0]?.position?.start;
    const end = children.at(-1)?.position?.end;
    if (!start || !end) return null;
    paragraphs.push({ type: "paragraph", children, position: { start, end } });
  }
  return paragraphs;
}

/**
 * A text's lines as texts (at most `cuts` cuts, the last piece holding the rest), each with its
 * place in the source: after a quote's "> " prefix, up to its end (or the text's). Each break is
 * one newline, so piece `i` stands on the text's line + `i`.
 */
function textPieces(text: Text, doc: string, cuts: number): Text[] | null {
  const start = text.position?.start;
  const end = text.position?.end;
  const base = start?.offset;
  if (!start || !end || base === undefined || end.offset === undefined) return null;
  const source = doc.slice(base, end.offset);
  const all = text.value.split("\n");
  const breaks = [...source.matchAll(/\n[ \t>]*/g)];
  if (breaks.length !== all.length - 1) return null;
  const values = cuts < all.length ? [...all.slice(0, cuts), all.slice(cuts).join("\n")] : all;
  return values.map((value, i) => {
    const newline = breaks[i - 1];
    const from = newline ? newline.index + newline[0].length : 0;
    // (Its column: the prefix's length, the newline counting for the 1 columns start at.)
    const column = newline ? newline[0].length : start.column;
    const to = breaks[i]?.index;
    const last = i === values.length - 1 || to === undefined;
    return {
      type: "text",
      value,
      position: {
        start: { line: start.line + i, column, offset: base + from },
        end: last ? end : { line: start.line + i, column: column + (to - from), offset: base + to },
      },
    };
  });
}
