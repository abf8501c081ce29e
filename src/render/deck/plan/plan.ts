/**
 * The slide plan: one pure function from the model to the slides every deck format renders
 * (reveal.js HTML, print PDF, PPTX), in a fixed order — cover, what changed (when compared), mission, vision, pillars, one run of
 * slides per value set, takeaways, FAQ, findings, closing. Slides that would be empty are left
 * out; long sets are split across slides. Built from the model only, never from Markdown.
 */
import type { Model } from "../../../schema/schema.js";
import type { WhatChanged } from "../../shared/changes.js";
import { setTitles } from "../../shared/set-titles.js";
import type { Slide } from "../layout/types.js";
import { planCards } from "./plan-cards.js";
import { planChanges } from "./plan-changes.js";
import { planClosing, planCover } from "./plan-cover.js";
import { planFaq, planFindings, planTakeaways } from "./plan-lists.js";
import { planStatement } from "./plan-statement.js";

export type * from "../layout/types.js";

/** `changes`: what changed since a compared version, a slide after the cover. */
export function planSlides(model: Model, changes?: WhatChanged): Slide[] {
  const titles = setTitles(model);
  return [
    planCover(model),
    ...planChanges(model, changes),
    ...planStatement(model, "mission"),
    ...planStatement(model, "vision"),
    ...(model.pillars && titles.pillars ? planCards(model, model.pillars, titles.pillars) : []),
    ...model.valueSets.flatMap((set, index) => {
      const title = titles.valueSets[index];
      return title ? planCards(model, set, title) : [];
    }),
    ...planTakeaways(model),
    ...planFaq(model),
    ...planFindings(model),
    planClosing(model),
  ];
}
