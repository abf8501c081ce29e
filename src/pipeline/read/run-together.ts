/**
 * A page imported from the web has no soft line breaks (HTML has none): a site's name runs into
 * the tagline, breadcrumb or menu written below it ("Tolland Ambulance Service Home › About us"),
 * a bold label into its paragraph ("About Tanwick Stores Tanwick Stores is …"). The page's own
 * repetition finds the seam where the line break was.
 */
import { escapeRegExp } from "../../base/regexp.js";

/** The most words a name runs to ("Ashby and Tane Hospitals NHS Foundation Trust" has seven). */
const NAME_WORDS = 12;

/**
 * The longest opening of `run` (of `least` words or more, at most NAME_WORDS) that `text` writes
 * twice or more. (Bounded: each opening tried scans the whole text, and a page's first line may
 * be a whole run-together paragraph.)
 */
export function repeatedOpening(run: string, text: string, least = 2): string | undefined {
  const words = run.split(/\s+/).filter(Boolean);
  for (let n = Math.min(words.length, NAME_WORDS); n >= least; n--) {
    const opening = words.slice(0, n).join(" ");
    if (timesWritten(text, opening) >= 2) return opening;
  }
  return undefined;
}

/** `name` up to a capitalised word it already has: a name does not say a word of its own twice. */
export function untilRepeat(name: string): string {
  const words = name.split(" ");
  const end = words.findIndex((w, i) => /^\p{Lu}/u.test(w) && words.slice(0, i).includes(w));
  return end === -1 ? name : words.slice(0, end).join(" ");
}

/** How often `text` writes `phrase` as whole words (a line may break between them), up to `most`. */
function timesWritten(text: string, phrase: string, most = 2): number {
  const words = phrase.split(" ").map(escapeRegExp).join(String.raw`\s+`);
  let times = 0;
  for (const _ of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${words}(?![\p{L}\d])`, "gu")))
    if (++times === most) break;
  return times;
}
