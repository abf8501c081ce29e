/** `empty-document`: nothing but front matter (or nothing at all). */
import type { VFile } from "vfile";
import type { Model } from "../../model/schema.js";
import { report } from "../report.js";

export function isEmpty(model: Model): boolean {
  return model.sections.every((s) => s.blocks.length === 0);
}

export function emptyDocument(model: Model, file: VFile): void {
  if (isEmpty(model)) {
    report(
      file,
      "empty-document",
      "error",
      { line: 1, column: 1 },
      "The document has no content; write the analysis below the front matter (headings, paragraphs, lists)",
    );
  }
}
