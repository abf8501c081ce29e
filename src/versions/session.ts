/**
 * For `credo dev`: each document's first good model in the session, and what changed in meaning
 * since, for the preview's "What changed since dev started".
 */

import { diffModels } from "../diff/compare.js";
import { type WhatChanged, whatChanged } from "../render/shared/changes.js";
import type { Model } from "../schema/schema.js";

export class SessionBaselines {
  private readonly first = new Map<string, Model>();

  /** Changes of `model` since the document's first; none on the first, or when nothing changed. */
  changes(key: string, model: Model): WhatChanged | undefined {
    const base = this.first.get(key);
    if (!base) {
      this.first.set(key, model);
      return undefined;
    }
    const what = whatChanged("dev started", diffModels(base, model), base, model);
    return what.items.length > 0 ? what : undefined;
  }
}
