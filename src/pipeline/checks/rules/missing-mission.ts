/** `missing-mission`: the text states no mission. A warning: the page still builds. */
import type { Rule } from "../../diagnostics/rule.js";
import { partFound } from "./sentence-left-unread.js";

export const missingMission: Rule = {
  id: "missing-mission",
  severity: "warning",
  description: "no mission statement was found, and no section is headed for one",
  example: {
    in: "# About Acme\n\nAcme makes bicycles.\n",
    out: "No mission statement found",
  },
  reader: () => "The text states no mission.",
  check({ model, report }) {
    // (A section or sentence that gives it unread is `unread-section`'s to report.)
    if (partFound(model, "mission")) return;
    report(
      { line: 1, column: 1 },
      "No mission statement found; state it as “Our mission is to …”, quote it under a “Mission” heading, or set `mission:` in the front matter",
      "mission",
    );
  },
};
