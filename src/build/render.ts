/**
 * Renders the requested formats of one model in memory (nothing is written until all succeed).
 * Every format renders from the model; the brief PDF prints the brief HTML. Renderers load on
 * first use, so a build of some formats never pays for the others' libraries.
 */
import type { BrowserSession } from "../browser/session.js";
import type { Model } from "../model/schema.js";
import { renderBriefHtml } from "../render/html/render-brief.js";
import type { Format } from "./formats.js";

export interface RenderOptions {
  paper?: "A4" | "Letter";
  templatesDir?: string;
  /** The run's shared browser, started on first use. */
  session: () => Promise<BrowserSession>;
}

export async function renderFormats(
  model: Model,
  formats: readonly Format[],
  options: RenderOptions,
): Promise<Map<Format, string | Uint8Array>> {
  const { templatesDir } = options;
  let briefHtml: string | undefined;
  const brief = () => {
    briefHtml ??= renderBriefHtml(model, { templatesDir });
    return briefHtml;
  };
  const renderers: Record<Format, () => Promise<string | Uint8Array> | string> = {
    model: () => `${JSON.stringify(model, null, 2)}\n`,
    html: brief,
    pdf: async () => {
      // Rendered before waiting for the browser, so it overlaps the browser's start-up.
      const html = brief();
      const { renderBriefPdf } = await import("../render/pdf/brief-pdf.js");
      return renderBriefPdf(
        await options.session(),
        html,
        {
          title: model.meta.title,
          company: model.meta.company,
          author: model.meta.author,
          subject: model.meta.subtitle ?? `${model.meta.company}: mission, vision and values`,
        },
        {
          paper: options.paper ?? model.meta.paper ?? "A4",
          templatesDir,
          numbered: (pages) => renderBriefHtml(model, { templatesDir, pages }),
        },
      );
    },
    "slides-html": async () =>
      (await import("../render/slides/render-html.js")).renderSlidesHtml(model, { templatesDir }),
    "slides-pdf": async () =>
      (await import("../render/slides/render-pdf.js")).renderSlidesPdf(options.session(), model, {
        templatesDir,
      }),
    pptx: async () =>
      (await import("../render/pptx/render-pptx.js")).renderPptx(model, { templatesDir }),
  };
  // Browser formats of one document print concurrently on the shared browser.
  const entries = await Promise.all(
    formats.map(async (format) => [format, await renderers[format]()] as const),
  );
  return new Map(entries);
}
