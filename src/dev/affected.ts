/**
 * Which outputs a changed file makes stale. A content file: every format of its own document. A
 * template: every document, but only the formats drawn from that template, so editing the deck's
 * CSS never reprints the brief. model.json depends on no template.
 */
import { FORMATS, type Format } from "../formats/formats.js";

const BRIEF: readonly Format[] = ["html", "pdf"];
const SLIDES: readonly Format[] = ["slides-html", "slides-pdf", "pptx"];
const RENDERED: readonly Format[] = FORMATS.filter((f) => f !== "model");

/**
 * Formats that use the template at `rel` (a path under a templates folder, `/`-separated). Shared
 * theme files, and anything unknown, count for every rendered format: rebuilding too much is slow,
 * rebuilding too little shows stale output.
 */
export function formatsForTemplate(rel: string): readonly Format[] {
  if (rel.startsWith("brief/") || rel === "theme/brief.css") return BRIEF;
  if (rel.startsWith("slides/") || rel === "theme/slides.css") return SLIDES;
  return RENDERED;
}

/** `formats` in canonical order, limited to the ones the session builds. */
export function ordered(formats: Iterable<Format>, wanted: readonly Format[]): Format[] {
  const set = new Set(formats);
  return wanted.filter((f) => set.has(f));
}
