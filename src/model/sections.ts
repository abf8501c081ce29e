/**
 * Split the document into sections at `#`/`##` headings and classify each by its heading words.
 * Deeper headings stay inside their section (value names, FAQ questions, sub-parts).
 */
import type { Root, RootContent } from "mdast";
import type { SectionKind } from "./schema.js";
import { plainText } from "./text.js";

export interface SectionNodes {
  heading: string;
  slug: string;
  line: number;
  depth: number;
  kind: SectionKind;
  /** Block nodes of the section, heading excluded. */
  nodes: RootContent[];
}

const KIND_WORDS: [SectionKind, RegExp][] = [
  ["faq", /\b(faqs?|frequently asked|questions|people also ask)\b/i],
  ["takeaways", /\b(take-?aways?|key points|key lessons)\b/i],
  ["pillars", /\b(pillars?)\b/i],
  ["values", /\b(values|principles|culture|beliefs|stand for|we value|we believe|commitments)\b/i],
  [
    "vision",
    /\b(vision|envision|where we(?:'|’)?re (?:going|headed|heading)|where we are (?:going|headed|heading)|looking ahead)\b/i,
  ],
  ["mission", /\b(mission|purpose)\b/i],
];

/** "The values of a wetland", "Value for money": the word, not the company's values. */
const NOT_COMPANY_VALUES = /\bvalues?\s+(?:of\s+(?:a|an)\b|for\s+money\b)|\bshareholder\s+value/i;

/** The kind named by the earliest of the heading's keywords ("Mission … and Vision" → mission). */
export function sectionKind(heading: string): SectionKind {
  if (NOT_COMPANY_VALUES.test(heading) && !/\b(?:mission|vision)\b/i.test(heading)) return "other";
  let best: { kind: SectionKind; index: number } | undefined;
  for (const [kind, pattern] of KIND_WORDS) {
    const match = pattern.exec(heading);
    if (match && (!best || match.index < best.index)) best = { kind, index: match.index };
  }
  return best?.kind ?? "other";
}

export function slugify(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 80) || "section";
  let slug = base;
  for (let n = 1; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export function splitSections(tree: Root): SectionNodes[] {
  const sections: SectionNodes[] = [];
  const slugs = new Set<string>();
  let current: SectionNodes | undefined;
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (node.type === "heading" && node.depth <= 2) {
      const heading = plainText(node);
      current = {
        heading,
        slug: slugify(heading, slugs),
        line: node.position?.start.line ?? 1,
        depth: node.depth,
        kind: sectionKind(heading),
        nodes: [],
      };
      sections.push(current);
      continue;
    }
    if (!current) {
      // Text before the first heading: an untitled opening section.
      current = {
        heading: "",
        slug: slugify("introduction", slugs),
        line: node.position?.start.line ?? 1,
        depth: 1,
        kind: "other",
        nodes: [],
      };
      sections.push(current);
    }
    current.nodes.push(node);
  }
  return sections;
}
