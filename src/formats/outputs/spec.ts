/**
 * What an output format is: the one place that says its file, MIME type, the names users type,
 * whether it prints, which templates and options it depends on, and how it renders. The registry
 * (registry.ts) lists them; build, dev, the CLI's help and the cache all read from it.
 */
import type { BrowserSession } from "../../browser/session.js";
import type { PageNumbers } from "../../render/brief/destinations.js";
import type { Slide } from "../../render/deck/layout/types.js";
import type { WhatChanged } from "../../render/shared/changes.js";
import type { Model } from "../../schema/schema.js";

/** What a renderer gets: the model, the build's options, and what several formats share. */
export interface RenderContext {
  model: Model;
  templatesDir?: string;
  paper?: "A4" | "Letter";
  /** The run's shared browser, started on first use. */
  session(): Promise<BrowserSession>;
  /** The brief's HTML, rendered once per document however many formats use it. */
  briefHtml(): Promise<string>;
  /** The slide plan, computed once per document for the deck's three formats. */
  slides(): Promise<Slide[]>;
  /** What changed since a compared version, when the build compares. */
  changes?: WhatChanged;
  /** Where the printed brief's anchors landed: last time's (a guess), and now (reported). */
  briefPages?: {
    guess?: PageNumbers;
    landed(pages: PageNumbers): void;
  };
}

/** Template files by what they draw: the brief's, the deck's, or the theme both share. */
export type TemplateFamily = "brief" | "deck" | "shared";

/** Names that stand for several formats on the command line. */
export type Group = "brief" | "slides" | "deck";

/** Build options beyond the content that change a format's bytes (part of its cache key). */
export type OutputOption = "paper";

export interface FormatSpec<Id extends string = string> {
  /** What users type after --format, and the key in the build cache. */
  id: Id;
  /** Its file under `output/<slug>/`. */
  file: string;
  mime: string;
  /** Other names for it alone. */
  aliases: readonly string[];
  groups: readonly Group[];
  /** One line for the help text. */
  description: string;
  /** Prints with the browser (so a build starts one). */
  needsBrowser: boolean;
  /** Written at once in the edit loop (milliseconds); the rest follow in the background. */
  fast: boolean;
  templates: readonly TemplateFamily[];
  options: readonly OutputOption[];
  render(context: RenderContext): Promise<string | Uint8Array>;
}

/** The family of a template file (a path under a templates folder, `/`-separated). */
export function templateFamily(rel: string): TemplateFamily {
  if (rel.startsWith("brief/") || rel === "theme/brief.css") return "brief";
  if (rel.startsWith("slides/") || rel === "theme/slides.css") return "deck";
  // Shared theme files, and anything unknown, count for every rendered format: rebuilding too
  // much is slow, rebuilding too little shows stale output.
  return "shared";
}
