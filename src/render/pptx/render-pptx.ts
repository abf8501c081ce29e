/**
 * The deck as an editable PPTX (16:9, 13.33 × 7.5 in): the same slide plan as the HTML and PDF,
 * drawn as native text boxes, shapes and a table (no screenshots), with the same titles, text and
 * speaker notes, in the theme's colours and fonts. The same model gives the same bytes.
 */
import type { Model } from "../../model/schema.js";
import { planSlides } from "../slides/plan.js";
import { loadTemplates } from "../templates.js";
import { Canvas } from "./canvas.js";
import { drawCards, drawDiagnostics, drawFaq, drawList, drawStatement } from "./draw-body.js";
import { drawCover, drawFooter, drawHeader } from "./draw-frame.js";
import { PptxGenJS } from "./pptxgen.js";
import { parseTheme } from "./theme.js";
import { finishPptx } from "./zip.js";

export interface PptxOptions {
  /** A `--templates` directory: its theme/theme.css re-themes the PPTX too. */
  templatesDir?: string;
}

/** The document date when the front matter has an ISO one, else the zip format's epoch. */
function stampDate(model: Model): Date {
  const iso = model.meta.date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : null;
  return date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1980
    ? date
    : new Date(Date.UTC(1980, 0, 1));
}

export async function renderPptx(model: Model, options: PptxOptions = {}): Promise<Uint8Array> {
  const theme = parseTheme(loadTemplates(options.templatesDir).asset("theme/theme.css"));
  const { meta } = model;
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = meta.title;
  pptx.subject = meta.subtitle ?? `${meta.company}: mission, vision and values`;
  // pptxgenjs 4.0.1 escapes the other document properties but writes the company into
  // docProps/app.xml as is: "Fern & Field" would break the file, and "</Company><…>" add to it.
  pptx.company = escapeXml(meta.company);
  if (meta.author) pptx.author = meta.author;
  pptx.theme = { headFontFace: theme.fonts.sans, bodyFontFace: theme.fonts.sans };

  const slides = planSlides(model);
  for (const [index, slide] of slides.entries()) {
    const page = pptx.addSlide();
    page.background = { color: theme.colors.paper };
    const canvas = new Canvas(pptx, page, theme);
    if (slide.kind === "cover") {
      drawCover(canvas, slide);
    } else {
      const top = drawHeader(canvas, slide);
      if (slide.kind === "statement") drawStatement(canvas, slide, top);
      if (slide.kind === "cards") drawCards(canvas, slide, top);
      if (slide.kind === "list") drawList(canvas, slide, top);
      if (slide.kind === "faq") drawFaq(canvas, slide, top);
      if (slide.kind === "diagnostics") drawDiagnostics(canvas, slide, top);
      drawFooter(canvas, meta.company, index + 1, slides.length);
    }
    page.addNotes(slide.notes.join("\n"));
  }
  const written = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return finishPptx(written, stampDate(model));
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char,
  );
}
