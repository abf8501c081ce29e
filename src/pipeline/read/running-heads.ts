/**
 * A converted PDF or Word file keeps each page's running head or foot ("NORTHMERE WATER TRUST
 * ANNUAL REPORT AND ACCOUNTS 2023", "Pennock Hill Trust – Strategic Plan – DRAFT   Page 3") and its
 * page number as paragraphs of their own, wherever the page broke — often inside a list of values.
 * Where they break a run of blocks of one kind they are dropped from the tree before it is read,
 * so the set runs on across the break as the page shows it. A sentence the break cut in two ("…and
 * full enough" / head / "to fish.") is one paragraph again.
 */
import type { Paragraph, Root, RootContent } from "mdast";
import { plainText } from "./text.js";

/** A page number alone: "4", "Page 4", "Page 4 of 12", "– 4 –". */
const PAGE_NUMBER = /^\W*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\W*$/i;
/** The page number a running line ends with, cut before lines are compared. */
const TRAILING_NUMBER = /\s+(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;

/** A line that may be a running head: one line of three words or more, no sentence's full stop. */
function headLike(text: string): boolean {
  return !text.includes("\n") && text.split(/\s+/).length >= 3 && !/[.!?:]$/.test(text);
}

/** Capitals only (a head set in small capitals), or a page number at its end. */
function setApart(text: string): boolean {
  return TRAILING_NUMBER.test(text) || !/\p{Ll}/u.test(text);
}

export function dropRunningHeads(tree: Root): void {
  const key = (node: RootContent): string | null => {
    if (node.type !== "paragraph") return null;
    const text = plainText(node).trim();
    return headLike(text) && setApart(text) ? text.replace(TRAILING_NUMBER, "") : null;
  };
  // (Each block's key read once, for the count and for the pass below.)
  const keys = tree.children.map(key);
  const seen = new Map<string, number>();
  for (const k of keys) if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  // A running line is one that stands on two pages or more.
  const number = (node: RootContent | undefined) =>
    node?.type === "paragraph" && PAGE_NUMBER.test(plainText(node as Paragraph));
  const dropped = new Set<RootContent>();
  const { children } = tree;
  const joins: [Paragraph, Paragraph][] = [];
  keys.forEach((k, i) => {
    if ((seen.get(k ?? "") ?? 0) < 2) return;
    // A page number alone right before or after a running line goes with it.
    const from = number(children[i - 1]) ? i - 1 : i;
    const to = number(children[i + 1]) ? i + 1 : i;
    // Only where the break falls inside a run of blocks of one kind (a list's items, a set's
    // paragraphs): between a part's end and the next part's title, the line does no harm and
    // marks where a page's part begins.
    const before = children[from - 1];
    const after = children[to + 1];
    if (!before || !after || before.type !== after.type || before.type === "heading") return;
    for (let j = from; j <= to; j++) dropped.add(children[j] as RootContent);
    if (before.type === "paragraph" && after.type === "paragraph" && cutSentence(before, after)) {
      joins.push([before, after]);
      dropped.add(after);
    }
  });
  // Last first, so a sentence cut by two breaks gathers all three parts.
  for (const [before, after] of joins.reverse()) {
    before.children.push({ type: "text", value: " " }, ...after.children);
    if (before.position && after.position) before.position.end = after.position.end;
  }
  if (dropped.size > 0) tree.children = children.filter((node) => !dropped.has(node));
}

/** The page broke a sentence: the first part has no end mark, the second starts in lower case. */
function cutSentence(before: Paragraph, after: Paragraph): boolean {
  return (
    !/[.!?:;]["'”’)]*\s*$/.test(plainText(before)) && /^\p{Ll}/u.test(plainText(after).trimStart())
  );
}
