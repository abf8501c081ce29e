/**
 * One way to raise a diagnostic: a vfile message with source `credo`, the rule id and the
 * severity the rule is configured with (`.credorc.json`, else its default); "off" raises nothing.
 */
import type { VFile } from "vfile";
import type { Place, Subject } from "../model/schema.js";
import { RULES } from "./registry.js";

declare module "vfile" {
  interface DataMap {
    /** Rule severities set by the user's config: rule id → severity or "off". */
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
  const severity = file.data.ruleSeverities?.[ruleId] ?? RULES[ruleId]?.severity ?? "error";
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
