/**
 * Reading Markdown list items as `Name: description`, `**Name**: description`,
 * `Name – description` or a bare short name.
 */
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import type { Item } from "./enumeration.js";
import { runOnItem } from "./run-on-items.js";
import { brokenText, DECORATION, decoration, plainText } from "./text.js";
import { boldInWord } from "./word-bold.js";

/**
 * "What this looks like:", "In practice:", "You can tell it is there when:": a short lead-in over
 * a value's behaviour bullets.
 */
export function behaviourLead(node: RootContent | undefined): boolean {
  const text = node?.type === "paragraph" ? plainText(node).trim() : "";
  return text.endsWith(":") && text.split(/\s+/).length <= 10;
}

/**
 * "- We greet everyone …", "- We never ask why …": two or more bullets each telling what we (or
 * I, or you) do — a value's behaviours, whatever names it.
 */
export function behaviourBullets(node: RootContent | undefined): boolean {
  return (
    node?.type === "list" &&
    node.children.length >= 2 &&
    node.children.every((item) => /^(?:We|I|You)\s+\p{Ll}/u.test(plainText(item).trim()))
  );
}

/**
 * "- Ring the customer yourself; don't forward the email.", "- Tools back on the shadow board.":
 * two or more bullets (`least`) each a sentence of some length — a value's practice under its
 * heading, not names.
 */
export function sentenceBullets(node: RootContent | undefined, least = 2): boolean {
  return (
    node?.type === "list" &&
    node.children.length >= least &&
    node.children.every((item) => {
      const text = plainText(item).trim();
      return SENTENCE_ITEM.test(text) && text.split(/\s+/).length >= 3;
    })
  );
}
const SENTENCE_ITEM = /^["“‘]?\p{Lu}[^\n]*[.!?]["”’]?$/u;

const SEPARATED = /^([^:–—]{1,80}?)\s*(?::|\s[–—-]\s)\s*(.*)$/s;

function itemText(item: ListItem): {
  lead: PhrasingContent | undefined;
  text: string;
  /** The first paragraph's source lines (soft breaks kept). */
  lines: string[];
} {
  const first = item.children[0];
  const children = first?.type === "paragraph" ? first.children : [];
  // Skip a leading text node that is only symbols, so "✅ **Integrity**" has its bold lead.
  const [head, next] = children;
  const lead = decoration(head) ? next : head;
  // Only the first paragraph names the value; nested lists under it are its behaviours. (A card
  // pasted as "- ### Name" over its text is named by its heading.)
  const own = first?.type === "paragraph" || first?.type === "heading" ? first : item;
  return {
    lead,
    // (A hard break closing the item's text is a literal backslash there: "1️⃣ Trust teams\".)
    text: plainText(own).replace(DECORATION, "").replace(/\\$/, ""),
    lines: first?.type === "paragraph" ? brokenText(first).split("\n") : [],
  };
}

/** "C – ": a capital letter and a dash before a value's name spell an acronym. */
const SPELT = /^\p{Lu}\s+[–—-]\s+(?=\S)/u;
/** A card's number run in before its bold name: "01 Straight talk", "2. Curiosity". */
const CARD_NUMBER = /^(?:0\d|\d{1,2}[.)])\s+(?=\p{L})/u;

function isName(name: string, most = 6): boolean {
  return name.length > 0 && name.split(/\s+/).length <= most && !/[.!?]$/.test(name);
}

/**
 * Words a bold name set off from its description by a dash or colon may run to: a rule's whole
 * wording, its contrast too ("**Ship on Fridays, never on Mondays** – …").
 */
const SET_OFF_NAME = 10;
/** ", not a reward", ", never on Mondays": a name's own contrast, which may run it past six words. */
const CONTRAST = /,\s+(?:not|never|rather\s+than)\s/i;

/** One item as a named value, or null when it reads as a sentence rather than a name. */
export function listItem(item: ListItem): Item | null {
  return withNested(item, namedItem(item));
}

/** Blocks under the item's first paragraph (sub-bullets of behaviours) describe the value. */
function withNested(item: ListItem, found: Item | null): Item | null {
  const nested = plainText(item.children.slice(1));
  if (!found || !nested) return found;
  return { ...found, description: [found.description, nested].filter(Boolean).join(" ") };
}

function namedItem(item: ListItem): Item | null {
  const { lead, text, lines } = itemText(item);
  // (Its text, the blocks under the heading, describes it: see withNested.)
  if (item.children[0]?.type === "heading") {
    return isName(text, SET_OFF_NAME) ? { name: text, description: null } : null;
  }
  // "**C**ustomers first – …": a bold letter inside a word spells an acronym; the word is the name.
  const inWord = lead !== undefined && boldInWord(text.slice(plainText(lead).length));
  if (lead && (lead.type === "strong" || lead.type === "emphasis") && !inWord) {
    // ("**C – Compassion:**": the letter before the dash spells an acronym; the word is the name.)
    const name = plainText(lead)
      .trim()
      .replace(/[:.–—-]\s*$/, "")
      .replace(SPELT, "")
      .replace(CARD_NUMBER, "")
      .trim();
    const rest = text
      .slice(plainText(lead).length)
      .replace(/^\s*[:–—-]?\s*/, "")
      .trim();
    // "**C** — Consistency: …": the bold letter spells an acronym; the word after it is the name.
    const spelt = /^\p{Lu}$/u.test(name) ? SEPARATED.exec(rest) : null;
    if (spelt && isName((spelt[1] ?? "").trim())) {
      return { name: (spelt[1] ?? "").trim(), description: (spelt[2] ?? "").trim() || null };
    }
    // (So may one that holds its contrast: "**Food is a right, not a reward.** Nobody …".)
    const setOff =
      /^\s*[:–—-]\s/.test(text.slice(plainText(lead).length)) ||
      /:\s*$/.test(plainText(lead)) ||
      CONTRAST.test(name);
    return isName(name, setOff ? SET_OFF_NAME : 6) ? { name, description: rest || null } : null;
  }
  // "1. Seasonality" with its description on the next line of the same paragraph — unless the
  // next line goes on with a sentence the first began in lower case (a hard-wrapped page:
  // "spend public money / carefully, …"), where the first line names nothing.
  const [line, ...more] = lines;
  const first = (line ?? "").replace(DECORATION, "").trim();
  // (So too a name the wrap broke before its colon: "• Ready for / the future: a district …".)
  const goesOn = /^\s*\p{Ll}/u.test(more[0] ?? "");
  const named = SEPARATED.exec(`${first} ${(more[0] ?? "").trim()}`)?.[1] ?? "";
  const wrapped =
    goesOn && (/^\p{Ll}/u.test(first) || (named.length > first.length && isName(named)));
  if (more.length > 0 && !wrapped && isName(first) && !SEPARATED.test(first)) {
    return { name: first, description: more.join(" ").replace(/\s+/g, " ").trim() || null };
  }
  // ("C – Compassion: …": the letter before the dash spells an acronym; the word is the name.)
  // (A name the dash sets off may hold its contrast: "Fix the class of bug, not the bug – …".)
  const match = SEPARATED.exec(text.replace(SPELT, ""));
  const contrast = CONTRAST.test(match?.[1] ?? "");
  if (match && isName((match[1] ?? "").trim(), contrast ? SET_OFF_NAME : 6)) {
    return { name: (match[1] ?? "").trim(), description: (match[2] ?? "").trim() || null };
  }
  return text.split(/\s+/).length <= 4 && isName(text) ? { name: text, description: null } : null;
}

/**
 * A full-sentence item ("Acting with courage, challenging the status quo.") named by its head
 * clause: the words up to the first comma, colon, dash or full stop.
 */
export function sentenceItem(item: ListItem): Item | null {
  const { text } = itemText(item);
  // ("--" and "---" are a converter's dashes: "Nobody goes home hurt --- not this shift".)
  const head = /^(.+?)(?:[,:;.!?]|\s(?:[–—-]|-{2,3})\s|$)/s.exec(text)?.[1]?.trim() ?? "";
  if (!head || head.split(/\s+/).length > 16 || /^(?:https?:|www\.)/i.test(head)) return null;
  const rest = text
    .slice(head.length)
    .replace(/^\s*(?:[,:;.!?–—]|-{1,3})?\s*/, "")
    .trim();
  return withNested(item, { name: head, description: rest || null });
}

/**
 * Every item of the list as a named value, or null if any item is not one. `sentences` also
 * names full-sentence items by their head clause (in a values section, where a list is values);
 * `seams` names items whose name runs into their description.
 */
export function listItems(
  list: List,
  sentences = false,
  seams = sentences,
): (Item & { line: number })[] | null {
  const items: (Item & { line: number })[] = [];
  // ("1. Seasonality If it is not …": names run into their descriptions, where every item has
  // that seam — a page that lost its line breaks. `seams` reads them where `sentences` does, and
  // where a section on how the company works lists its habits so.)
  const runOn = seams ? list.children.map((c) => runOnItem(itemText(c).text)) : [];
  const seamed = runOn.length > 0 && runOn.every(Boolean);
  for (const [i, child] of list.children.entries()) {
    // A list of links is navigation ("Related posts", a table of contents), never values.
    const only = child.children[0];
    if (
      only?.type === "paragraph" &&
      only.children.every((c) => c.type === "link" || (c.type === "text" && !c.value.trim()))
    )
      return null;
    const seam = seamed ? runOn[i] : null;
    const item =
      listItem(child) ?? (seam ? withNested(child, seam) : sentences ? sentenceItem(child) : null);
    if (!item) return null;
    items.push({ ...initialled(item), line: child.position?.start.line ?? 1 });
  }
  // ("- **“Every walker”** – beginners too": names that are all quotations quote a statement's
  // words to take them apart, an analysis of it, not a set.)
  if (items.every((item) => QUOTED_NAME.test(item.name))) return null;
  // ("1. Is it legal?", "2. Would I explain it to the customer?": questions to ask oneself test a
  // choice; they name no values.)
  if (list.children.every((child) => /\?["”’]?$/.test(itemText(child).text))) return null;
  return items.length >= 2 ? items : null;
}

const QUOTED_NAME = /^["“'‘].*["”'’]$/s;

/**
 * "C – Customer first" in a list spelling CARGO: the letter is the acronym's, the words after the
 * dash (which it begins) the value's name.
 */
function initialled(item: Item): Item {
  const initial = /^(\p{Lu})\s*[–—-]\s+(\p{Lu}.*)$/su.exec(item.name);
  if (initial?.[2] && item.description === null && initial[2].startsWith(initial[1] as string))
    return { name: initial[2], description: null };
  return item;
}
