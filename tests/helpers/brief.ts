/** Shared helpers for the HTML brief tests: render the sample, cut out parts, read visible text. */

import { renderBriefHtml } from "../../src/render/brief/render-brief.js";
import type { Model } from "../../src/schema/schema.js";
import { sampleModel } from "../fixtures/sample-model.js";

export const GENERATED_AT = "2026-01-15";

/** The sample model with some fields changed (a deep copy: the fixture stays untouched). */
export function variant(change: (model: Model) => void): Model {
  const model = structuredClone(sampleModel);
  change(model);
  return model;
}

export function render(model: Model = sampleModel, templatesDir?: string): string {
  return renderBriefHtml(model, { generatedAt: GENERATED_AT, templatesDir });
}

const PART_STARTS = {
  glance: 'id="brief-glance"',
  contents: 'id="brief-contents"',
  analysis: 'id="brief-analysis"',
  findings: 'id="brief-findings"',
  notes: 'id="brief-notes"',
} as const;

/** The HTML of one of the brief's parts: from its heading to the next part's heading. */
export function part(html: string, name: keyof typeof PART_STARTS): string {
  const starts = Object.values(PART_STARTS).map((marker) => html.indexOf(marker));
  const start = html.indexOf(PART_STARTS[name]);
  if (start < 0) throw new Error(`part ${name} not found`);
  const end = Math.min(...starts.filter((index) => index > start), html.length);
  return html.slice(start, end);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Tags that sit inside a line of text: dropped without leaving a space. */
const INLINE_TAG = /<\/?(?:a|b|code|em|i|strong|time)\b[^>]*>/g;

/** Text a reader sees: tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(INLINE_TAG, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}

export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();
