/**
 * Everything the brief templates see, computed from the model in one pass. Templates only
 * arrange and escape these fields; the one raw-HTML field is a prose block's sanitized `html`.
 */
import type { Model } from "../../schema/schema.js";
import { disclaimerOf } from "../shared/extra-meta.js";
import { findings } from "../shared/findings.js";
import { formatDate } from "../shared/format.js";
import { type OriginView, originView } from "../shared/origin.js";
import { setTitles } from "../shared/set-titles.js";
import type { PageNumbers } from "./destinations.js";
import { type FindingView, findingViews } from "./findings.js";
import { type GlanceView, glanceView } from "./glance.js";
import {
  type PageOf,
  type ResolvedSets,
  type SectionView,
  sectionViews,
  type TocNode,
  tocTree,
} from "./sections.js";
import { type SourceNotesView, sourceNotesView } from "./source-notes.js";
import { statementFlags } from "./statement-flags.js";
import { valueSetView } from "./value-sets.js";

interface Part {
  id: string;
  number: string;
  title: string;
}

/**
 * The brief's own parts. Ids carry a `brief-` prefix; content sections' ids carry `content-`
 * (see contentId), so the two never collide.
 */
const PARTS = {
  glance: { id: "brief-glance", number: "01", title: "At a glance" },
  contents: { id: "brief-contents", number: "", title: "Contents" },
  analysis: { id: "brief-analysis", number: "02", title: "The analysis" },
  findings: { id: "brief-findings", number: "03", title: "Findings" },
  notes: { id: "brief-notes", number: "04", title: "Source notes" },
} as const satisfies Record<string, Part>;

type Parts = typeof PARTS;

/** A part with the page it starts on in the printed brief ("" until known). */
type PartViews = { [K in keyof Parts]: Parts[K] & { page: string } };

/**
 * Lines of a contents (its heading, the parts, the sections and sets) that fit under a short
 * document's glance: a longer one keeps its own page.
 */
const FOLDABLE_LINES = 16;

/** Entries of a contents tree, nested ones included. */
function entries(nodes: readonly TocNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + entries(node.children), 0);
}

function partViews(pageOf: PageOf): PartViews {
  const entries = Object.entries(PARTS).map(([key, part]) => [
    key,
    { ...part, page: pageOf(part.id) },
  ]);
  return Object.fromEntries(entries) as PartViews;
}

export interface CoverView {
  title: string;
  company: string;
  parentCompany: string | null;
  founded: number | null;
  subtitle: string | null;
  author: string | null;
  date: string;
  /** Machine-readable date for `<time datetime>`, when the date is a calendar date. */
  dateTime: string | null;
  source: string;
  /** Where the text came from (the front matter's `source:`), when it says. */
  origin: OriginView | null;
  /** The day the text was taken from its origin (`retrieved:`, as `credo import` writes it). */
  retrieved: { text: string; dateTime: string | null } | null;
  /** The front matter's disclaimer, printed small on the cover. */
  disclaimer: string | null;
}

export interface BriefView {
  lang: string;
  title: string;
  parts: PartViews;
  cover: CoverView;
  glance: GlanceView;
  toc: TocNode[];
  /**
   * The contents is short enough to print under the part before it (the glance) rather than on a
   * page of its own, which a short document's contents leaves two-thirds empty.
   */
  contentsFoldable: boolean;
  sections: SectionView[];
  findings: FindingView[];
  notes: SourceNotesView;
}

/** A day as shown (formatted) and as machine-readable `datetime` (only a whole ISO day). */
function dayView(day: string, lang: string): { text: string; dateTime: string | null } {
  return { text: formatDate(day, lang), dateTime: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null };
}

function retrievedView(value: unknown, lang: string): CoverView["retrieved"] {
  return typeof value === "string" && value.trim() !== "" ? dayView(value.trim(), lang) : null;
}

function coverView(model: Model, lang: string, generatedAt: string): CoverView {
  const { meta } = model;
  const day = dayView(meta.date ?? generatedAt, lang);
  return {
    title: meta.title,
    company: meta.company,
    parentCompany: meta.parentCompany ?? null,
    founded: meta.founded ?? null,
    subtitle: meta.subtitle ?? null,
    author: meta.author ?? null,
    date: day.text,
    dateTime: day.dateTime,
    source: meta.source,
    origin: originView(meta.origin),
    retrieved: retrievedView(meta.retrieved, lang),
    disclaimer: disclaimerOf(meta),
  };
}

/**
 * `pages`: where each anchor landed in a first print of the brief, for the Contents' page numbers
 * (see brief-pdf.ts); without it they are left empty.
 */
export function briefView(model: Model, generatedAt: string, pages?: PageNumbers): BriefView {
  const pageOf: PageOf = (id) => String(pages?.get(id) ?? "");
  const lang = model.meta.lang ?? "en";
  const source = model.meta.source;
  const titles = setTitles(model);
  const sets: ResolvedSets = {
    valueSets: model.valueSets.map((set, index) =>
      valueSetView(
        set,
        `brief-values-${index + 1}`,
        "values",
        titles.valueSets[index] ?? { title: set.label, own: false },
        source,
      ),
    ),
    pillars:
      model.pillars &&
      valueSetView(
        model.pillars,
        "brief-pillars",
        "pillars",
        titles.pillars ?? { title: model.pillars.label, own: false },
        source,
      ),
  };
  const all = findings(model);
  const forReaders = findingViews(all);
  const toc = tocTree(model.sections, sets, pageOf);
  return {
    lang,
    title: model.meta.title,
    parts: partViews(pageOf),
    cover: coverView(model, lang, generatedAt),
    glance: glanceView(model, sets, forReaders),
    toc,
    contentsFoldable: entries(toc) + Object.keys(PARTS).length <= FOLDABLE_LINES,
    sections: sectionViews(model, sets, forReaders, statementFlags(model, forReaders)),
    findings: forReaders,
    notes: sourceNotesView(model, sets, all),
  };
}
