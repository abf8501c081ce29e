/**
 * The HTML brief: one self-contained file (fonts and CSS inlined, no script, no external URL)
 * that reads well in a browser, on a phone, and printed to PDF by headless Chromium.
 */
import type { Model } from "../../model/schema.js";
import type { PageNumbers } from "../pdf/destinations.js";
import { loadTemplates } from "../templates.js";
import { runningCss } from "./running.js";
import { briefCss } from "./styles.js";
import { briefView } from "./view-model.js";

export interface RenderBriefOptions {
  /** A `--templates` dir whose files override the default templates one by one. */
  templatesDir?: string;
  /** Date shown on the cover when the front matter has none (default: today, `YYYY-MM-DD`). */
  generatedAt?: string;
  /** Where each anchor landed in a first print: the printed Contents' page numbers. */
  pages?: PageNumbers;
}

export function renderBriefHtml(model: Model, options: RenderBriefOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  const generatedAt = options.generatedAt ?? new Date().toISOString().slice(0, 10);
  return templates.render("brief/layout", {
    ...briefView(model, generatedAt, options.pages),
    css: briefCss(templates),
    runningCss: runningCss(model.meta.title, model.meta.company),
  });
}
