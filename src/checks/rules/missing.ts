/** `missing-mission` (error), `missing-vision`, `missing-values` (warnings). */
import type { VFile } from "vfile";
import type { Model, Severity } from "../../model/schema.js";
import { report } from "../report.js";

function missing(
  ruleId: string,
  severity: Severity,
  absent: (model: Model) => boolean,
  reason: string,
) {
  return (model: Model, file: VFile): void => {
    if (absent(model)) report(file, ruleId, severity, { line: 1, column: 1 }, reason);
  };
}

export const missingMission = missing(
  "missing-mission",
  "error",
  (m) => m.mission.statements.length === 0,
  "No mission statement found; state it as “Our mission is to …” or quote it under a “Mission” heading",
);

export const missingVision = missing(
  "missing-vision",
  "warning",
  (m) => m.vision.statements.length === 0,
  "No vision statement found; state it as “Our vision is to …”, “We envision …”, or quote it under a “Vision” heading",
);

export const missingValues = missing(
  "missing-values",
  "warning",
  (m) => m.valueSets.length === 0,
  "No list of values found; list them as bullets (“- **Name**: description”) under a “Values” heading",
);
