/**
 * A document's render context: what several formats share (the brief HTML, the slide plan) is
 * computed on first use and kept, so a build renders each once per document, and the edit loop's
 * background pass reuses what its fast pass rendered.
 */
import type { BrowserSession } from "../browser/session.js";
import type { Slide } from "../render/deck/layout/types.js";
import type { WhatChanged } from "../render/shared/changes.js";
import type { Model } from "../schema/schema.js";
import type { RenderContext } from "./outputs/spec.js";

export interface ContextOptions {
  templatesDir?: string;
  paper?: "A4" | "Letter";
  session(): Promise<BrowserSession>;
  /** What changed since a compared version (build --compare, dev's session start). */
  changes?: WhatChanged;
  /** The brief's page numbers: the previous print's, and a callback for this one's. */
  briefPages?: RenderContext["briefPages"];
}

export function renderContext(model: Model, options: ContextOptions): RenderContext {
  let brief: Promise<string> | undefined;
  let slides: Promise<Slide[]> | undefined;
  return {
    model,
    templatesDir: options.templatesDir,
    paper: options.paper,
    session: options.session,
    changes: options.changes,
    briefPages: options.briefPages,
    briefHtml: () => {
      brief ??= import("../render/brief/render-brief.js").then((m) =>
        m.renderBriefHtml(model, { templatesDir: options.templatesDir, changes: options.changes }),
      );
      return brief;
    },
    slides: () => {
      slides ??= import("../render/deck/plan/plan.js").then((m) =>
        m.planSlides(model, options.changes),
      );
      return slides;
    },
  };
}
