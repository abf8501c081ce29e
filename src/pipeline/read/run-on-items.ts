/**
 * A page imported from the web has no soft line breaks: "1. Seasonality⏎If it is not …" comes
 * back as "1. Seasonality If it is not …", a value's name run into its description. A name in
 * sentence case has no capital after its first word, so the first capital that opens a clause —
 * not a proper noun, by its part of speech — is the seam.
 */
import type { Item } from "./enumeration.js";
import { tag } from "./nlp.js";

/** Parts of speech a name does not go on with: "the", "it", "twice", "before". */
const NO_NAME_AFTER = new Set(["DET", "PRON", "ADV", "ADP"]);
/** Parts of speech a capitalised word has in lower case that no name has: "Busy desk?". */
const LOWER_WORD = new Set(["ADJ", "VERB"]);

/** "Patience A rope is laid slowly." as its name and description, if it reads that way. */
export function runOnItem(text: string): Item | null {
  const words = text.split(/\s+/);
  const seam = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  if (seam < 1 || seam > 6) return null;
  const name = words.slice(0, seam).join(" ");
  if (!/^\p{Lu}/u.test(name) || /[,:;.!?]$/.test(name)) return null;
  const description = words.slice(seam).join(" ");
  const [opener, second] = tag(description);
  // ("Share the protocol.", "Measure twice …": a capitalised imperative the tagger takes for a
  // name, before a word no name goes on with; "Channels are public …": a plural noun as the
  // subject of a verb; "Busy desk?": an adjective, in lower case.)
  const common =
    opener?.pos === "PROPN" &&
    (NO_NAME_AFTER.has(second?.pos ?? "") ||
      (/s$/.test(opener.value) && (second?.pos === "AUX" || second?.pos === "VERB")) ||
      LOWER_WORD.has(tag(opener.value.toLowerCase())[0]?.pos ?? ""));
  if (!opener || (opener.pos === "PROPN" && !common) || opener.value === "I") return null;
  return { name, description };
}
