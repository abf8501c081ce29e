/**
 * An interview transcript leads each turn with the speaker's bold name ("**Ana Pike:** What …",
 * "**Tom Reed:** We …"). Those names look like a run of named paragraphs, but they recur down the
 * section as the speakers take turns, and a value is named once: a run whose names lead other
 * paragraphs of the section too is a dialogue, not a set.
 */
import type { Value } from "../../schema/schema.js";

/** `leads`: the name each paragraph of the run's section opens with (null when none). */
export function speakerTurns(values: Value[], leads: (string | null)[]): boolean {
  const said = leads.map((lead) => lead?.toLowerCase());
  return values.some((value) => {
    const name = value.name.toLowerCase();
    return said.filter((lead) => lead === name).length >= 2;
  });
}
