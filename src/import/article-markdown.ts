/**
 * An extracted article as the content file's Markdown: the title as its `#` heading, the article's
 * HTML converted, and the JSON-LD questions the article does not show as an FAQ section in
 * Credo's form. Pure (no I/O): `credo import` writes it under its front matter, and the eval's
 * `imported` variant (src/eval/variants.ts) reads a corpus document back through it.
 */
import type { FaqItem } from "./faq-json-ld.js";
import { htmlToMarkdown } from "./html-to-markdown.js";
import type { PageMeta } from "./page-meta.js";

export interface Converted {
  meta: PageMeta;
  html: string;
  /** What the article shows before its title heading, kept before the `#` heading. */
  lead?: string;
  faq: FaqItem[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The JSON-LD questions the article does not show, as an FAQ section in Credo's form. */
function faqHtml(faq: FaqItem[]): string {
  if (faq.length === 0) return "";
  const items = faq.map(
    (item) => `<h3>${escapeHtml(item.question)}</h3><div>${item.answerHtml}</div>`,
  );
  return `<h2>Frequently asked questions</h2>${items.join("")}`;
}

/**
 * `# title` and the body, ending in a newline; the article's lead, if any, before the heading as
 * the page shows it. The title is the page's own (`meta.title`), else `name` (the file's), else
 * "Imported"; `base` resolves the article's relative links.
 */
export function articleMarkdown(
  { meta, html, lead, faq }: Converted,
  name: string,
  base?: string,
): { title: string; markdown: string } {
  const title = meta.title || name || "Imported";
  const before = lead ? htmlToMarkdown(lead, base) : "";
  const body = htmlToMarkdown(html + faqHtml(faq), base);
  const heading = `# ${htmlToMarkdown(`<p>${escapeHtml(title)}</p>`)}`;
  return { title, markdown: `${before ? `${before}\n\n` : ""}${heading}\n\n${body}\n` };
}
