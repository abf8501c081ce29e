/**
 * Reading Markdown list items as `Name: description`, `**Name**: description`,
 * `Name – description` or a bare short name.
 */
import type { List, ListItem, PhrasingContent } from "mdast";
import type { Item } from "./enumeration.js";
import { plainText } from "./text.js";

const SEPARATED = /^([^:–—]{1,80}?)\s*(?::|\s[–—-]\s)\s*(.*)$/s;

function itemText(item: ListItem): { lead: PhrasingContent | undefined; text: string } {
  const first = item.children[0];
  const lead = first?.type === "paragraph" ? first.children[0] : undefined;
  return { lead, text: plainText(item) };
}

function isName(name: string): boolean {
  return name.length > 0 && name.split(/\s+/).length <= 6 && !/[.!?]$/.test(name);
}

/** One item as a named value, or null when it reads as a sentence rather than a name. */
export function listItem(item: ListItem): Item | null {
  const { lead, text } = itemText(item);
  if (lead && (lead.type === "strong" || lead.type === "emphasis")) {
    const name = plainText(lead)
      .trim()
      .replace(/[:–—-]\s*$/, "")
      .trim();
    const rest = text
      .slice(plainText(lead).length)
      .replace(/^\s*[:–—-]?\s*/, "")
      .trim();
    return isName(name) ? { name, description: rest || null } : null;
  }
  const match = SEPARATED.exec(text);
  if (match && isName((match[1] ?? "").trim())) {
    return { name: (match[1] ?? "").trim(), description: (match[2] ?? "").trim() || null };
  }
  return text.split(/\s+/).length <= 4 && isName(text) ? { name: text, description: null } : null;
}

/** Every item of the list as a named value, or null if any item is not one. */
export function listItems(list: List): (Item & { line: number })[] | null {
  const items: (Item & { line: number })[] = [];
  for (const child of list.children) {
    const item = listItem(child);
    if (!item) return null;
    items.push({ ...item, line: child.position?.start.line ?? 1 });
  }
  return items.length >= 2 ? items : null;
}
