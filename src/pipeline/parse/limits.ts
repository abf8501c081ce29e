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
/** Delimiter runs that can open or close emphasis; `_` inside a word (snake_case) cannot. */
const DELIMITER_RUN = /[*~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/** The first place where `value` (the whole content file) exceeds a limit, before parsing. */
export function checkSource(value: string): LimitViolation | undefined {
  const lines = value.split(/\r\n|\r|\n/);
  // Inline content never spans a blank line, so paragraphs are counted between blank lines.
  let paragraphStart = 1;
  let runs = 0;
  let brackets = 0;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (line.trim() === "") {
      paragraphStart = number + 1;
      runs = 0;
      brackets = 0;
      continue;
    }
    const depth = nesting(line);
    if (depth > MAX_NESTING)
      return {
        line: number,
        message: `this line nests more than ${MAX_NESTING} block quotes, list items or footnote definitions; Credo reads at most ${MAX_NESTING} levels. Flatten the structure`,
      };
    runs += line.match(DELIMITER_RUN)?.length ?? 0;
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
function bracketDepth(line: string, open: number): { open: number; max: number } {
  let depth = open;
  let max = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\") i++;
    else if (char === "[") depth++;
    else if (char === "]" && depth > 0) {
      max = Math.max(max, depth);
      depth--;
    }
  }
  return { open: depth, max };
}
