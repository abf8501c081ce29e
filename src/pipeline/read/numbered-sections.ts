/**
 * Numbered `##` headings right after a lead-in ("… these eight principles." then "## 1. Own the
 * outcome", "## 2. Call early"): each heading opens a section of its own, yet together they are
 * one list, the one the lead-in counts. Numbering from 1 in order is what binds them.
 */
import type { Value } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import type { SectionNodes } from "./sections.js";
import { plainText } from "./text.js";

const NUMBERED = /^\s*(\d+)[.)]\s+(.+)$/;

/** Sections that are the page's parts: a statement, the FAQ, the takeaways. */
const PART_KINDS = new Set(["mission", "vision", "faq", "takeaways"]);
/** A heading that names a set speaks of it: "Our values", "The pillars". */
const SET_WORDS = /\b(?:values|principles|pillars|beliefs)\b/i;

/** At most this many words to a name: a part's heading, not a sentence. */
const MAX_WORDS = 8;

/**
 * The sections right after the one that ends at `index`, when at least two of them in a row are
 * numbered 1, 2, … with short names: their names (the number dropped) and their text.
 */
export function numberedSections(blocks: DocBlock[], index: number): Value[] | null {
  const here = blocks[index]?.section;
  const next = blocks[index + 1];
  if (!here || !next || next.section === here) return null;
  const sections: SectionNodes[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (sections.at(-1) !== block.section) sections.push(block.section);
  }
  const values: Value[] = [];
  for (const section of sections) {
    const match = NUMBERED.exec(section.heading);
    const name = match?.[2]?.trim() ?? "";
    if (Number(match?.[1]) !== values.length + 1 || section.depth !== next.section.depth) break;
    if (name.split(/\s+/).length > MAX_WORDS || /\?\s*$/.test(name)) break;
    // ("## 1. Our mission", "## 3. Our values": the page's parts, numbered, not one list.)
    if (PART_KINDS.has(section.kind) || SET_WORDS.test(name)) break;
    const description = section.nodes.map((node) => plainText(node)).join(" ");
    values.push({ name, description: description || null, line: section.line });
  }
  return values.length >= 2 ? values : null;
}
