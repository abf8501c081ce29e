/**
 * An interview transcript leads each turn with the speaker's bold name ("**Ana Pike:** What …",
 * "**Tom Reed:** We …"). Those names look like a run of named paragraphs, but they recur down the
 * section as the speakers take turns, and a value is named once: a run whose names lead other
 * paragraphs of the section too is a dialogue, not a set.
 */
import type { Value } from "../../schema/schema.js";

/** `leads`: the name each paragraph of the run's section opens with (null when none). */
export function speakerTurns(values: Value[], leads: (string | null)[]): boolean {
  const said = leads.map((lead) => (lead === null ? undefined : speaker(lead)));
  return values.some((value) => {
    const name = speaker(value.name);
    return said.filter((lead) => lead === name).length >= 2;
  });
}

/**
 * The speaker a turn's label names, without the time a podcast's transcript stamps on it
 * ("[00:21:58] MARCUS DELL" → "marcus dell"), so each turn of one speaker reads the same.
 */
function speaker(label: string): string {
  return label
    .replace(/^\W*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*/, "")
    .toLowerCase()
    .trim();
}
