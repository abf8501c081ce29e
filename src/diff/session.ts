/**
 * For `credo dev`: each document's first good model in the session, and what changed in meaning
 * since, for the preview's "What changed since dev started".
 */
import type { Model } from "../model/schema.js";
import { diffModels } from "./compare.js";
import { type WhatChanged, whatChanged } from "./readers.js";

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
