/**
 * The slide plan: what every deck format (reveal.js HTML, print PDF, PPTX) draws, already split
 * into slides that fit and with the type steps chosen. Renderers add no content of their own.
 */
interface SlideBase {
  /** Slide heading (the PDF outline entry and the PPTX title); "(1/2)" when a set is split. */
  title: string;
  /** Small line above the title: the source section or company. */
  kicker: string | null;
  /** Index into TITLE_STEPS the title fits at. */
  titleStep: number;
  /** Speaker notes, one paragraph each; the first names the source lines. */
  notes: string[];
  /** Source lines the slide was built from, ascending. */
  lines: number[];
}

/** The title slide; the closing slide takes the same shape and look. */
export interface CoverSlide extends SlideBase {
  kind: "cover";
  /** Index into COVER_STEPS. */
  coverStep: number;
  subtitle: string | null;
  /** "Strategy Team · November 25, 2026" */
  byline: string | null;
  /** "Parent company ByteDance · Founded 2016" */
  facts: string | null;
  /** The front matter's disclaimer, under the facts (title slide only). */
  disclaimer: string | null;
}

export interface StatementSlide extends SlideBase {
  kind: "statement";
  /** The primary wording; null on continuation slides that only list variants. */
  primary: { text: string; step: number; meta: string; flag: string | null } | null;
  /** "5 wordings in the source" (on every slide that lists variants; the brief says the same). */
  variantsLabel: string | null;
  variants: { text: string; where: string }[];
}

export interface Card {
  name: string;
  description: string | null;
}

export interface CardsSlide extends SlideBase {
  kind: "cards";
  /** "Announced 4 · lists 5" when the announced count disagrees with the list. */
  badge: string | null;
  columns: number;
  density: "large" | "regular" | "compact";
  cards: Card[];
}

export interface ListSlide extends SlideBase {
  kind: "list";
  /** 1-based number of the first item (lists continue their numbering across slides). */
  start: number;
  items: string[];
}

export interface FaqEntry {
  question: string;
  answer: string;
  /** Findings about this answer, in their plain sentences, shown beneath it. */
  flags: string[];
}

export interface FaqSlide extends SlideBase {
  kind: "faq";
  entries: FaqEntry[];
}

export type Slide = CoverSlide | StatementSlide | CardsSlide | ListSlide | FaqSlide;

export type SlideKind = Slide["kind"];
