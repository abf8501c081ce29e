/**
 * A rule: one module per problem, described once (id, default severity, description, a golden
 * example) so the README table, `credo rules` and the tests all read the same facts.
 */
import type { VFile } from "vfile";
import type { Diagnostic, Model, Place, Severity, Subject } from "../../schema/schema.js";

export interface RuleContext {
  model: Model;
  file: VFile;
  /** Raise this rule's diagnostic at `place` (severity from the config, else the default). */
  report(place: Place, reason: string, subject?: Subject): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line: when the rule speaks. */
  description: string;
  /** Golden example: Markdown in, and a part of the message it must raise (null: none). */
  example: { in: string; out: string | null };
  /**
   * The finding in plain words for the brief's and deck's readers: no rule id, no position, no
   * instruction to the writer ("The text gives five different wordings of the mission.").
   */
  reader: (finding: Diagnostic, model: Model) => string;
  /** Absent for rules raised while reading (front matter, guessed title and company). */
  check?: (context: RuleContext) => void;
}

const SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count as reader sentences write it: "five", but "12". */
export function countWord(count: number): string {
  return SMALL[count] ?? String(count);
}
