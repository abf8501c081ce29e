/** `missing-mission`: the text states no mission. A warning: the page still builds. */
import type { Rule } from "../../diagnostics/rule.js";

export const missingMission: Rule = {
  id: "missing-mission",
  severity: "warning",
  description: "no mission statement was found",
  example: {
    in: "# About Acme\n\nAcme makes bicycles.\n",
    out: "No mission statement found",
  },
  reader: () => "The text states no mission.",
  check({ model, report }) {
    if (model.mission.statements.length > 0) return;
    report(
      { line: 1, column: 1 },
      "No mission statement found; state it as “Our mission is to …”, quote it under a “Mission” heading, or set `mission:` in the front matter",
      "mission",
    );
  },
};
