/**
 * Questions that ask for a statement: an FAQ question ("What is Acme's mission?", "What is the
 * co-op for?"), a terse one the next sentence answers ("The mission? To …"), one about the future
 * the company wants — and the organisation such a question (or "the purpose of …") names.
 */
import type { DocBlock } from "./blocks.js";
import type { StatementKind } from "./statements.js";
import { plainText } from "./text.js";

/** A question about the future the company wants: "plans for the future", "where is X heading". */
export const FUTURE_QUESTION =
  /\b(?:plans?|hopes?)\s+for\s+the\s+future\b|\bwhere\s+(?:is|are)\s+[^?]{1,40}\s+heading\b/i;

/** "The mission?", "Our vision?": a question the next sentence answers. */
export const ASKS_ITSELF =
  /^\W*(?:(?:and|so)\s+)?(?:the|our|its|[\p{Lu}][\p{L}&-]*'s?)?\s*(mission|vision)(?:\s+statement)?\?\s*$/iu;

/** The organisation a question may ask about: by its kind or a capitalised name (not "the fee"). */
const ORG_KIND =
  "(?:co-?op(?:erative)?|charity|trust|company|firm|club|society|foundation|organi[sz]ation|business|school|council|network|partnership|enterprise)";

const ORG_NAME = String.raw`[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3}`;

/** "… of the Esk Library": an organisation named after the key word. */
export const OF_NAME = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${ORG_NAME})`, "u");

const ASKED_ORG = String.raw`(?:[Tt]h(?:e|is)\s+)?(?:${ORG_KIND}|${ORG_NAME})`;

/** A question asking what the company is for: "What is the co-op for?", "Why does X exist?". */
export const FOR_WHAT = new RegExp(
  String.raw`^\W*(?:[Ww]hat\s+(?:is|are)\s+${ASKED_ORG}\s+for|[Ww]hy\s+(?:does|do)\s+(?:${ASKED_ORG}|we)\s+exist)\?\s*$`,
  "u",
);

/** The kind a FAQ question asks for ("What is Acme's mission statement?", "And the vision?"). */
export function askedKind(block: DocBlock | undefined): StatementKind | null {
  if (!block) return null;
  const text = plainText(block.node);
  const terse = ASKS_ITSELF.exec(text);
  if (terse) return (terse[1] as string).toLowerCase() as StatementKind;
  // "What is the co-op for?", "Why does Acme exist?": what it is for is its mission.
  if (FOR_WHAT.test(text)) return "mission";
  if (!/\?\s*$/.test(text) || !/^\W*(?:what|which)\b/i.test(text)) return null;
  if (/\bmission\b/i.test(text) && !/\bvision\b/i.test(text)) return "mission";
  if (/\bvision\b/i.test(text) && !/\bmission\b/i.test(text)) return "vision";
  return null;
}
