/** `missing-vision`: the text states no vision. */
import type { Rule } from "../../diagnostics/rule.js";
import { partFound } from "./sentence-left-unread.js";

export const missingVision: Rule = {
  id: "missing-vision",
  severity: "warning",
  description: "no vision statement was found, and no section is headed for one",
  example: {
    in: "# Acme\n\nOur mission is to make every road safer.\n",
    out: "No vision statement found",
  },
  reader: () => "The text states no vision.",
  check({ model, report }) {
    // (A section or sentence that gives it unread is `unread-section`'s to report.)
    if (partFound(model, "vision")) return;
    report(
      { line: 1, column: 1 },
      "No vision statement found; state it as “Our vision is to …”, “We envision …”, quote it under a “Vision” heading, or set `vision:` in the front matter",
      "vision",
    );
  },
};
