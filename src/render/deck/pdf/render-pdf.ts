/**
 * The deck as a 16:9 PDF: the print HTML (no JavaScript) printed by Chromium, one page per slide,
 * with an outline entry per slide from the slide headings and a tagged structure tree.
 */
import type { BrowserSession } from "../../../browser/session.js";
import type { Model } from "../../../schema/schema.js";
import { contentDate } from "../../shared/content-date.js";
import { subjectOf } from "../../shared/subject.js";
import type { SlidesOptions } from "../html/render-html.js";
import { renderSlidesPrintHtml } from "../html/render-print.js";
import { SLIDE } from "../layout/metrics.js";

/** `session` may still be starting: the print HTML renders meanwhile. */
export async function renderSlidesPdf(
  session: BrowserSession | Promise<BrowserSession>,
  model: Model,
  options: SlidesOptions = {},
): Promise<Uint8Array> {
  const { meta } = model;
  const html = renderSlidesPrintHtml(model, options);
  return (await session).pdf(html, {
    // The page is exactly the slide canvas (1280×720 px = 13.333×7.5 in), so nothing rescales.
    size: { width: `${SLIDE.width}px`, height: `${SLIDE.height}px` },
    margin: { top: "0", right: "0", bottom: "0", left: "0" },
    outline: true,
    tagged: true,
    metadata: {
      title: meta.title,
      author: meta.author,
      subject: subjectOf(model),
      contentDate: contentDate(meta),
    },
  });
}
