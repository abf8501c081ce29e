/**
 * Structural limits on content, checked around the Markdown parser. micromark is slow on some
 * inputs: deeply nested block quotes and lists, nested brackets and long runs of emphasis
 * delimiters cost time that grows with the square or the cube of their number (50 000 nested `>`
 * took minutes, then overflowed the stack), and the sentence splitter (mdast-util-to-nlcst)
 * overflows the stack on one block of more than ~100 000 words or punctuation marks. A real
 * brief comes nowhere near these limits; content that does gets a clear error at its line
 * instead of a hang or a crash.
 */
import type { Root } from "mdast";

/** Block quotes, list items and footnote definitions nested on one line. */
export const MAX_NESTING = 50;
/** Brackets (links, images) nested in one paragraph. */
export const MAX_BRACKET_NESTING = 32;
/** Runs of emphasis or strikethrough delimiters (`*`, `_`, `~`) in one paragraph. */
export const MAX_DELIMITER_RUNS = 2000;
/** Characters in one top-level block (paragraph, list, table, quote…). */
export const MAX_BLOCK_CHARS = 50_000;
/**
 * Lists and block quotes begun in one document (a marker line after one without). micromark
 * costs about a millisecond for each, some 30 times prose per byte: 5 000 one-line lists
 * alternating with paragraphs took seconds. A long real analysis has a few dozen.
 */
export const MAX_CONTAINERS = 1_000;
/**
 * Lines that open a block — list items, quote lines, headings, link and footnote definitions,
 * table rows —
 * in one document. micromark spends about half a millisecond on each list item, 20 times a line
 * of prose; the documents of the gold corpus have at most 46.
 */
export const MAX_MARKED_LINES = 2_000;
/**
 * Links, references and emphasis runs in one document (closing brackets plus delimiter runs).
 * micromark resolves each at some tenths of a millisecond, ten times prose per byte; a long real
 * analysis has a few hundred.
 */
export const MAX_INLINE_MARKS = 5_000;

export interface LimitViolation {
  line: number;
  message: string;
}

/**
 * One block-container marker (`>`, `-`, `*`, `+`, `1.`, `1)`, or a footnote definition's
 * `[^label]:`, which holds blocks too and, nested, overflows the sentence splitter's stack) and
 * the whitespace before it.
 */
const CONTAINER = /^([ \t]*)(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)|\[\^[^\]\s]+\]:)/;
const QUOTE = /^[ \t]{0,3}>/;
/** A line that opens a heading, a link or footnote definition, or a table row. */
const MARKED = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|\[[^\]]+\]:|\|)/;
/** Delimiter runs that can open or close emphasis; `_` inside a word (snake_case) cannot. */
const DELIMITER_RUN = /[*~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/** The first place where `value` (the whole content file) exceeds a limit, before parsing. */
export function checkSource(value: string): LimitViolation | undefined {
  const lines = value.split(/\r\n|\r|\n/);
  // Inline content never spans a blank line, so paragraphs are counted between blank lines.
  let paragraphStart = 1;
  let runs = 0;
  let brackets = 0;
  let containers = 0;
  let marked = 0;
  let inline = 0;
  let inContainer = false;
  let afterBlank = false;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (line.trim() === "") {
      paragraphStart = number + 1;
      runs = 0;
      brackets = 0;
      afterBlank = true;
      continue;
    }
    const depth = nesting(line);
    // A blank line ends a block quote, not a list (a loose list goes on).
    const begins = !inContainer || (afterBlank && QUOTE.test(line));
    if (depth > 0 && begins && ++containers > MAX_CONTAINERS)
      return {
        line: number,
        message: `this document begins more than ${MAX_CONTAINERS} lists and block quotes by here; Credo reads at most ${MAX_CONTAINERS} per document. Merge the lists, or split the document`,
      };
    // A list goes on across blank lines (a loose list), both over lazy or indented lines; a
    // heading, or text at the margin after a blank line, ends it.
    const marks = MARKED.test(line);
    const ends = marks || (afterBlank && !/^[ \t]/.test(line));
    inContainer = depth > 0 || (inContainer && !ends);
    afterBlank = false;
    if ((depth > 0 || marks) && ++marked > MAX_MARKED_LINES)
      return {
        line: number,
        message: `this document has more than ${MAX_MARKED_LINES} list items, quote lines, headings, definitions and table rows by here; Credo reads at most ${MAX_MARKED_LINES} per document. Split the document`,
      };
    if (depth > MAX_NESTING)
      return {
        line: number,
        message: `this line nests more than ${MAX_NESTING} block quotes, list items or footnote definitions; Credo reads at most ${MAX_NESTING} levels. Flatten the structure`,
      };
    const lineRuns = line.match(DELIMITER_RUN)?.length ?? 0;
    runs += lineRuns;
    if (runs > MAX_DELIMITER_RUNS)
      return {
        line: paragraphStart,
        message: `the paragraph starting here has over ${MAX_DELIMITER_RUNS} runs of emphasis marks (*, _, ~); Credo reads at most ${MAX_DELIMITER_RUNS} per paragraph. Split it or remove the marks`,
      };
    const nested = bracketDepth(line, brackets);
    brackets = nested.open;
    if (nested.max > MAX_BRACKET_NESTING)
      return {
        line: number,
        message: `this line nests ${nested.max} brackets; Credo reads at most ${MAX_BRACKET_NESTING} levels of links and images. Flatten them`,
      };
    inline += lineRuns + nested.closed;
    if (inline > MAX_INLINE_MARKS)
      return {
        line: number,
        message: `this document has more than ${MAX_INLINE_MARKS} links, references and runs of emphasis marks by here; Credo reads at most ${MAX_INLINE_MARKS} per document. Split the document`,
      };
  }
  return undefined;
}

/** The first top-level block of the parsed tree that is too large for the sentence splitter. */
export function checkTree(tree: Root): LimitViolation | undefined {
  for (const node of tree.children) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const size = end.offset - start.offset;
    if (size > MAX_BLOCK_CHARS)
      return {
        line: start.line,
        message: `the ${node.type} starting here is ${size} characters long; Credo reads blocks of at most ${MAX_BLOCK_CHARS}. Break it into paragraphs`,
      };
  }
  return undefined;
}

/**
 * Container levels a line opens: each marker, plus one per two columns of indentation (nested
 * list items are indented). Counting stops just past the limit.
 */
function nesting(line: string): number {
  let rest = line;
  let depth = 0;
  let columns = 0;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    columns += (match[1] ?? "").replace(/\t/g, "    ").length;
    depth++;
    if (depth + Math.floor(columns / 2) > MAX_NESTING) break;
    rest = rest.slice(match[0].length);
  }
  return depth === 0 ? 0 : depth + Math.floor(columns / 2);
}

/**
 * Bracket nesting through a line, continuing from `open` brackets left open before it. Only
 * brackets that close count towards `max`: unclosed ones are cheap for the parser.
 */
function bracketDepth(line: string, open: number): { open: number; max: number; closed: number } {
  let depth = open;
  let max = 0;
  let closed = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\") i++;
    else if (char === "[") depth++;
    else if (char === "]" && depth > 0) {
      max = Math.max(max, depth);
      closed++;
      depth--;
    }
  }
  return { open: depth, max, closed };
}
