/**
 * A line of short sentences ("**Stay curious. Stay fair. Stay late.**", bold or plain, perhaps
 * with a remark after it — "That's the list.") whose parts the headings right after it take up
 * one by one ("#### Stay curious", "#### Stay fair", …): the page names its set in one line and
 * expands each part, so the headings are the set.
 */
import type { DocBlock } from "./blocks.js";
import type { BlockRun } from "./found-sets.js";
import { headingRun } from "./heading-runs.js";
import { startsWithVerb } from "./statement-span.js";
import { foldWords, plainText } from "./text.js";

const partsOf = (text: string) =>
  text
    .split(/[.!·|]/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The parts of a line's bold runs and of the whole line: "Be bold. Be kind." → ["Be bold",
 * "Be kind"] (or "·", "|").
 */
function lineParts(block: DocBlock | undefined): string[][] {
  if (block?.node.type !== "paragraph") return [];
  return [
    ...block.node.children
      .filter((child) => child.type === "strong")
      .map((child) => partsOf(plainText(child))),
    partsOf(plainText(block.node)),
  ];
}

/**
 * The run of headings from `index` when one of the two paragraphs before (in the same part) gave
 * their names.
 */
export function echoedHeadings(blocks: DocBlock[], index: number): BlockRun | undefined {
  // (A heading's number is no part of its name: "### 1. Be bold".)
  const first = foldWords(plainText(blocks[index]?.node ?? { type: "text", value: "" })).replace(
    /^\d+ /,
    "",
  );
  // (The cheap test first: a line whose first part is this heading, before the run is read.)
  const lines = [blocks[index - 1], blocks[index - 2]]
    .filter((before) => before?.section === blocks[index]?.section)
    .flatMap(lineParts)
    .filter((line) => line.length >= 3 && foldWords(line[0] ?? "") === first);
  if (lines.length === 0) return undefined;
  const run = headingRun(blocks, index);
  const names = run.values.map((value) => foldWords(value.name));
  const parts = lines.find(
    (line) =>
      line.length === names.length &&
      line.every((name, i) => name.split(/\s+/).length <= 6 && foldWords(name) === names[i]),
  );
  if (!parts) return undefined;
  // ("**Sketch. Knit. Deliver.**" over "### Sketch", …: one bare verb a part is a process's steps.)
  const verbs = parts.filter((name) => !/\s/.test(name) && startsWithVerb(name));
  return verbs.length * 2 < parts.length ? run : undefined;
}
