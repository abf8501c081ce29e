/** The title slide, from the front matter. */
import type { Model } from "../../model/schema.js";
import { plural } from "../claims.js";
import { readerFindings } from "../findings.js";
import { COVER_HEIGHT, coverHeight } from "./layout.js";
import { COVER_STEPS } from "./metrics.js";
import { formatLines } from "./sources.js";
import type { CoverSlide } from "./types.js";

export function planCover(model: Model): CoverSlide {
  const { meta } = model;
  const byline = [meta.author, meta.date].filter(Boolean).join(" · ") || null;
  const facts =
    [
      meta.parentCompany ? `Part of ${meta.parentCompany}` : null,
      meta.founded !== undefined ? `Founded ${meta.founded}` : null,
    ]
      .filter(Boolean)
      .join(" · ") || null;
  const parts = {
    company: meta.company,
    title: meta.title,
    subtitle: meta.subtitle ?? null,
    byline,
    facts,
  };
  const fitting = COVER_STEPS.findIndex((_, step) => coverHeight(parts, step) <= COVER_HEIGHT);

  const titleHeading = model.sections.find((section) => section.depth === 1);
  const lines = titleHeading ? [titleHeading.line] : [];
  const source = titleHeading
    ? `Source: ${meta.source} front matter, title heading ${formatLines(lines)}`
    : `Source: ${meta.source} front matter`;
  const findings = readerFindings(model).length;
  const contents = [
    model.mission.primary ? "mission" : null,
    model.vision.primary ? "vision" : null,
    model.valueSets.length > 0 ? plural(model.valueSets.length, "value set", "value sets") : null,
    findings > 0 ? plural(findings, "finding", "findings") : null,
  ].filter(Boolean);

  return {
    kind: "cover",
    title: meta.title,
    kicker: meta.company,
    titleStep: 0,
    coverStep: fitting >= 0 ? fitting : COVER_STEPS.length - 1,
    subtitle: parts.subtitle,
    byline,
    facts,
    notes: [source, ...(contents.length > 0 ? [`This deck covers: ${contents.join(", ")}.`] : [])],
    lines,
  };
}
