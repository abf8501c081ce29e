/** The subject line the PDFs and the PPTX carry in their document information. */
import type { Model } from "../../schema/schema.js";

export function subjectOf(model: Model): string {
  return model.meta.subtitle ?? `${model.meta.company}: mission, vision and values`;
}
