/**
 * A block in another organisation's own voice on a page about the company: the publisher's
 * closing line ("*Gullhaven Goods is a gift shop in Truro. Our mission is …*"), a supplier's or
 * parent group's "About" box ("**About Brennock Holdings** Brennock is … Our purpose is …"), a
 * charity's sign-off. Its "we" and "our" are that organisation's, not the company's.
 */
import type { DocBlock } from "./blocks.js";
import { sharesName } from "./statement-cues.js";
import { plainText } from "./text.js";

/** A capitalised name of up to five words, "&", "of" or "and" inside it ("Kettle & Loom"). */
const NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:&|of|and)\s+)?\p{Lu}[\p{L}&.'’-]*){0,4}`;

/** "About Brennock Holdings", "About the Larkspur Trust.": a box's label naming its organisation. */
const ABOUT = new RegExp(String.raw`^\s*About\s+(?:the\s+)?(${NAME})\s*[.:]?\s*$`, "u");

/** "Gullhaven Goods is a small gift shop …": an organisation introducing itself by what it is. */
const INTRODUCED = new RegExp(String.raw`^\W*(?:The\s+)?(${NAME})\s+(?:is|are)\s+(?:a|an)\s`, "u");

/** Words an "About" label or an opening subject may carry that name no organisation. */
const NO_ONE =
  /^(?:The|This|These|That|There|Here|What|Which|Who|He|She|Our|Its|It|We|They|Us|Me|Authors?|Writers?|Editors?|Contributors?|Reports?|Guides?|Study|Survey|Series|Data|Methods?|Methodology|Company|Business|Firm|Organi[sz]ation|Brand|Group|Team|Page|Site)\b/;

/** The organisation `text` gives its voice to, if it is one other than the company's `names`. */
function other(pattern: RegExp, text: string, names: string[]): boolean {
  const name = pattern.exec(text)?.[1];
  return name !== undefined && !NO_ONE.test(name) && !sharesName(name, names);
}

/** The first paragraph's first child of a block (a blockquote's too): where a box's label stands. */
function label(block: DocBlock): string {
  const node = block.node;
  const paragraph = node.type === "blockquote" ? node.children[0] : node;
  if (paragraph?.type !== "paragraph") return "";
  const first = paragraph.children[0];
  return first?.type === "strong" ? plainText(first) : "";
}

/** Whether the "we" and "our" of `block` speak for an organisation other than the company. */
export function otherVoice(block: DocBlock, names: string[]): boolean {
  if (names.length === 0) return false;
  if (block.section.depth > 1 && other(ABOUT, block.section.heading, names)) return true;
  if (other(ABOUT, label(block), names)) return true;
  const first = block.sentences[0]?.text ?? "";
  return other(INTRODUCED, first, names) || praisesCompany(first, names);
}

/** "Tidemark understood …", "“Hollin listened": a quotation opening on the company doing something. */
const NAME_DOES = new RegExp(String.raw`^\W*(${NAME})\s+\p{Ll}+\b`, "u");

/**
 * Words in quotation marks that open on the company in the third person — a customer's
 * testimonial, "“Tidemark understood from day one that our mission is keeping hospital shelves
 * stocked.”" — speak for the one quoted: its "our" is theirs. (Not a leader's foreword set off as a
 * quote, "> Marrowby has come through a hard few years.", nor a fact box's title.)
 */
function praisesCompany(first: string, names: string[]): boolean {
  const name = NAME_DOES.exec(first)?.[1];
  return (
    /^\W*["“]/.test(first) && name !== undefined && !NO_ONE.test(name) && sharesName(name, names)
  );
}

/** A first-person word: the voice a box's statement or set speaks in. */
export const FIRST_PERSON = /\b(?:we|our|us)\b/i;
