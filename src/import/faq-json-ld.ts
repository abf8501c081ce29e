/**
 * FAQs that a page declares only as schema.org `FAQPage` JSON-LD (common on analysis blogs, whose
 * visible FAQ is often an accordion built by a script that never runs here).
 */
import { hasType, isObject, jsonLdObjects, textOf } from "./json-ld.js";

export interface FaqItem {
  question: string;
  /** The answer as the page gives it: HTML or plain text. */
  answerHtml: string;
}

/** A question as text: JSON-LD names often carry HTML entities ("X&#8217;s") or tags. */
function plain(document: Document, html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return holder.textContent?.replace(/\s+/g, " ").trim() || undefined;
}

export function faqFromJsonLd(document: Document): FaqItem[] {
  const items: FaqItem[] = [];
  for (const page of jsonLdObjects(document).filter((o) => hasType(o, "FAQPage"))) {
    const entities = Array.isArray(page.mainEntity) ? page.mainEntity : [page.mainEntity];
    for (const entity of entities) {
      if (!isObject(entity) || !hasType(entity, "Question")) continue;
      const question = plain(document, textOf(entity.name));
      const answer = isObject(entity.acceptedAnswer)
        ? textOf(entity.acceptedAnswer.text)
        : undefined;
      if (question && answer) items.push({ question, answerHtml: answer });
    }
  }
  return items;
}
