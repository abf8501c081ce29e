import {
  cardGridHeight,
  diagnosticsHeight,
  faqHeight,
  listHeight,
  primaryHeight,
  variantsHeight,
} from "../../src/render/slides/layout.js";
import { GAP } from "../../src/render/slides/metrics.js";
import type { Slide } from "../../src/render/slides/plan.js";

/** Height the planner gives a slide body, by the same layout functions it planned with. */
export function bodyHeight(slide: Slide): number {
  switch (slide.kind) {
    case "statement": {
      const primary = slide.primary
        ? primaryHeight(slide.primary.text, slide.primary.meta, slide.primary.step)
        : 0;
      const gap = slide.primary && slide.variants.length > 0 ? GAP.block : 0;
      return primary + gap + variantsHeight(slide.variants);
    }
    case "cards":
      return cardGridHeight(slide.cards, slide.columns, slide.density);
    case "list":
      return listHeight(slide.items);
    case "faq":
      return faqHeight(slide.entries);
    case "diagnostics":
      return diagnosticsHeight(slide.rows);
    default:
      return 0;
  }
}
