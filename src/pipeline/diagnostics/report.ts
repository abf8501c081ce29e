/**
 * One way to raise a diagnostic: a vfile message with source `credo`, the rule id and the
 * severity the rule is configured with (`.credorc.json`, else its default); "off" raises nothing.
 */
import type { VFile } from "vfile";
import type { Place, Subject } from "../../schema/schema.js";

declare module "vfile" {
  interface DataMap {
    /**
     * Every rule's severity for this file: its default, or what the user's config sets (rule id →
     * severity or "off"). Resolved by the processor, so raising a diagnostic needs no rule list.
     */
    ruleSeverities: Record<string, "off" | "error" | "warning" | "info">;
  }
}

export function report(
  file: VFile,
  ruleId: string,
  place: Place,
  reason: string,
  subject?: Subject,
): void {
  const severity = file.data.ruleSeverities?.[ruleId] ?? "error";
  if (severity === "off") return;
  const message = file.message(reason, { place, ruleId, source: "credo" });
  // vfile: fatal true = error, false = warning, undefined = info.
  message.fatal = severity === "error" ? true : severity === "warning" ? false : undefined;
  if (subject) message.subject = subject;
}

declare module "vfile-message" {
  interface VFileMessage {
    subject?: Subject;
  }
}
