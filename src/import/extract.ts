/**
 * The article of an HTML page, as HTML: parsed with linkedom (a DOM without scripting or
 * networking: no script runs and no image, stylesheet or frame is requested), the chrome removed
 * (chrome.ts), then Readability picks the main content. The page's own metadata and JSON-LD FAQ
 * are read first, since Readability and the cleaning remove them.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { removeChrome } from "./chrome.js";
import { ImportError } from "./errors.js";
import { type FaqItem, faqFromJsonLd } from "./faq-json-ld.js";
import { faqQuestionsAsHeadings } from "./faq-markup.js";
import { type PageMeta, pageMeta } from "./page-meta.js";

export interface Extracted {
  meta: PageMeta;
  /** The article's HTML, without its title heading. */
  html: string;
  /** The JSON-LD FAQ items whose question the article does not show itself. */
  faq: FaqItem[];
}

/** Readability's default (500 characters) refuses a short values page. */
const CHAR_THRESHOLD = 100;

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function extractArticle(html: string, where: string): Extracted {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  const faq = faqFromJsonLd(document);
  // Before the chrome goes: an accordion's questions are often buttons.
  faqQuestionsAsHeadings(document);
  removeChrome(document);
  // Readability drops every <aside>; the ones left inside the article are its callouts.
  for (const aside of document.querySelectorAll("article aside")) {
    const callout = document.createElement("div");
    callout.append(...aside.childNodes);
    aside.replaceWith(callout);
  }
  // The title is written as the file's `#` heading: its <h1> would come back as a `##` copy.
  for (const h1 of document.querySelectorAll("h1"))
    if (h1.textContent?.replace(/\s+/g, " ").trim() === meta.title) h1.remove();
  // Readability drops the first heading whose words all occur in the title it read ("Mission
  // statement" under "X Mission Statement, Vision and Values"): give it no title to compare.
  for (const element of document.querySelectorAll(
    'title, meta[property$="title"], meta[name$="title"]',
  ))
    element.remove();
  const article = new Readability(document, {
    charThreshold: CHAR_THRESHOLD,
    disableJSONLD: true,
  }).parse();
  if (!article?.content || !article.textContent?.trim())
    throw new ImportError(
      "no-article",
      `${where}: no article text found on the page (a page that builds its text with scripts shows none here, since no script runs: save it from a browser and import the saved file)`,
    );
  const shown = squash(article.textContent);
  return {
    meta,
    html: article.content,
    faq: faq.filter((f) => !shown.includes(squash(f.question))),
  };
}
