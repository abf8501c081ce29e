/**
 * The title slide, from the front matter, and the closing slide that mirrors it: the mission to
 * end on and a call for questions, drawn by the same cover layout in every format.
 */
import type { Model } from "../../../schema/schema.js";
import { plural } from "../../shared/claims.js";
import { disclaimerOf } from "../../shared/extra-meta.js";
import { readerFindings } from "../../shared/findings.js";
import { formatDate } from "../../shared/format.js";
import { originNote } from "../../shared/origin.js";
import { capitalize } from "../../shared/text.js";
import { COVER_HEIGHT, type CoverParts, coverHeight } from "../layout/layout.js";
import { COVER_STEPS } from "../layout/metrics.js";
import type { CoverSlide } from "../layout/types.js";
import { spoken } from "./plan-common.js";
import { formatLines, sourceNote, speakerNotes, uniqueLines } from "./sources.js";

/** Author and date, the date as the brief's cover writes it ("November 25, 2026"). */
function bylineOf(model: Model): string | null {
  const { meta } = model;
  const date = meta.date ? formatDate(meta.date, meta.lang ?? "en") : null;
  return [meta.author, date].filter(Boolean).join(" · ") || null;
}

/** The largest cover type step at which everything fits. */
function coverStep(parts: CoverParts): number {
  const fitting = COVER_STEPS.findIndex((_, step) => coverHeight(parts, step) <= COVER_HEIGHT);
  return fitting >= 0 ? fitting : COVER_STEPS.length - 1;
}

export function planCover(model: Model): CoverSlide {
  const { meta } = model;
  const byline = bylineOf(model);
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
    disclaimer: disclaimerOf(meta),
  };

  const titleHeading = model.sections.find((section) => section.depth === 1);
  const lines = titleHeading ? [titleHeading.line] : [];
  const source = titleHeading
    ? `Source: ${meta.source} front matter, title heading ${formatLines(lines)}`
    : `Source: ${meta.source} front matter`;
  const findings = readerFindings(model).length;
  const contents = [
    model.mission.primary ? "the mission" : null,
    model.vision.primary ? "the vision" : null,
    model.valueSets.length > 0 ? plural(model.valueSets.length, "value set", "value sets") : null,
    findings > 0 ? plural(findings, "finding", "findings") : null,
  ].filter((item): item is string => item !== null);

  return {
    kind: "cover",
    title: meta.title,
    kicker: meta.company,
    titleStep: 0,
    coverStep: coverStep(parts),
    subtitle: parts.subtitle,
    byline,
    facts,
    disclaimer: parts.disclaimer,
    notes: speakerNotes(
      [
        `This deck reads what ${meta.company} says about its mission, vision and values, and where the text disagrees with itself.`,
        contents.length > 0 ? `It covers ${spoken(contents)}.` : null,
        originNote(meta.origin),
      ],
      source,
    ),
    lines,
  };
}

/** The last slide: the primary mission to close on, and the floor opened for questions. */
export function planClosing(model: Model): CoverSlide {
  const { meta } = model;
  const mission = model.mission.primary;
  const quoted = {
    company: meta.company,
    title: "Questions and discussion",
    subtitle: mission ? `“${capitalize(mission.text)}”` : null,
    byline: bylineOf(model),
    facts: null,
    disclaimer: null,
  };
  // A mission too long for the slide is left to the mission slide rather than overflow here.
  const fits = coverHeight(quoted, COVER_STEPS.length - 1) <= COVER_HEIGHT;
  const parts = fits ? quoted : { ...quoted, subtitle: null };
  const lines = mission ? mission.occurrences.map((occurrence) => occurrence.line) : [];
  const findings = readerFindings(model).length;
  return {
    kind: "cover",
    title: parts.title,
    kicker: parts.company,
    titleStep: 0,
    coverStep: coverStep(parts),
    subtitle: parts.subtitle,
    byline: parts.byline,
    facts: null,
    disclaimer: null,
    notes: speakerNotes(
      [
        mission
          ? `Close on the mission in ${meta.company}'s own words, then open the floor.`
          : `The text states no mission to close on; open the floor.`,
        findings > 0
          ? `Questions likely to come up: the ${plural(findings, "finding", "findings")} on the Findings slide, where the text leaves something open.`
          : "The checks found nothing the text contradicts or leaves out.",
      ],
      sourceNote(meta.source, lines),
    ),
    lines: uniqueLines(lines),
  };
}
