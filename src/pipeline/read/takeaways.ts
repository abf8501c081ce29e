/**
 * Takeaways: the lists of a takeaways section, or the list right after a paragraph or a sub-heading
 * about them.
 */
import type { List, RootContent } from "mdast";
import type { DocBlock } from "./blocks.js";
import { plainText } from "./text.js";

const INTRO = /\b(take-?aways?|key points|key lessons|in summary)\b/i;
/** A label paragraph on its own: "**TL;DR**", "In short:", "Summary". */
const LABEL = /^\W*(?:summary|in short|in brief|tl;\s?dr)\W*$/i;

/**
 * A summary of one subject ("Five Forces (summary)", "Summary of the SWOT", "SWOT summary") holds
 * that analysis, not the article's takeaways.
 */
const SUMMARY_OF =
  /\S\s*\(\s*summary\s*\)|\bsummary\s+of\s+(?!(?:the\s+)?(?:key|main)\b)\w|\b(?:swot|pestle?|five\s+forces|analysis)\s+summary\b/i;

/**
 * A report's numbered or executive summary ("## 1. Summary", "Executive summary"): what the
 * report found or did, not the article's takeaways for its reader.
 */
const REPORT_SUMMARY =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+(?:executive\s+)?summary|(?:executive|prospectus|offering)\s+summary)\W*$/i;

/**
 * A lead-in whose sentence the items finish as duties: "In summary, members must:", "staff
 * should:" — a summary of rules the list states, not the page's takeaways.
 */
const DUTIES =
  /\b(?:must|should|shall|will|agrees?\s+to|(?:is|are)\s+(?:required|expected)\s+to)\s*:\s*$/i;

/** Whether the list at `index` holds takeaways. */
export function isTakeawaysList(blocks: DocBlock[], index: number): boolean {
  const block = blocks[index];
  if (block?.node.type !== "list") return false;
  // ("- [Download the full plan (PDF)](…)", "- [Easy read version](…)": links to follow, no
  // point made — even under a page titled as a summary.)
  if (linksOnly(block.node)) return false;
  if (block.section.kind === "takeaways")
    return (
      !SUMMARY_OF.test(block.section.heading) &&
      !REPORT_SUMMARY.test(block.section.heading) &&
      !pastTakeaways(block.section.nodes, block.node)
    );
  const previous = blocks[index - 1];
  if (previous?.section !== block.section) return false;
  const lead = plainText(previous.node);
  // A sub-heading inside another section ("### Key takeaways" under "## Our verdict") heads its
  // list as a section heading would.
  if (previous.node.type === "heading") return INTRO.test(lead) && !SUMMARY_OF.test(lead);
  if (previous.node.type !== "paragraph") return false;
  return (INTRO.test(lead) && !DUTIES.test(lead)) || (LABEL.test(lead) && !factSheet(block.node));
}

/** A list whose every item is one link and nothing else. */
function linksOnly(list: List): boolean {
  return list.children.every((item) => {
    const [only, ...rest] = item.children;
    return (
      rest.length === 0 &&
      only?.type === "paragraph" &&
      only.children.length === 1 &&
      only.children[0]?.type === "link"
    );
  });
}

/**
 * A list after the section's takeaways that a rule ("---") or a bold label of its own ("**More
 * from the blog**") sets apart: the page's footer or another part of it, not a takeaway.
 */
function pastTakeaways(nodes: RootContent[], list: RootContent): boolean {
  const at = nodes.indexOf(list);
  const first = nodes.findIndex((node) => node.type === "list");
  if (first === -1 || first >= at) return false;
  const between = nodes.slice(first + 1, at);
  const label = nodes[at - 1];
  return (
    between.some((node) => node.type === "thematicBreak") ||
    (label?.type === "paragraph" &&
      label.children.length === 1 &&
      label.children[0]?.type === "strong" &&
      !INTRO.test(plainText(label)) &&
      !LABEL.test(plainText(label)))
  );
}

/**
 * "**Mission:** …", "**Founded:** 1971": a summary whose every item is a labelled field is a fact
 * sheet, not the article's takeaways.
 */
function factSheet(list: List): boolean {
  return list.children.every((item) => {
    const first = item.children[0];
    const lead = first?.type === "paragraph" ? first.children[0] : undefined;
    if (lead?.type !== "strong") return false;
    const label = plainText(lead).trim();
    const after = plainText(first as RootContent).slice(plainText(lead).length);
    return (
      /^[^:]{1,30}:?$/.test(label) &&
      (label.endsWith(":") || /^\s*:/.test(after)) &&
      label.replace(/:$/, "").trim().split(/\s+/).length <= 3
    );
  });
}

/**
 * The takeaways' lists, and the blocks they are drawn in place of: the list itself, or a box
 * (a blockquote holding "**Key takeaways**" and its list).
 */
export function findTakeaways(blocks: DocBlock[]): { items: string[]; lists: Set<RootContent> } {
  const items: string[] = [];
  const lists = new Set<RootContent>();
  blocks.forEach((block, index) => {
    // ("| Takeaway | Why it matters |": a table of takeaways gives its first column; the table
    // stays in the text, so its other columns are not lost.)
    const table = tableItems(block);
    if (table) {
      items.push(...table);
      return;
    }
    const list =
      block.node.type === "list" && isTakeawaysList(blocks, index) ? block.node : boxed(block);
    if (!list) return;
    lists.add(block.node);
    for (const item of list.children) {
      const text = plainText(item);
      if (text) items.push(text);
    }
  });
  return { items, lists };
}

/** A table whose first column is headed for takeaways: that column's cells. */
function tableItems(block: DocBlock): string[] | null {
  if (block.node.type !== "table") return null;
  const [header, ...rows] = block.node.children;
  const first = header?.children[0];
  if (!first || !TAKEAWAY_HEADER.test(plainText(first)) || rows.length === 0) return null;
  return rows
    .map((row) => plainText(row.children[0] ?? { type: "text", value: "" }).trim())
    .filter(Boolean);
}
const TAKEAWAY_HEADER = /^\W*(?:key\s+)?(?:take-?aways?|points?|lessons?|key\s+points?)\W*$/i;

/** "> **Key takeaways**" then "> - …": the list of a takeaways box. */
function boxed(block: DocBlock): List | undefined {
  if (block.node.type !== "blockquote") return undefined;
  const [lead, list, ...rest] = block.node.children;
  if (rest.length > 0 || lead?.type !== "paragraph" || list?.type !== "list") return undefined;
  const text = plainText(lead);
  return text.length <= 40 && (INTRO.test(text) || (LABEL.test(text) && !factSheet(list)))
    ? list
    : undefined;
}
