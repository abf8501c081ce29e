/**
 * The analysis part of the brief: every section of the model with its blocks resolved to what
 * the templates draw. Each block names the partial that renders it, so the layout needs no
 * type switch and a `--templates` override can restyle one kind of block alone.
 */
import type { FaqEntry, Model, Section } from "../../schema/schema.js";
import { inFaqEntry } from "../shared/findings.js";
import type { FindingView } from "./findings.js";
import type { ParagraphFlags } from "./statement-flags.js";
import type { ValueSetView } from "./value-sets.js";

/** An FAQ entry with the findings about its answer, flagged beside it. */
export interface FaqEntryView extends FaqEntry {
  flags: FindingView[];
}

export type BlockView =
  | { partial: "brief/prose"; html: string; flags: FindingView[] }
  | { partial: "brief/value-set"; set: ValueSetView }
  | { partial: "brief/takeaways"; items: string[] }
  | { partial: "brief/faq"; entries: FaqEntryView[] };

export interface SectionView {
  heading: string;
  slug: string;
  kind: Section["kind"];
  /** h3…h6: the brief's own parts are h2 under the cover's h1, content sits one level below. */
  level: number;
  blocks: BlockView[];
}

export interface TocNode {
  heading: string;
  slug: string;
  /** The page it starts on in the printed brief; empty before it is known (and in the HTML). */
  page: string;
  children: TocNode[];
}

/** An anchor id's page in the printed brief, "" while unknown. */
export type PageOf = (id: string) => string;

export interface ResolvedSets {
  valueSets: ValueSetView[];
  pillars: ValueSetView | null;
}

/**
 * A content section's id in the brief. Headings are the author's, so their slugs are namespaced:
 * a heading "Brief notes" or "Footnote label" must not take the id of the brief's own part or of
 * the footnotes, which would send the contents and the brief's own links to the wrong place.
 */
export function contentId(slug: string): string {
  return `content-${slug}`;
}

/** The author's `#slug` links to a section follow it to its namespaced id. */
function linkSections(html: string, slugs: ReadonlySet<string>): string {
  return html.replace(/href="#([^"]*)"/g, (link, target: string) =>
    slugs.has(target) ? `href="#${contentId(target)}"` : link,
  );
}

function missing(section: Section, what: string): Error {
  return new Error(`Section "${section.heading}" (line ${section.line}) points to ${what}`);
}

function blockViews(
  section: Section,
  model: Model,
  sets: ResolvedSets,
  slugs: ReadonlySet<string>,
  findings: readonly FindingView[],
  flags: { of: ParagraphFlags; endOf: (line: number) => number },
): BlockView[] {
  const views: BlockView[] = [];
  for (const block of section.blocks) {
    if (block.type === "prose") {
      views.push({
        partial: "brief/prose",
        html: linkSections(block.html, slugs),
        flags: flags.of(block.line, flags.endOf(block.line)),
      });
    } else if (block.type === "valueSet") {
      const set = sets.valueSets[block.index];
      if (!set) throw missing(section, `missing value set ${block.index}`);
      views.push({ partial: "brief/value-set", set });
    } else if (block.type === "pillars") {
      if (!sets.pillars) throw missing(section, "pillars, but the model has none");
      views.push({ partial: "brief/value-set", set: sets.pillars });
    } else if (block.type === "takeaways") {
      views.push({ partial: "brief/takeaways", items: model.takeaways });
    } else {
      const found = model.faq[block.index];
      if (!found) throw missing(section, `missing FAQ entry ${block.index}`);
      const entry = { ...found, flags: inFaqEntry(model, block.index, findings) };
      // Consecutive questions form one Q&A list rather than one list per question.
      const last = views.at(-1);
      if (last?.partial === "brief/faq") last.entries.push(entry);
      else views.push({ partial: "brief/faq", entries: [entry] });
    }
  }
  return views;
}

/**
 * Heading depth as the brief nests it (0 = top). Content often opens with a lone `#` heading that
 * is really the document's title: the sections under it are then drawn at its level, so the
 * analysis is not one section with everything else buried a level deeper.
 */
function depthOf(sections: readonly Section[]): (section: Section) => number {
  const depths = sections.map((section) => section.depth);
  const top = Math.min(...depths);
  const [first] = sections;
  const soleTitle = first?.depth === top && depths.filter((depth) => depth === top).length === 1;
  const below = Math.min(...depths.filter((depth) => depth > top));
  if (!soleTitle || !Number.isFinite(below)) return (section) => section.depth - top;
  return (section) => (section === first ? 0 : section.depth - below);
}

/** Where the block starting at a line ends: where the next block or section starts. */
function blockEnds(sections: readonly Section[]): (line: number) => number {
  const starts = sections.flatMap((section) => [
    section.line,
    ...section.blocks.map((b) => b.line),
  ]);
  return (line) => Math.min(...starts.filter((start) => start > line));
}

export function sectionViews(
  model: Model,
  sets: ResolvedSets,
  findings: readonly FindingView[],
  paragraphFlags: ParagraphFlags,
): SectionView[] {
  const depth = depthOf(model.sections);
  const slugs = new Set(model.sections.map((section) => section.slug));
  const flags = { of: paragraphFlags, endOf: blockEnds(model.sections) };
  return model.sections.map((section) => ({
    heading: section.heading,
    slug: contentId(section.slug),
    kind: section.kind,
    level: Math.min(6, 3 + depth(section)),
    blocks: blockViews(section, model, sets, slugs, findings, flags),
  }));
}

/**
 * The value sets and pillars a section shows, as entries under it in the contents; not a set
 * titled as its section is ("Core values" under "Core Values"), which would say the same twice.
 */
function setEntries(section: Section, sets: ResolvedSets, pageOf: PageOf): TocNode[] {
  const heading = section.heading.toLowerCase();
  return section.blocks.flatMap((block) => {
    const set =
      block.type === "valueSet"
        ? sets.valueSets[block.index]
        : block.type === "pillars"
          ? sets.pillars
          : undefined;
    return set && set.label.toLowerCase() !== heading
      ? [{ heading: set.label, slug: set.id, page: pageOf(set.id), children: [] }]
      : [];
  });
}

/** Sections nested by heading depth, each with its sets first, for the table of contents. */
export function tocTree(
  sections: readonly Section[],
  sets: ResolvedSets,
  pageOf: PageOf,
): TocNode[] {
  const depth = depthOf(sections);
  const roots: TocNode[] = [];
  const open: { depth: number; node: TocNode }[] = [];
  for (const section of sections) {
    const slug = contentId(section.slug);
    const node: TocNode = {
      heading: section.heading,
      slug,
      page: pageOf(slug),
      children: setEntries(section, sets, pageOf),
    };
    const level = depth(section);
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= level) open.pop();
    const parent = open.at(-1);
    (parent ? parent.node.children : roots).push(node);
    open.push({ depth: level, node });
  }
  return roots;
}
