/**
 * The deck as an editable PPTX (16:9, 13.33 × 7.5 in): the same slide plan as the HTML and PDF,
 * drawn as native text boxes, shapes and a table (no screenshots), with the same titles, text and
 * speaker notes, in the theme's colours and fonts. The same model gives the same bytes.
 */
import type { Model } from "../../../schema/schema.js";
import type { WhatChanged } from "../../shared/changes.js";
import { subjectOf } from "../../shared/subject.js";
import { loadTemplates } from "../../shared/templates.js";
import { bodyHeight, CONTENT_BOTTOM } from "../layout/layout.js";
import { CONTENT_WIDTH, FRAME, TITLE_STEPS } from "../layout/metrics.js";
import type { CoverSlide, Slide } from "../layout/types.js";
import { planSlides } from "../plan/plan.js";
import { Canvas, inches } from "./canvas.js";
import { drawCards, drawFaq, drawList, drawStatement } from "./draw-body.js";
import { drawCover, drawFooter, drawHeader } from "./draw-frame.js";
import { fitScale } from "./fit.js";
import { PptxGenJS } from "./pptxgen.js";
import { parseTheme } from "./theme.js";
import { xmlSafe } from "./xml-safe.js";
import { finishPptx } from "./zip.js";

export interface PptxOptions {
  /** A `--templates` directory: its theme/theme.css re-themes the PPTX too. */
  templatesDir?: string;
  /** The slide plan when the caller has it already (one plan serves the deck's formats). */
  slides?: Slide[];
  /** What changed since a compared version: a slide after the cover. */
  changes?: WhatChanged;
}

const LAYOUT = "Credo";
const TITLE_AREA = {
  x: inches(FRAME.padX),
  y: inches(FRAME.padTop),
  w: inches(CONTENT_WIDTH),
  h: inches(TITLE_STEPS[0].line),
};

/** The document date when the front matter has an ISO one, else the zip format's epoch. */
function stampDate(model: Model): Date {
  const iso = model.meta.date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : null;
  return date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1980
    ? date
    : new Date(Date.UTC(1980, 0, 1));
}

export async function renderPptx(source: Model, options: PptxOptions = {}): Promise<Uint8Array> {
  const model = xmlSafe(source);
  const theme = parseTheme(loadTemplates(options.templatesDir).asset("theme/theme.css"));
  const { meta } = model;
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = meta.title;
  pptx.subject = subjectOf(source);
  // pptxgenjs 4.0.1 escapes the other document properties but writes the company into
  // docProps/app.xml as is: "Fern & Field" would break the file, and "</Company><…>" add to it.
  pptx.company = escapeXml(meta.company);
  if (meta.author) pptx.author = meta.author;
  pptx.theme = { headFontFace: theme.fonts.sans, bodyFontFace: theme.fonts.sans };

  // A layout with a title placeholder, which each slide's title (zip.ts) takes its role from.
  pptx.defineSlideMaster({
    title: LAYOUT,
    objects: [
      { placeholder: { options: { name: "title", type: "title", ...TITLE_AREA }, text: "" } },
    ],
  });

  const slides = options.slides
    ? xmlSafe(options.slides)
    : planSlides(model, options.changes && xmlSafe(options.changes));
  for (const [index, slide] of slides.entries()) {
    const page = pptx.addSlide({ masterName: LAYOUT });
    page.background = { color: theme.colors.paper };
    const canvas = new Canvas(pptx, page, theme);
    draw(canvas, slide, { company: meta.company, number: index + 1, total: slides.length });
    page.addNotes(slide.notes.join("\n"));
  }
  const written = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return finishPptx(written, stampDate(model));
}

type BodySlide = Exclude<Slide, CoverSlide>;

/** Where a slide stands in the deck, for its footer. */
interface Place {
  company: string;
  number: number;
  total: number;
}

type Drawer<S extends Slide> = (canvas: Canvas, slide: S, place: Place) => void;

/** A body slide: header, body at the type scale that fits, footer. */
function framed<S extends BodySlide>(body: (canvas: Canvas, slide: S, top: number) => void) {
  return (canvas: Canvas, slide: S, place: Place) => {
    const top = drawHeader(canvas, slide);
    // The plan filled the slide for our fonts; a wider fallback may need a smaller type scale.
    const scale = fitScale((measure) => bodyHeight(slide, measure), CONTENT_BOTTOM - top);
    body(canvas.at(scale), slide, top);
    drawFooter(canvas, place.company, place.number, place.total);
  };
}

/** One drawer per slide kind: a new kind does not compile until the PPTX can draw it. */
const DRAWERS: { [K in Slide["kind"]]: Drawer<Extract<Slide, { kind: K }>> } = {
  cover: (canvas, slide) => drawCover(canvas, slide),
  statement: framed(drawStatement),
  cards: framed(drawCards),
  list: framed(drawList),
  faq: framed(drawFaq),
};

function draw(canvas: Canvas, slide: Slide, place: Place): void {
  (DRAWERS[slide.kind] as Drawer<Slide>)(canvas, slide, place);
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char,
  );
}
