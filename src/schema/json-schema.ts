/** The JSON Schema of `model.json`, generated from the zod schema (the one declaration). */
import { z } from "zod";
import { Model } from "./schema.js";

export function modelJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Model, { target: "draft-2020-12", io: "output" }),
    $id: "https://credo.dev/schema/model.schema.json",
    title: "Credo model",
    description:
      "The typed model Credo extracts from a mission/vision/values analysis (output/<slug>/model.json). Field names are a public contract.",
  };
}
