/** `missing-values`: the text gives no list of values. */
import type { Rule } from "../../diagnostics/rule.js";
import { partFound } from "./sentence-left-unread.js";

export const missingValues: Rule = {
  id: "missing-values",
  severity: "warning",
  description: "no list of values was found, and no section is headed for one",
  example: {
    in: "# Acme\n\nOur mission is to make every road safer.\n",
    out: "No list of values found",
  },
  reader: () => "The text lists no values.",
  check({ model, report }) {
    // (A section or sentence that gives it unread is `unread-section`'s to report.)
    if (partFound(model, "values")) return;
    report(
      { line: 1, column: 1 },
      "No list of values found; list them as bullets (“- **Name**: description”) under a “Values” heading, or set `values:` in the front matter",
      "values",
    );
  },
};
