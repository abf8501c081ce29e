/** The published JSON Schemas (schema/*.schema.json), generated from the zod schemas. */
import { z } from "zod";
import { Model } from "./schema.js";

/** A zod schema as the JSON Schema Credo publishes under `schema/<name>.schema.json`. */
export function publishedSchema(
  schema: z.ZodType,
  name: string,
  title: string,
  description: string,
): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }),
    $id: `https://credo.dev/schema/${name}.schema.json`,
    title,
    description,
  };
}

/** `model.json`'s schema (the one declaration is schema.ts). */
export function modelJsonSchema(): Record<string, unknown> {
  return publishedSchema(
    Model,
    "model",
    "Credo model",
    "The typed model Credo extracts from a mission/vision/values analysis (output/<slug>/model.json). Field names are a public contract.",
  );
}
