/**
 * Hostile document shapes for the scaling and per-byte checks (scaling.test.ts): each a function of
 * a repeat count `n` giving a content file whose size grows in proportion to `n`. Blocks stay under
 * the structural limits (src/pipeline/parse/limits.ts), so every shape is read to the end rather
 * than refused, but are as large as they allow: much of the quadratic time was inside one block.
 * Links and references come 1 000 to a paragraph: within one paragraph micromark is slightly worse
 * than linear on them, which the block limit bounds.
 */

import { parseContent } from "../../src/pipeline/process.js";

/** Front matter and a title, shared by every shape. */
const HEAD = "---\ntitle: T\ncompany: Acme\n---\n\n# Acme\n\n";

/** `n` pieces made by `piece(i)`, joined. */
const times = (n: number, piece: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => piece(i)).join("");

/** A distinct word for each number: a, b, …, z, ba, bb, … */
function word(i: number): string {
  let text = "";
  let rest = i;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

/** `n` pieces in groups of at most `per`, each group made into a block by `block`. */
const groups = (
  n: number,
  per: number,
  piece: (i: number) => string,
  block: (g: string) => string,
) =>
  times(Math.ceil(n / per), (g) =>
    block(times(Math.min(per, n - g * per), (i) => piece(g * per + i))),
  );

/** `n` pieces in paragraphs of at most `per`. */
const paragraphs = (n: number, per: number, piece: (i: number) => string) =>
  groups(n, per, piece, (text) => `${text}\n\n`);

/** A paragraph between containers. */
const PARAGRAPH = "A paragraph between them.";

export const SHAPES: Record<string, (n: number) => string> = {
  // The shapes the attack report measured.
  "values are a, b": (n) => `${HEAD}## Values\n\n${paragraphs(n, 3000, () => "values are a, b ")}`,
  // Pieces are long enough to stay under the document's counts of lists, block lines and inline
  // marks (limits.ts MAX_CONTAINERS, MAX_MARKED_LINES, MAX_INLINE_MARKS) at the sizes measured:
  // more would be refused, not read.
  "list item / paragraph alternating": (n) =>
    HEAD + times(n, () => `- a list item of a few words\n\n${PARAGRAPH}\n\n`),
  "block quote / paragraph alternating": (n) =>
    HEAD + times(n, () => `> a quoted line of a few words\n\n${PARAGRAPH}\n\n`),
  "distinct mission paragraphs": (n) =>
    HEAD +
    times(n, (i) => `Our mission is to ${word(i)} the ${word(i + 7)} of ${word(3 * i)}.\n\n`),
  "link definitions and paragraphs": (n) =>
    HEAD + times(n, (i) => `[l${i}]: https://x.test/${i}\n\nSee [l${i}] here.\n\n`),
  "the same heading": (n) => HEAD + times(n, () => "## The same heading again\n\n"),
  // Beyond them.
  "list item / paragraph, no blank lines": (n) =>
    HEAD + times(n, () => "- a list item\nand a lazy line\n"),
  "distinct headings": (n) => HEAD + times(n, (i) => `## A heading named ${word(i)}\n\n`),
  "deep nesting within the limit": (n) =>
    HEAD + times(n, () => `${times(20, (d) => `${"  ".repeat(d)}- x\n`)}\n> > > > > > > > q\n\n`),
  // A part's title over lines pasted into one paragraph, a value on each (title-over-lines.ts).
  "pasted lines under a title": (n) =>
    HEAD +
    groups(
      n,
      3000,
      (i) => `Value ${word(i)} – kept on a line of its own.\n`,
      (g) => `Our values\n${g}\n`,
    ),
  // A PDF's table set out in columns of spaces, and lettered items, one run each
  // (column-rows.ts, glyph-bullets.ts).
  "column rows under a title": (n) =>
    HEAD +
    groups(
      n,
      3000,
      // (Names padded to one column, as the rows of a PDF's table are: each row is read as one.)
      (i) =>
        `${word(i).toUpperCase().padEnd(12)}We keep ${word(i + 3)} on a line\n${" ".repeat(12)}of its own.\n`,
      (g) => `Our values\n${g}\n`,
    ),
  // A Word file's tracked changes (pandoc-spans.ts; a line of brackets that never close is
  // refused by limits.ts before it is read).
  "tracked changes": (n) =>
    HEAD +
    times(
      n,
      (i) =>
        `We [keep]{.deletion author="A"}[hold]{.insertion author="A"} [${word(i)}]{.underline} on a line.\n\n`,
    ),
  "lettered lines": (n) =>
    HEAD + times(n, (i) => `(${String.fromCharCode(97 + (i % 26))}) ${word(i)} – an item;\n`),
  "table rows": (n) =>
    HEAD +
    groups(
      n,
      500,
      (i) => `| Value ${word(i)} | what it means, ${i} |\n`,
      (rows) => `| Value | Meaning |\n| --- | --- |\n${rows}\n`,
    ),
  "long lines without spaces": (n) => HEAD + times(n, () => `${"a".repeat(4000)}\n\n`),
  "many emphasis markers": (n) =>
    HEAD + paragraphs(n, 300, () => "*some* words in **a** longer sentence here "),
  "many inline links": (n) => HEAD + paragraphs(n, 1000, (i) => `[a ${i}](https://x.test/${i}) `),
  "many references to one definition": (n) =>
    `${HEAD}[r]: https://x.test\n\n${paragraphs(n, 1000, () => "see [a reference][r] here ")}`,
  "one huge list": (n) =>
    HEAD +
    groups(
      n,
      2000,
      (i) => `- an item named ${word(i)}\n`,
      (list) => `${list}\n`,
    ),
  "many FAQ questions": (n) =>
    `${HEAD}## Frequently asked questions\n\n${times(n, (i) => `### What is Acme's mission ${word(i)}?\n\nAcme's mission is to ${word(i)}.\n\n`)}`,
  "many block quotes": (n) =>
    HEAD + times(n, (i) => `> “Quote ${word(i)} here, said by someone at some length.”\n\n`),
  "scrapped sets before bold names, one paragraph": (n) =>
    `${HEAD}## Values\n\n${paragraphs(n, n, (i) => `We scrapped the old values, each one of them: **${word(i)}** went. `)}`,
  "many callouts in HTML containers": (n) =>
    HEAD +
    times(
      n,
      (i) => `<aside>\n🎯 **Note ${word(i)}:** a line set off in a callout.\n\n</aside>\n\n`,
    ),
  "one container holding many lines": (n) =>
    `${HEAD}<div>\n${times(n, (i) => `Line ${word(i)} of a long note inside one container.\n`)}`,
  // An HTML table a converter wrote (html-tables.ts): one table of many rows, read whole.
  "one HTML table of many rows": (n) =>
    `${HEAD}## Our values\n\n<table><tr><th>Value</th><th>Meaning</th></tr>${times(n, (i) => `<tr><td><p>${word(i)}</p></td><td><p>We keep ${word(i)}.</p></td></tr>`)}</table>\n`,
  "many inline quotations": (n) =>
    HEAD + paragraphs(n, 1500, (i) => `Acme says “quote ${word(i)}”. `),
  "many announced value lists": (n) =>
    HEAD +
    times(
      n,
      (i) =>
        `Our values, as this page announces them, are these three:\n\n- ${word(i)}\n- ${word(i + 1)}\n- ${word(i + 2)}\n\n`,
    ),
  "many values sections": (n) =>
    HEAD +
    times(
      n,
      (i) =>
        `## Values\n\n- **${word(i)}**: the first value described\n- **${word(i + 3)}**: the second one\n\n`,
    ),
  "many takeaways": (n) =>
    `${HEAD}## Key takeaways\n\n${groups(
      n,
      2000,
      (i) => `- a takeaway named ${word(i)}\n`,
      (list) => `${list}\n`,
    )}`,
  "many footnotes": (n) =>
    HEAD +
    times(
      n,
      (i) => `A claim, ${word(i)}, made here[^f${i}].\n\n[^f${i}]: Its source, ${word(i)}.\n\n`,
    ),
  "we value a, b": (n) => HEAD + paragraphs(n, 3000, () => "we value a, b "),
  // Under a values heading, named paragraphs that are no set (one name recurring reads as a
  // dialogue's turns): each paragraph was once tried as a run's start, read to the section's end.
  "named paragraphs repeating one name": (n) =>
    `${HEAD}## Our values\n\n${times(n, () => "Safety first – no job is so urgent that it\ncannot wait.\n\n")}`,
  // One long block each, where a statement's or a set's reading once looked back over the run.
  "a long run of spaces inside a statement": (n) =>
    `${HEAD}Our mission is to serve every rider${" ".repeat(n)}well.\n`,
  "a sentence made of key words": (n) => `${HEAD}${"we envision ".repeat(n)}\n`,
  "a long word after a set word": (n) => `${HEAD}Our values ${"a".repeat(n)}\n`,
  "a long hyphenated word after a set word": (n) => `${HEAD}Our values ${"a-".repeat(n)}\n`,
};

/**
 * CPU milliseconds to check `value`: the least of `runs` runs. Every shape is read to the end:
 * a refusal (a limit reached) would measure the limit, not the reading.
 */
export async function cost(value: string, runs: number): Promise<number> {
  return Math.min(...(await costs(value, runs)));
}

/** CPU milliseconds of each of `runs` checks of `value`, in order. */
export async function costs(value: string, runs: number): Promise<number[]> {
  const each: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    await parseContent({ path: "shape.md", value });
    const used = process.cpuUsage(started);
    each.push((used.user + used.system) / 1000);
  }
  return each;
}
