/** `empty-document`: nothing but front matter (or nothing at all). */
import type { Model } from "../../../schema/schema.js";
import type { Rule } from "../../diagnostics/rule.js";

export function isEmpty(model: Model): boolean {
  return model.sections.every((s) => s.blocks.length === 0);
}

export const emptyDocument: Rule = {
  id: "empty-document",
  severity: "error",
  description: "the file has no content below its front matter",
  example: { in: "---\ntitle: Acme\ncompany: Acme\n---\n", out: "The document has no content" },
  reader: () => "The document has no content.",
  check({ model, report }) {
    if (!isEmpty(model)) return;
    report(
      { line: 1, column: 1 },
      "The document has no content; write the analysis below the front matter (headings, paragraphs, lists)",
      "document",
    );
  },
};
