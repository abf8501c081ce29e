/**
 * A page's furniture that looks like a line of names: the kicker or series line under the title,
 * the footer's links and a quotation's attribution. None is a set.
 */
import type { DocBlock } from "./blocks.js";
import { ENDS_IN_KIND } from "./meta.js";
import { plainText } from "./text.js";
import { namedLines } from "./value-paragraphs.js";

/**
 * "*Local Guides Explained · A series for parents*" right under the title: the page's kicker or
 * series line, furniture and not a line of names.
 */
export function kicker(block: DocBlock): boolean {
  const { node, section } = block;
  if (section.depth !== 1 || section.nodes[0] !== node || node.type !== "paragraph") return false;
  const only = node.children.length === 1 ? node.children[0] : null;
  // So are label lines there with a figure among them ("**Module:** HSC204 …", "**Word count:**
  // 640"): the page's particulars, not values.
  const lines = only ? null : namedLines(node);
  // (So is the organisation's name in bold, "**Fenmoor and District Hospitals NHS Foundation
  // Trust**": one name ending in its kind, not two joined by "and".)
  const name = only?.type === "strong" ? plainText(only).trim() : "";
  return (
    only?.type === "emphasis" ||
    (!name.includes(",") && ENDS_IN_KIND.test(name)) ||
    (lines?.some((l) => /\d/.test(l.description ?? "")) ?? false)
  );
}

/**
 * "Subscribe · Archive · About the newsletter" closing the page under a sign-off ("*Next issue:
 * …*", a rule): the page's footer, furniture and not a line of names. After the page's last
 * rule, such a line is the footer wherever it stands among the closing paragraphs (a sign-up
 * line may follow it).
 */
export function footer(blocks: DocBlock[], index: number): boolean {
  const block = blocks[index] as DocBlock;
  if (block.node.type !== "paragraph" || !FOOTER_MARKS.test(plainText(block.node))) return false;
  const nodes = block.section.nodes;
  const at = nodes.indexOf(block.node);
  const before = nodes[at - 1];
  const signOff =
    before?.type === "thematicBreak" ||
    (before?.type === "paragraph" &&
      before.children.length === 1 &&
      before.children[0]?.type === "emphasis");
  // ("*Find a shop · Trade orders · Classes*": the page's last line, set off in italics after
  // what its section says — not the section's only line, "*Thrift · Candour · Care*".)
  const italic =
    at > 0 && block.node.children.length === 1 && block.node.children[0]?.type === "emphasis";
  if (index === blocks.length - 1 && (signOff || italic)) return true;
  // ("Jobs · Trade enquiries · Privacy" right above "© 2025 Brindle Mills Ltd.": the copyright
  // line that closes the page signs off its footer.)
  if (index === blocks.length - 2 && copyright(blocks[index + 1] as DocBlock)) return true;
  // Below the page's last rule: its section is the page's last, only paragraphs after the rule.
  const rule = nodes.map((node) => node.type).lastIndexOf("thematicBreak");
  return (
    rule !== -1 &&
    rule < at &&
    blocks.at(-1)?.section === block.section &&
    nodes.slice(rule + 1).every((node) => node.type === "paragraph")
  );
}

const FOOTER_MARKS = /\s[·|•]\s/;

/** A paragraph that opens with a copyright mark: "© 2025 Brindle Mills Ltd.", "Copyright 2024 …". */
function copyright(block: DocBlock): boolean {
  return (
    block.node.type === "paragraph" && /^\s*(?:©|\(c\)|Copyright\b)/i.test(plainText(block.node))
  );
}

/**
 * "**Dev Patel**, Plant Area Manager, Selby" (or "Halima Osei" over "Co-founder and CEO") right
 * under a quotation: who said it, not a line of names. A short line with no stop of its own that
 * opens on a person's name (two or three capitalised words: a line of values, "Kindness,
 * Patience, Curiosity", does not), or the line under such a name; a line opening on a dash is
 * one wherever it stands.
 */
export function attribution(blocks: DocBlock[], index: number): boolean {
  const line = (at: number) => {
    const node = blocks[at]?.node;
    return node?.type === "paragraph" ? plainText(node).trim() : undefined;
  };
  const text = line(index);
  if (text === undefined || text.split(/\s+/).length > 14) return false;
  if (/^[—–]\s*\S/.test(text)) return true;
  const short = (t: string) => !/[.!?:]$/.test(t) && t.split(/\s+/).length <= 12;
  // (A quotation set off as a quote, or a testimonial's paragraph in quotation marks.)
  const quoted = (at: number) =>
    blocks[at - 1]?.section === blocks[at]?.section &&
    (blocks[at - 1]?.node.type === "blockquote" || QUOTED_PARAGRAPH.test(line(at - 1) ?? ""));
  if (!short(text)) return false;
  if (quoted(index)) return PERSON.test(text.split(",")[0]?.trim() ?? "");
  const above = line(index - 1);
  return above !== undefined && quoted(index - 1) && PERSON.test(above);
}

/**
 * A person's name: two or three capitalised words ("Dev Patel", "Ana de Ruiz" aside), the last
 * may be an initial ("Marcus D.").
 */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)$/u;

/** A paragraph wholly in quotation marks: a testimonial's words. */
const QUOTED_PARAGRAPH = /^["“][^"“”]{2,}["”]$/;
