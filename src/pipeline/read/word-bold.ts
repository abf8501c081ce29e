/**
 * "**R**espect — …": a bold run that letters carry on without a space highlights part of a word
 * (an acronym's letter). The whole word, not the bold run, is what the line names.
 */

/** Whether the text right after a bold run (`after`) goes on with the bold run's word. */
export function boldInWord(after: string): boolean {
  return /^\p{L}/u.test(after);
}

/** The letters after the bold run that finish its word ("espect — …" → "espect"). */
export function wordTail(after: string): string {
  return /^[\p{L}'’-]*/u.exec(after)?.[0] ?? "";
}
