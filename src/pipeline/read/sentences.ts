/**
 * Sentences of the document, segmented by the unified collective's English parser
 * (mdast-util-to-nlcst + parse-english), each able to map a character index back to its
 * line:column in the source — so statements and counts found by text patterns keep exact places.
 */
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toNlcst } from "mdast-util-to-nlcst";
import type {
  Node as NlcstNode,
  Paragraph as NlcstParagraph,
  Parent as NlcstParent,
  Sentence as NlcstSentence,
} from "nlcst";
import { ParseEnglish } from "parse-english";
import { VFile } from "vfile";
import type { Place } from "../../schema/schema.js";
import { inlineLabels } from "./restored-headings.js";

export interface Sentence {
  /**
   * The sentence's text, with curly quotes folded to straight ones, a note mark after its end
   * blanked ("… and candour.[5]": the list ends at the full stop) and a word hyphenated over a
   * line break joined ("pur-⏎pose") — the same length as `raw`.
   */
  text: string;
  /** The sentence's text as written. */
  raw: string;
  /** Source offset of the first character (to find the block the sentence is in). */
  offset: number;
  /** Place in the source of character `index` of `text`. */
  at(index: number): Place;
}

interface Leaf {
  start: number;
  line: number;
  column: number;
}

/** Fold typographic quotes to ASCII without changing string length, for pattern matching. */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’‛′‹›]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/**
 * "… three things we stand for 👇": an emoji pointing down to what follows closes a lead-in as a
 * colon does — read as one, spaces keeping the length.
 */
export const pointingColon = (text: string): string =>
  text.replace(
    /\s*(?:👇[\u{1F3FB}-\u{1F3FF}]?|⬇\uFE0F?|🔽)\s*$/u,
    (all) => `${" ".repeat(all.length - 1)}:`,
  );

/** A note mark after a sentence's end ("first.[1]"), as spaces of its length. */
const blankNoteMarks = (text: string): string =>
  text.replace(
    /([.!?]["')]?)(\[\d{1,3}\])/g,
    (_, end: string, mark: string) => end + " ".repeat(mark.length),
  );

/**
 * "our pur-⏎pose: to keep …": text pasted from a PDF keeps the hyphenation of its lines. The
 * word is joined, its two halves moved up to the characters after it (blanks where they stood),
 * so the length and every place after the word stay as written. (A compound broken at its own
 * hyphen, "long-⏎term", joins too: hard-wrapped Markdown breaks lines at spaces.)
 */
const joinHyphenated = (text: string): string =>
  text.replace(
    /(?<!\p{L})(\p{L}\p{Ll}+)-\n[ \t>]*(\p{Ll}{2,})/gu,
    (all, head: string, tail: string) =>
      " ".repeat(all.length - head.length - tail.length) + head + tail,
  );

/**
 * Nodes whose children are segmented one by one. mdast-util-to-nlcst on the whole tree builds
 * one sentence of the whole document and splits it piece by piece: time in the square of the
 * number of paragraphs, list items or headings. It always breaks sentences between siblings on
 * different lines, so segmenting them apart finds the same sentences — except that none starts
 * with the blank line before it, and a stray quote mark ending a paragraph stays in it.
 */
const CONTAINERS = new Set<Nodes["type"]>([
  "root",
  "blockquote",
  "list",
  "listItem",
  "footnoteDefinition",
]);

export function sentencesOf(tree: Root, file: VFile): Sentence[] {
  const doc = String(file);
  const sentences: Sentence[] = [];
  for (const unit of units(tree)) {
    const start = unit.position?.start;
    const end = unit.position?.end.offset;
    if (start?.offset === undefined || end === undefined) continue;
    // The unit alone, with offsets from its start: positions are shifted back in toSentence.
    const shift: Shift = { offset: start.offset, line: start.line - 1, column: start.column - 1 };
    const part = new VFile(doc.slice(start.offset, end));
    const root = toNlcst(shifted(unit, start.offset), part, ParseEnglish, {
      ignore: ["yaml", "code", "html"],
    });
    const visit = (node: NlcstNode): void => {
      if (node.type === "ParagraphNode") {
        keepNoteMarks(node as NlcstParent);
        splitAtClosingIn(node as NlcstParagraph);
      }
      if (node.type === "SentenceNode") {
        sentences.push(toSentence(node as NlcstParent, shift));
        return;
      }
      if ("children" in node) for (const child of (node as NlcstParent).children) visit(child);
    };
    visit(root);
  }
  return sentences;
}

/**
 * A note mark written right after a sentence's full stop ("… trusts first.[1]") ends that
 * sentence, as the page shows it; the segmenter opens the next sentence with it (or makes it a
 * sentence of its own), so it is moved back.
 */
function keepNoteMarks(paragraph: NlcstParent): void {
  paragraph.children.forEach((node, i) => {
    const before = paragraph.children[i - 1];
    if (node.type !== "SentenceNode" || before?.type !== "SentenceNode") return;
    const sentence = node as NlcstParent;
    const mark = sentence.children.slice(0, 3).map(nlcstText);
    if (mark[0] !== "[" || !/^\d{1,3}$/.test(mark[1] ?? "") || mark[2] !== "]") return;
    const moved = sentence.children.splice(0, 3);
    (before as NlcstParent).children.push(...moved);
    // (What follows the mark, after its space, is the next sentence.)
    while (sentence.children[0]?.type === "WhiteSpaceNode") sentence.children.shift();
    const start = sentence.children[0]?.position?.start;
    if (sentence.position && start) sentence.position = { ...sentence.position, start };
  });
  paragraph.children = paragraph.children.filter(
    (node) => node.type !== "SentenceNode" || (node as NlcstParent).children.length > 0,
  );
}

/**
 * "… the places we work in. These values …": the segmenter reads "in." as the abbreviation of
 * inches and runs the two sentences together; a closing "in." not after a number, before a
 * capitalised word, ends its sentence.
 */
function splitAtClosingIn(paragraph: NlcstParagraph): void {
  paragraph.children = paragraph.children.flatMap((node): NlcstParagraph["children"] => {
    if (node.type !== "SentenceNode" || !node.position) return [node];
    const { children } = node;
    // (The cuts found in one pass, then each piece sliced once: linear in the sentence.)
    const cuts: number[] = [];
    for (let i = 2; i < children.length - 2; i++) {
      const word = children[i] as (typeof children)[number];
      const next = children[i + 2] as (typeof children)[number];
      if (
        /^in\.$/i.test(nlcstText(word)) &&
        children[i + 1]?.type === "WhiteSpaceNode" &&
        next.type === "WordNode" &&
        /^\p{Lu}/u.test(nlcstText(next)) &&
        !/\d/.test(nlcstText(children[i - 2] ?? word)) &&
        word.position &&
        next.position
      )
        cuts.push(i);
    }
    if (cuts.length === 0) return [node];
    const pieces: NlcstSentence[] = [];
    let from = 0;
    for (const cut of [...cuts, children.length + 1]) {
      const part = children.slice(from, cut + 1);
      const start = part[0]?.position?.start;
      const end = part.at(-1)?.position?.end;
      if (start && end) pieces.push({ ...node, children: part, position: { start, end } });
      from = cut + 2;
    }
    return pieces;
  });
}

const nlcstText = (node: NlcstNode): string =>
  "value" in node && typeof node.value === "string"
    ? node.value
    : "children" in node
      ? (node as NlcstParent).children.map(nlcstText).join("")
      : "";

/** The containers' descendants that are segmented alone (siblings on one line stay together). */
function units(node: Nodes): Nodes[] {
  if (node.type === "paragraph") return labelLines(node);
  if (!CONTAINERS.has(node.type) || !("children" in node)) return [node];
  const children: Nodes[] = node.children;
  const apart = children.every(
    (child, i) =>
      i === 0 ||
      (children[i - 1]?.position?.end.line ?? 0) < (child.position?.start.line ?? 0) ||
      inlineLabels.has(children[i - 1] as RootContent),
  );
  return apart ? children.flatMap(units) : [node];
}

/**
 * A card of bold labels on lines of their own ("**Founded:** 1990", "**Mission:** '…'"): each
 * line after a hard break that opens with a label and its colon is a sentence of its own, not the
 * tail of the line before. (Other broken lines, a wrapped sentence or an address, stay together.)
 */
function labelLines(paragraph: Paragraph): Nodes[] {
  const lines: PhrasingContent[][] = [[]];
  paragraph.children.forEach((child, i) => {
    if (child.type === "break" && labelOpens(paragraph.children[i + 1], paragraph.children[i + 2]))
      lines.push([]);
    else lines.at(-1)?.push(child);
  });
  if (lines.length === 1) return [paragraph];
  return lines.flatMap((children) => {
    const start = children[0]?.position?.start;
    const end = children.at(-1)?.position?.end;
    return start && end ? [{ type: "paragraph", children, position: { start, end } }] : [];
  });
}

/** "**Founded:**" or "**Founded**:" opening a line. */
function labelOpens(
  first: PhrasingContent | undefined,
  next: PhrasingContent | undefined,
): boolean {
  if (first?.type !== "strong") return false;
  const text = first.children.map((c) => ("value" in c ? c.value : "")).join("");
  return /:\s*$/.test(text) || (next?.type === "text" && /^\s*:/.test(next.value));
}

/** A copy of `node` with every offset `by` less (lines and columns as they are). */
function shifted<T extends Nodes>(node: T, by: number): T {
  const copy = { ...node };
  if (node.position) {
    const { start, end } = node.position;
    copy.position = {
      start: { ...start, offset: (start.offset ?? 0) - by },
      end: { ...end, offset: (end.offset ?? 0) - by },
    };
  }
  if ("children" in node) {
    (copy as { children: Nodes[] }).children = node.children.map((child: Nodes) =>
      shifted(child, by),
    );
  }
  return copy;
}

/** How a unit's own places map to the document's: its offset, and lines and columns before it. */
interface Shift {
  offset: number;
  line: number;
  column: number;
}

function toSentence(node: NlcstParent, shift: Shift): Sentence {
  const leaves: Leaf[] = [];
  let text = "";
  const walk = (current: NlcstNode): void => {
    if ("value" in current && typeof current.value === "string") {
      const start = current.position?.start;
      if (start) leaves.push({ start: text.length, ...place(start, shift) });
      text += current.value;
      return;
    }
    if ("children" in current) for (const child of (current as NlcstParent).children) walk(child);
  };
  walk(node);
  const start = node.position?.start;
  const first = start && place(start, shift);
  return {
    text: pointingColon(joinHyphenated(blankNoteMarks(foldQuotes(text)))),
    raw: text,
    offset: (start?.offset ?? 0) + shift.offset,
    at(index) {
      // The last leaf starting at or before `index`, by bisection: a long sentence is asked for
      // many places.
      let low = 0;
      let high = leaves.length - 1;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if ((leaves[mid] as Leaf).start > index) high = mid - 1;
        else low = mid;
      }
      const leaf = leaves[low];
      if (!leaf) return { line: first?.line ?? 1, column: first?.column ?? 1 };
      return { line: leaf.line, column: leaf.column + (index - leaf.start) };
    },
  };
}

/** A place in a unit as a place in the document: only the unit's first line is indented. */
function place(point: { line: number; column: number }, shift: Shift): Place {
  return {
    line: point.line + shift.line,
    column: point.column + (point.line === 1 ? shift.column : 0),
  };
}
