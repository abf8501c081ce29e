/**
 * "Ridgeback RFC" in the title, "Ridgeback Rugby Football Club" in the text: a name ending in
 * initials the text spells out after the same first words. The two are one name; the title's
 * short form is the one the page goes by.
 */
import { escapeRegExp } from "../../base/regexp.js";

/** Whether `body` writes `name` with its closing initials spelt out as words. */
export function spellsOut(name: string, body: string): boolean {
  const words = name.split(/\s+/);
  const initials = words.at(-1) ?? "";
  if (words.length < 2 || !/^\p{Lu}{2,5}$/u.test(initials)) return false;
  const stem = escapeRegExp(words.slice(0, -1).join(" "));
  const spelt = [...initials].map((letter) => `${letter}[\\p{L}'’-]*`).join("\\s+");
  return new RegExp(String.raw`\b${stem}\s+${spelt}\b`, "u").test(body);
}
