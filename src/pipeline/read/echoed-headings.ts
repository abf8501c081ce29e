/**
 * A bold line of short sentences ("**Stay curious. Stay fair. Stay late.**") whose parts the
 * headings right after it take up one by one ("#### Stay curious", "#### Stay fair", …): the
 * page names its set in one line and expands each part, so the headings are the set.
 */
import type { DocBlock } from "./blocks.js";
import type { BlockRun } from "./found-sets.js";
import { headingRun } from "./heading-runs.js";
import { startsWithVerb } from "./statement-span.js";
import { plainText } from "./text.js";

/** The parts of a bold line: "Be bold. Be kind." → ["Be bold", "Be kind"] (or "·", "|"). */
function boldParts(block: DocBlock | undefined): string[][] {
  if (block?.node.type !== "paragraph") return [];
  return block.node.children
    .filter((child) => child.type === "strong")
    .map((child) =>
      plainText(child)
        .split(/[.!·|]/)
        .map((part) => part.trim())
        .filter(Boolean),
    );
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The run of headings from `index` when the paragraph before gave their names in bold. */
export function echoedHeadings(blocks: DocBlock[], index: number): BlockRun | undefined {
  const before = blocks[index - 1];
  if (before?.section !== blocks[index]?.section) return undefined;
  const parts = boldParts(before).find(
    (names) => names.length >= 3 && names.every((name) => name.split(/\s+/).length <= 4),
  );
  if (!parts) return undefined;
  const run = headingRun(blocks, index);
  const echoed =
    run.values.length === parts.length &&
    run.values.every((value, i) => fold(value.name) === fold(parts[i] ?? ""));
  // ("**Sketch. Knit. Deliver.**" over "### Sketch", …: one bare verb a part is a process's steps.)
  const verbs = parts.filter((name) => !/\s/.test(name) && startsWithVerb(name));
  return echoed && verbs.length * 2 < parts.length ? run : undefined;
}
