/**
 * Line breaks a browser ran together. A page's HTML often puts a title and its text, or a value's
 * name and its sentence, in one paragraph with a plain line break between them, which a browser
 * (and so a copy of the page's text, or an import of its HTML) shows as one run-on line:
 * "**Our mission** Our mission is …", "*Can I pause my order?* Yes …", "Thrift We waste
 * nothing …", "(a) **Openness** – …; (b) **Safety first** – …". Where the shape says a break
 * stood, the space becomes the line break again, so each is read as the page shows it to a
 * person. One character for one: every position in the document stays where it was.
 */

import type { Paragraph, Parent, Root, Text } from "mdast";
import { titleLine, titleText } from "./labels.js";
import { sectionKind } from "./sections.js";
import { plainText, READ_MORE } from "./text.js";

export function restoreRunInBreaks(tree: Root): void {
  walk(tree, false);
}

/** Each paragraph of `parent`, values parts followed from its headings and title lines down. */
function walk(parent: Parent, inValues: boolean): void {
  let values = inValues;
  /** Paragraphs in a row that open on a value's name run in with its sentence. */
  let run: Break[][] = [];
  const close = () => {
    if (run.length >= 2) for (const { text, at } of run.flat()) breakAt(text, at);
    run = [];
  };
  for (const node of parent.children) {
    if (node.type === "heading") {
      close();
      values = sectionKind(plainText(node)) === "values";
      continue;
    }
    if (node.type !== "paragraph") {
      close();
      if ("children" in node && node.type !== "list" && node.type !== "table")
        walk(node as Parent, values);
      continue;
    }
    const title = titleLine(node);
    if (title !== null) {
      close();
      values = sectionKind(title) === "values";
      continue;
    }
    runInTitle(node);
    letteredParts(node);
    const name = values ? nameRunIn(node) : null;
    if (name) run.push(name);
    else close();
  }
  close();
}

/** A space in a text that stands where a line break stood. */
interface Break {
  text: Text;
  at: number;
}

function breakAt(text: Text, at: number): void {
  text.value = `${text.value.slice(0, at)}\n${text.value.slice(at + 1)}`;
}

/**
 * "**Our mission** Our mission is …", "_Can I pause my order?_ Yes …": a paragraph opening on a
 * bold or italic title or question, its text starting a new sentence right after it.
 */
function runInTitle(node: Paragraph): void {
  const [first, next] = node.children;
  if ((first?.type !== "strong" && first?.type !== "emphasis") || next?.type !== "text") return;
  if (!first.children.every((child) => child.type === "text")) return;
  if (!/^ \p{Lu}/u.test(next.value)) return;
  const words = plainText(first).trim();
  const question = /^\p{Lu}[^?]*\?$/u.test(words) && words.split(/\s+/).length <= 20;
  if (question || titleText(words) !== null) breakAt(next, 0);
}

/**
 * Words a sentence about a value opens on ("We", "Our", "Every", "It"); followed by a word in
 * lower case, they start a sentence, not a name in title case ("Leave It Better").
 */
const SENTENCE_START =
  /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}?) (?=(?:We|Our|Every|Each|Everyone|It|This|They|You|Your|No|Nobody|Being|I|If|When|Whether|Always|Never) \p{Ll})/u;

/**
 * "Thrift We waste nothing, not even the bottle tops.": a paragraph of one line opening on a
 * name of one to four words that starts with a capital, a sentence right after it, and at most
 * a link to read more after that ("… bottle tops. Read more", the link kept or left as its
 * words). Where the breaks belong: after the name, and before the link.
 */
function nameRunIn(node: Paragraph): Break[] | null {
  const [first, ...rest] = node.children;
  if (first?.type !== "text" || first.value.includes("\n") || !/^\p{Lu}/u.test(first.value))
    return null;
  const link = rest.length === 1 && rest[0]?.type === "link";
  if (rest.length > (link ? 1 : 0)) return null;
  const more = link ? /\s$/.exec(first.value) : READ_MORE_AFTER.exec(first.value);
  const sentence = more ? first.value.slice(0, more.index) : first.value;
  if (!/[.!]$/.test(sentence.trim())) return null;
  const match = SENTENCE_START.exec(first.value);
  if (!match?.[1]) return null;
  const breaks = [{ text: first, at: match[1].length }];
  return more ? [...breaks, { text: first, at: more.index }] : breaks;
}

const READ_MORE_AFTER = new RegExp(String.raw`\s${READ_MORE}`, "i");

/** The letters and numbers of a lettered list, in order: "(a)", "(b)" …, "(i)", "(ii)" …, "(1)" …. */
const SERIES = [
  "abcdefghijkl".split(""),
  ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
  "123456789".split(""),
];

/**
 * "(a) **Openness** – …; (b) **Safety first** – …; (c) …": a paragraph that opens on "(a)" and
 * goes on with "(b)" and "(c)" after a semicolon or comma is a lettered list set in one line.
 * A sentence with lettered clauses inside it ("shall (a) keep …; (b) coach …") opens on no mark.
 */
function letteredParts(node: Paragraph): void {
  const texts = node.children.filter((child): child is Text => child.type === "text");
  const opening = /^\(([a-z\d]+)\) /.exec(
    texts[0] === node.children[0] ? (texts[0]?.value ?? "") : "",
  );
  const series = SERIES.find((marks) => marks[0] === opening?.[1]);
  if (!series) return;
  const breaks: Break[] = [];
  let expected = 1;
  for (const text of texts) {
    const mark = /[;,](?: and| or)? (?=\(([a-z\d]+)\) )/g;
    for (let match = mark.exec(text.value); match; match = mark.exec(text.value)) {
      if (match[1] !== series[expected]) continue;
      breaks.push({ text, at: match.index + match[0].length - 1 });
      expected += 1;
    }
  }
  if (expected < 3) return;
  for (const { text, at } of breaks) breakAt(text, at);
}
