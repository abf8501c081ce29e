/** `missing-vision`: the text states no vision. */
import type { Rule } from "../../diagnostics/rule.js";

export const missingVision: Rule = {
  id: "missing-vision",
  severity: "warning",
  description: "no vision statement was found",
  example: {
    in: "# Acme\n\nOur mission is to make every road safer.\n",
    out: "No vision statement found",
  },
  reader: () => "The text states no vision.",
  check({ model, report }) {
    if (model.vision.statements.length > 0) return;
    report(
      { line: 1, column: 1 },
      "No vision statement found; state it as “Our vision is to …”, “We envision …”, quote it under a “Vision” heading, or set `vision:` in the front matter",
      "vision",
    );
  },
};
