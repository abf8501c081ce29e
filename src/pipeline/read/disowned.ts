/**
 * A sentence that says the list beside it is not the values: "These are not values, just the
 * house rules:" before it, "Those checks are not the company's values" or "That is a price list,
 * not a set of values" right after it. Such a list or table (criteria, rules, requirements, a
 * range of products) stands near the values without being a set.
 */
import type { DocBlock } from "./blocks.js";

/**
 * "are not values", "is not the firm's values", "aren't our principles" (two words at most
 * between), or what the list is instead: "is a price list, not a set of values" (not
 * "are principles, not values": the set under another name).
 */
// ("They're goals, not a new set of values:": a contracted verb, and a set's word three on.)
const NOT_VALUES =
  /(?:\b(?:are|is)|['’](?:re|s))(?:\s+not|n['’]t|\s(?:(?!values|principles|beliefs)[^,.;:!?]){1,40},\s+not)\s+(?:[\w'’-]+\s+){0,3}(?:of\s+)?(?:values|principles|beliefs)\b/i;

/**
 * Said without a verb, opening the line or in brackets: "Not values, just habits we like:",
 * "## Rituals (not values)".
 */
const NOT_VALUES_ALONE = /(?:^|\()\W*not\s+(?:[\w'’-]+\s+){0,2}(?:values|principles|beliefs)\b/i;

export const disowns = (text: string) => NOT_VALUES.test(text) || NOT_VALUES_ALONE.test(text);

/**
 * The list (or table) at `index` is disowned by the paragraph's last sentence before it or first
 * after it, or by its section's heading ("## Rituals (not values)").
 */
export function disownedList(blocks: DocBlock[], index: number): boolean {
  const section = blocks[index]?.section;
  const near = (block: DocBlock | undefined) =>
    block?.section === section && block?.node.type === "paragraph" ? block : undefined;
  const before = near(blocks[index - 1])?.sentences.at(-1)?.text ?? "";
  const after = near(blocks[index + 1])?.sentences[0]?.text ?? "";
  return disowns(before) || disowns(after) || disowns(section?.heading ?? "");
}
