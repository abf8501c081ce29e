/** `count-mismatch`: a set announces one number of values and lists another. */
import type { VFile } from "vfile";
import type { Model } from "../../model/schema.js";
import { report } from "../report.js";

export function countMismatch(model: Model, file: VFile): void {
  const sets = model.pillars ? [...model.valueSets, model.pillars] : model.valueSets;
  for (const set of sets) {
    const listed = set.values.length;
    if (set.declaredCount === null || set.declaredCount === listed) continue;
    const names = set.values.map((v) => v.name).join(", ");
    report(
      file,
      "count-mismatch",
      "warning",
      set.declaredAt ?? { line: set.line, column: 1 },
      `Announces ${set.declaredCount} ${set.label.toLowerCase()} but lists ${listed} (${names}, line ${set.line}); make the number match the list`,
    );
  }
}
