/**
 * Sentences of the document, segmented by the unified collective's English parser
 * (mdast-util-to-nlcst + parse-english), each able to map a character index back to its
 * line:column in the source — so statements and counts found by text patterns keep exact places.
 */
import type { Root } from "mdast";
import { toNlcst } from "mdast-util-to-nlcst";
import type { Node as NlcstNode, Parent as NlcstParent } from "nlcst";
import { ParseEnglish } from "parse-english";
import type { VFile } from "vfile";
import type { Place } from "./schema.js";

export interface Sentence {
  /** The sentence's text, with curly quotes folded to straight ones (same length as `raw`). */
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

export function sentencesOf(tree: Root, file: VFile): Sentence[] {
  const root = toNlcst(tree, file, ParseEnglish, { ignore: ["yaml", "code", "html"] });
  const sentences: Sentence[] = [];
  const visit = (node: NlcstNode): void => {
    if (node.type === "SentenceNode") {
      sentences.push(toSentence(node as NlcstParent));
      return;
    }
    if ("children" in node) for (const child of (node as NlcstParent).children) visit(child);
  };
  visit(root);
  return sentences;
}

function toSentence(node: NlcstParent): Sentence {
  const leaves: Leaf[] = [];
  let text = "";
  const walk = (current: NlcstNode): void => {
    if ("value" in current && typeof current.value === "string") {
      const start = current.position?.start;
      if (start) leaves.push({ start: text.length, line: start.line, column: start.column });
      text += current.value;
      return;
    }
    if ("children" in current) for (const child of (current as NlcstParent).children) walk(child);
  };
  walk(node);
  const first = node.position?.start;
  return {
    text: foldQuotes(text),
    raw: text,
    offset: first?.offset ?? 0,
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
