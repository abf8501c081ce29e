/**
 * What changed, as the brief's "What changed since …" part and the deck's slide show it: each
 * change in its sentence, and findings in the plain words the brief uses for them (not the
 * checker's message, which tells the author what to fix).
 */

import { phrase } from "../../diff/phrase.js";
import type { Change, Side } from "../../diff/schema.js";
import type { Model } from "../../schema/schema.js";
import { findings } from "./findings.js";

export interface WhatChanged {
  /** The version compared with, as given (a tag, a revision). */
  since: string;
  /** One sentence per change, in reading order; empty when the meaning did not change. */
  items: string[];
  /** The document did not exist in that version. */
  isNew: boolean;
}

/** The reader's sentence of the finding a change side names; null for a note to the author. */
function readerSentence(model: Model, side: Side): string | null {
  const found = findings(model).find(
    (f) => f.diagnostic.message === side.text && f.diagnostic.line === side.line,
  );
  if (!found) return side.text;
  return found.forReaders ? found.sentence : null;
}

function item(change: Change, old: Model, next: Model): string | null {
  if (change.kind === "finding-fixed" && change.old) {
    const sentence = readerSentence(old, change.old);
    return sentence && `Resolved: ${sentence}`;
  }
  if (change.kind === "finding-new" && change.new) {
    const sentence = readerSentence(next, change.new);
    return sentence && `New finding: ${sentence}`;
  }
  return phrase(change);
}

export function whatChanged(
  since: string,
  changes: Change[],
  old: Model,
  next: Model,
): WhatChanged {
  const items = changes.map((c) => item(c, old, next)).filter((text) => text !== null);
  return { since, items, isNew: false };
}

/** For a document that was not in the compared version. */
export function newSince(since: string): WhatChanged {
  return { since, items: [], isNew: true };
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
