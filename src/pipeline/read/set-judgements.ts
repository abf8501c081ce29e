/**
 * A sentence judging a set the page has given already ("The values are conventional, with
 * Curiosity the most distinctive", "Note that the pillars are a mix of means and ends", "Its
 * beliefs are specific and already shape the galleries"): its words after "are" are what the
 * writer thinks of the set, not a second set — nor, ending on a colon, of the list it leads in to.
 */
import type { Item } from "./enumeration.js";
import type { FoundSet } from "./found-sets.js";
import { tag } from "./nlp.js";

/** "The values are", "Note that the pillars are", "Its "What we stand for" beliefs are", "All five values are". */
const SET_IS =
  /^\W*(?:(?:note|notice)\s+that\s+)?(?:the|its|their|these|those|all(?:\s+(?:of\s+)?(?:the|its|their))?)\s+(?:[^.;:!?]{1,40}?\s+)?(?:values|principles|beliefs|pillars|commitments)\s+are\s/i;
/** "a mix of means and ends", "a blend of …": the set's make-up, not a name. */
const MAKE_UP = /^(?:a|an)\s+(?:mix|mixture|blend|combination|jumble|balance)\s+of\b/i;

export function judgesGivenSet(text: string, items: Item[], found: FoundSet[]): boolean {
  const first = items[0]?.name ?? "";
  // (Or the set the sentence leads in to, after its colon: "Its values are short and
  // kitchen-flavoured, and …:" over the list.)
  if ((found.length === 0 && !/:\s*$/.test(text)) || !SET_IS.test(text)) return false;
  // (Said back, the same names are the set restated, for the reader to match up. The last few
  // sets only: a page of thousands of such sentences stays linear.)
  const given = new Set(
    found.slice(-8).flatMap((f) => f.set.values.map((v) => v.name.toLowerCase())),
  );
  if (items.some((item) => given.has(item.name.toLowerCase()))) return false;
  return MAKE_UP.test(first) || tag(first.split(/\s+/)[0] ?? "")[0]?.pos === "ADJ";
}
