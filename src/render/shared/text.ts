/** Display casing shared by the brief and the deck. */

/** Labels and statements are stored as written ("core values"); outputs show them capitalised. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
