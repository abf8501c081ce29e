/**
 * A list said in a sentence whose names the sentences after it take up one by one, each with a
 * gloss: "…: safe, straight, on time, and together." then "Safe, because nobody goes home hurt.
 * Straight, because … And together — because …" (or "“Milk first” means …"). The glosses show the
 * names are the company's set, whatever the sentence that lists them says around them ("For us it
 * is plainness, thrift and nerve.").
 */
import { escapeRegExp } from "../../base/regexp.js";
import { COUNT, type Item, itemsFrom, parseCount } from "./enumeration.js";

/** Where the list starts: after the sentence's last colon, else after its last "is"/"are". */
const TAIL = /(?::|\b(?:is|are)\s)\s*(?=[^:]*$)/gi;
/** Words one glossed name may run to. */
const MOST_WORDS = 8;
/** How many sentences after the list the glosses may take. */
export const MOST_SENTENCES = 24;
/** A count said before the list: "There are four of them", "the same five", "became three". */
const SAID_COUNT = new RegExp(
  String.raw`\b(?:there\s+are|we\s+have|the\s+same|became)\s+(${COUNT})\b|\b(${COUNT})\s+of\s+them\b`,
  "i",
);

/**
 * The list `text` ends with, when the sentences after it (`after`, asked for only when there is a
 * list) gloss each of its names in order.
 */
export function glossedList(
  text: string,
  after: () => string[],
): { count: number | null; countIndex: number | null; items: Item[] } | null {
  const tail = [...text.matchAll(TAIL)].at(-1);
  if (!tail) return null;
  const start = tail.index + tail[0].length;
  // (Its names may be sayings: "say it at the gate" — the glosses vouch for them.)
  const items = (itemsFrom(text.slice(start)) ?? itemsFrom(text.slice(start), true))?.map(
    (item) => ({ ...item, name: item.name.replace(/\s+/g, " ") }),
  );
  if (!items || items.length < 3 || items.length > 8) return null;
  if (items.some((item) => item.name.split(/\s+/).length > MOST_WORDS)) return null;
  let at = 0;
  const window = after().slice(0, MOST_SENTENCES);
  for (const item of items) {
    const gloss = new RegExp(
      String.raw`^\W*(?:and\s+)?${item.name.split(/\s+/).map(escapeRegExp).join("\\s+")}["”’*_]*(?:,\s+(?:because|since|as|which)\b|\s*[—–:]|\s-\s|\s+(?:means|is\s+about|covers|stands\s+for)\b)`,
      "i",
    );
    const found = window.findIndex((sentence, i) => i >= at && gloss.test(sentence));
    if (found === -1) return null;
    at = found + 1;
  }
  const said = SAID_COUNT.exec(text.slice(0, start));
  const word = said?.[1] ?? said?.[2];
  return {
    count: word ? parseCount(word) : null,
    countIndex: said && word ? said.index + said[0].indexOf(word) : null,
    items,
  };
}
