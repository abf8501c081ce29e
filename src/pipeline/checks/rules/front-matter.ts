/** `front-matter`: raised while reading the YAML front matter (src/pipeline/parse/front-matter.ts). */
import type { Rule } from "../../diagnostics/rule.js";

export const frontMatter: Rule = {
  id: "front-matter",
  severity: "error",
  description: "invalid or unsafe front matter (with its line)",
  example: { in: "---\ntitle: [unclosed\n---\n\n# Acme\n", out: "Invalid YAML front matter" },
  reader: () => "The document's settings (its front matter) could not be read.",
};
