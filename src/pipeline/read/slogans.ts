/**
 * Wordings the page itself calls a slogan ("No – _Play it forward_ is their slogan."): a reader who
 * has been told so does not take them as the mission when someone later calls them one.
 */
import type { DocBlock } from "./blocks.js";
import { wordingKey } from "./text.js";

/** "Play it forward is their slogan", "“Made to last” is just the company's tagline". */
const CALLED_SLOGAN =
  /^\W*(?:no\W+)?["“‘']?([^"“”‘’.!?]{2,80}?)["”’']?\s+is\s+(?:just\s+|only\s+|simply\s+|really\s+)?(?:their|its|our|the(?:\s+[\p{L}'’-]+['’]s)?|a)\s+(?:[\p{L}-]+\s+)?(?:slogan|tagline|strapline|motto|catchphrase)\b/iu;

/** The wordings, as `wordingKey` folds them. */
export function sloganWordings(blocks: DocBlock[]): Set<string> {
  const found = new Set<string>();
  for (const block of blocks)
    for (const sentence of block.sentences) {
      const wording = CALLED_SLOGAN.exec(sentence.text)?.[1];
      if (wording) found.add(wordingKey(wording));
    }
  return found;
}
