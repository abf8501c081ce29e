/** What changed, as the brief's "What changed since …" part and the deck's slide show it. */
import { phrase } from "./phrase.js";
import type { Change } from "./schema.js";

export interface WhatChanged {
  /** The version compared with, as given (a tag, a revision). */
  since: string;
  /** One sentence per change, in reading order; empty when the meaning did not change. */
  items: string[];
  /** The document did not exist in that version. */
  isNew: boolean;
}

export function whatChanged(since: string, changes: Change[], isNew = false): WhatChanged {
  return { since, items: changes.map(phrase), isNew };
}

/** The heading both outputs use. */
export const changesTitle = (what: WhatChanged) => `What changed since ${what.since}`;

/** The line said when there is nothing to list. */
export const nothingChanged = (what: WhatChanged) =>
  what.isNew
    ? `This document is new since ${what.since}.`
    : `Nothing changed in meaning since ${what.since}.`;

/** The brief's part: its heading (an unnumbered part, like the contents) and what it lists. */
export function changesView(what: WhatChanged) {
  return {
    part: { id: "brief-changes", number: "", title: changesTitle(what) },
    items: what.items,
    empty: what.items.length === 0 ? nothingChanged(what) : null,
  };
}
