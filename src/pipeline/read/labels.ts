/**
 * Headings that lost their markup when a page was copied into Markdown: an accordion's plain
 * "Our mission" line above its statement, or an inline bold label before it ("**Vision** Health
 * for every valley."). Each becomes the heading it was, so the statement, the value list or the
 * section under it is read as under any heading.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { plainText } from "./text.js";

/** "Our mission", "The Vision", "Core values", "Mission statement": a label, not a sentence. */
const LABEL =
  /^(?:(?:our|the|its)\s+)?(?:mission|vision|purpose|(?:core\s+)?values)(?:\s+statement)?$/i;

export function restoreLabelHeadings(tree: Root): void {
  // At the depth the page's sections start (as splitSections reads them), or `##`.
  let depth = 6;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth >= 2) depth = Math.min(depth, node.depth);
  }
  const sectionDepth = (depth === 6 ? 2 : depth) as Heading["depth"];
  // A page that sets "**Mission**" on its own line sets its other labels so too ("**Motto**",
  // "**Strategic goals 2024–2027**"): each ends the section before it.
  const labelled = tree.children.some((node, index) => {
    const bold = boldLine(node);
    return bold !== null && LABEL.test(bold) && hasBody(tree.children[index + 1]);
  });
  const children: RootContent[] = [];
  tree.children.forEach((node, index) => {
    const next = tree.children[index + 1];
    children.push(
      ...(node.type === "paragraph" ? split(node, next, sectionDepth, labelled) : [node]),
    );
  });
  tree.children = children;
}

/** The text of a paragraph that is one bold span ("**MISSION**"), else null. */
function boldLine(node: RootContent): string | null {
  if (node.type !== "paragraph" || node.children.length !== 1) return null;
  const [only] = node.children;
  return only?.type === "strong" ? plainText(only) : null;
}

/** A block a label can stand over: not another heading, not the end of the page. */
const hasBody = (next: RootContent | undefined) => next !== undefined && next.type !== "heading";

/** A short label line of a labelled page: a few words with no sentence's end. */
const SHORT_LABEL = /^[^.!?:;]{1,40}$/;

function split(
  paragraph: Paragraph,
  next: RootContent | undefined,
  depth: Heading["depth"],
  labelled: boolean,
): RootContent[] {
  const [first, second, ...others] = paragraph.children;
  if (!first) return [paragraph];
  // "Our mission" (or "**MISSION**") alone on its line, with its statement in the next block.
  const bold = boldLine(paragraph);
  const alone = !second && first.type === "text" ? first.value.trim() : bold;
  if (
    alone !== null &&
    (LABEL.test(alone) || (labelled && bold !== null && SHORT_LABEL.test(bold)))
  ) {
    if (!hasBody(next)) return [paragraph];
    return [heading(depth, first.type === "strong" ? first.children : [first], paragraph)];
  }
  // "**Vision** Health for every valley.": the bold label, then a new sentence.
  if (first.type !== "strong" || !LABEL.test(plainText(first).trim())) return [paragraph];
  if (second?.type !== "text" || !/^\s+["“'‘]?\p{Lu}/u.test(second.value)) return [paragraph];
  const start = second.position?.start;
  const lead = /^\s+/.exec(second.value)?.[0].length ?? 0;
  const rest: PhrasingContent = {
    ...second,
    value: second.value.slice(lead),
    position: start &&
      second.position && {
        start: {
          line: start.line,
          column: start.column + lead,
          offset: (start.offset ?? 0) + lead,
        },
        end: second.position.end,
      },
  };
  const body: Paragraph = {
    type: "paragraph",
    children: [rest, ...others],
    position: rest.position &&
      paragraph.position && { start: rest.position.start, end: paragraph.position.end },
  };
  const label = heading(depth, first.children, first);
  inlineLabels.add(label);
  return [label, body];
}

/** Headings restored from an inline label: the sentence after one on its line is segmented apart. */
export const inlineLabels = new WeakSet<RootContent>();

function heading(
  depth: Heading["depth"],
  children: PhrasingContent[],
  from: { position?: Paragraph["position"] },
): Heading {
  return { type: "heading", depth, children, position: from.position };
}
