/**
 * An interview transcript leads each turn with the speaker's bold name ("**Ana Pike:** What …",
 * "**Tom Reed:** We …"). Those names look like a run of named paragraphs, but they recur down the
 * section as the speakers take turns, and a value is named once: a run whose names lead other
 * paragraphs of the section too is a dialogue, not a set.
 */
import type { Value } from "../../schema/schema.js";

/** How many paragraphs of a section each speaker opens; `leads`: each paragraph's opening name. */
export function turnsOf(leads: (string | null)[]): Map<string, number> {
  const turns = new Map<string, number>();
  for (const lead of leads) {
    if (lead === null) continue;
    const name = speaker(lead);
    turns.set(name, (turns.get(name) ?? 0) + 1);
  }
  return turns;
}

/** Whether a run's names recur as the section's turns (`turns`, from turnsOf). */
export function speakerTurns(values: Value[], turns: ReadonlyMap<string, number>): boolean {
  return values.some((value) => (turns.get(speaker(value.name)) ?? 0) >= 2);
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
