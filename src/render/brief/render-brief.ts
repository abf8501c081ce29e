/**
 * The HTML brief: one self-contained file (fonts and CSS inlined, no script, no external URL)
 * that reads well in a browser, on a phone, and printed to PDF by headless Chromium.
 */
import type { Model } from "../../schema/schema.js";
import { changesView, type WhatChanged } from "../shared/changes.js";
import { loadTemplates } from "../shared/templates.js";
import type { PageNumbers } from "./destinations.js";
import { runningCss } from "./running.js";
import { briefCss } from "./styles.js";
import { type BriefView, briefView } from "./view-model.js";

export interface RenderBriefOptions {
  /** A `--templates` dir whose files override the default templates one by one. */
  templatesDir?: string;
  /** Date shown on the cover when the front matter has none (default: today, `YYYY-MM-DD`). */
  generatedAt?: string;
  /** What changed since a compared version: a part after the at-a-glance page. */
  changes?: WhatChanged;
  /** Where each anchor landed in a first print: the printed Contents' page numbers. */
  pages?: PageNumbers;
}

export function renderBriefHtml(model: Model, options: RenderBriefOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  const generatedAt = options.generatedAt ?? new Date().toISOString().slice(0, 10);
  const view = briefView(model, generatedAt, options.pages);
  const changes = options.changes
    ? numberedChanges(changesView(options.changes), options.pages)
    : null;
  return templates.render("brief/layout", {
    ...view,
    contentsFolded: contentsFolded(view, changes?.part.id ?? view.parts.glance.id, options.pages),
    changes,
    css: briefCss(templates),
    runningCss: runningCss(model.meta.title, model.meta.company),
  });
}

/**
 * A foldable contents is printed under the part before it. It is kept whole, so when it does not
 * fit there the first print moves it to a page of its own, and the analysis starts a page later;
 * the final print then draws it as a page of its own, on that same page, so no number moves.
 * (The Contents' own heading has no destination to read its page from: nothing links to it.)
 */
function contentsFolded(view: BriefView, before: string, pages: PageNumbers | undefined): boolean {
  if (!view.contentsFoldable || !pages) return view.contentsFoldable;
  const after = pages.get(view.parts.analysis.id);
  const start = pages.get(before);
  return after !== undefined && start !== undefined && after === start + 1;
}

/** The "What changed" part with its page in the Contents, like every other part. */
function numberedChanges(view: ReturnType<typeof changesView>, pages: PageNumbers | undefined) {
  return { ...view, part: { ...view.part, page: String(pages?.get(view.part.id) ?? "") } };
}
