/** model.json: the typed model itself, the public contract (schema/model.schema.json). */
import type { FormatSpec } from "./spec.js";

export const model = {
  id: "model",
  file: "model.json",
  mime: "application/json; charset=utf-8",
  aliases: [],
  groups: [],
  description: "the typed model (JSON)",
  needsBrowser: false,
  fast: true,
  templates: [],
  options: [],
  render: async ({ model }) => `${JSON.stringify(model, null, 2)}\n`,
} as const satisfies FormatSpec<"model">;
