/** One way to raise a diagnostic: a vfile message with `credo:<rule-id>` and a severity. */
import type { VFile } from "vfile";
import type { Place, Severity } from "../model/schema.js";

export function report(
  file: VFile,
  ruleId: string,
  severity: Severity,
  place: Place,
  reason: string,
): void {
  const message = file.message(reason, { place, ruleId, source: "credo" });
  // vfile: fatal true = error, false = warning, undefined = info.
  message.fatal = severity === "error" ? true : severity === "warning" ? false : undefined;
}
