/** The deck's "What changed since …" slide (credo build --compare REV), right after the cover. */

import type { Model } from "../../../schema/schema.js";
import { changesTitle, nothingChanged, type WhatChanged } from "../../shared/changes.js";
import type { ListSlide } from "../layout/types.js";
import { listSlides } from "./plan-lists.js";

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
