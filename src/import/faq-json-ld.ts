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

export function faqFromJsonLd(document: Document): FaqItem[] {
  const items: FaqItem[] = [];
  for (const page of jsonLdObjects(document).filter((o) => hasType(o, "FAQPage"))) {
    const entities = Array.isArray(page.mainEntity) ? page.mainEntity : [page.mainEntity];
    for (const entity of entities) {
      if (!isObject(entity) || !hasType(entity, "Question")) continue;
      const question = textOf(entity.name);
      const answer = isObject(entity.acceptedAnswer)
        ? textOf(entity.acceptedAnswer.text)
        : undefined;
      if (question && answer) items.push({ question, answerHtml: answer });
    }
  }
  return items;
}
