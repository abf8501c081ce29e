/** The deck's "What changed since …" slide (credo build --compare REV), right after the cover. */
import { changesTitle, nothingChanged, type WhatChanged } from "../../diff/readers.js";
import type { Model } from "../../model/schema.js";
import { listSlides } from "./plan-lists.js";
import type { ListSlide } from "./types.js";

export function planChanges(model: Model, what: WhatChanged | undefined): ListSlide[] {
  if (!what) return [];
  const items = what.items.length > 0 ? what.items : [nothingChanged(what)];
  return listSlides(
    model.meta.company,
    changesTitle(what),
    items.map((text) => ({ text, line: null })),
    () => [`What changed in meaning since ${what.since}, as credo diff reports it.`],
  );
}
