/**
 * Sections with their body blocks in document order: prose as sanitized HTML, and references to
 * the model where a list is a value set, pillars, takeaways or an FAQ pair — so renderers draw
 * cards and Q&A from the model and never re-parse Markdown.
 */
import type { Definition, FootnoteDefinition, RootContent } from "mdast";
import type { Block, Section } from "../../schema/schema.js";
import type { Doc } from "./blocks.js";
import { definitionsFor, renderProse } from "./prose.js";

/** What the body shows for a node: a block in its place (`null`: nothing) and blocks after it. */
export interface Placement {
  replace: Map<RootContent, Block | null>;
  after: Map<RootContent, Block[]>;
}

export function newPlacement(): Placement {
  return { replace: new Map(), after: new Map() };
}

export function placeAfter(placement: Placement, node: RootContent, block: Block): void {
  const after = placement.after.get(node);
  if (after) after.push(block);
  else placement.after.set(node, [block]);
}

export function buildSections(doc: Doc, placement: Placement): Section[] {
  const definitions = definitionsFor(
    doc.blocks
      .map((b) => b.node)
      .filter(
        (n): n is Definition | FootnoteDefinition =>
          n.type === "definition" || n.type === "footnoteDefinition",
      ),
  );
  return doc.sections.map((section) => {
    const blocks: Block[] = [];
    for (const node of section.nodes) {
      const line = node.position?.start.line ?? 1;
      if (placement.replace.has(node)) {
        const block = placement.replace.get(node);
        if (block) blocks.push(block);
      } else if (node.type !== "definition" && node.type !== "footnoteDefinition") {
        const prose = renderProse(node, definitions(node));
        if (prose.html) blocks.push({ type: "prose", ...prose, line });
      }
      blocks.push(...(placement.after.get(node) ?? []));
    }
    return {
      heading: section.heading,
      slug: section.slug,
      line: section.line,
      depth: section.depth,
      kind: section.kind,
      blocks,
    };
  });
}
