/**
 * A short name the page defines for the company in brackets right after its full name
 * ("Northfell Water Partnership (NWP) …", "Brisling Mutual (“the Mutual”)"). The page then owns
 * its statements under that name ("NWP's mission is …"); without it the short name reads as
 * someone else's and the page's own statements are set aside.
 */
import { escapeRegExp } from "../../base/regexp.js";

const SHORT = String.raw`\s*\(\s*["“'‘]?((?:the\s+)?[\p{Lu}][\p{L}&.-]{0,20}(?:\s+[\p{Lu}][\p{L}&.-]{0,20}){0,2})["”'’]?\s*\)`;

export function shortNames(text: string, company: string): string[] {
  if (!company.trim()) return [];
  const full = escapeRegExp(company.trim()).replace(/\s+/g, "\\s+");
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(full + SHORT, "gu")))
    if (match[1] && match[1] !== company) found.add(match[1]);
  return [...found];
}
