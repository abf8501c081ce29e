import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelJsonSchema } from "../../../src/schema/json-schema.js";

describe("published JSON Schema", () => {
  it("is up to date with the zod schema (run `npm run schema` after changing the model)", () => {
    const committed = JSON.parse(readFileSync("schema/model.schema.json", "utf8"));
    expect(committed).toEqual(modelJsonSchema());
  });

  it("names the public model fields", () => {
    const schema = modelJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        "diagnostics",
        "faq",
        "meta",
        "mission",
        "pillars",
        "sections",
        "takeaways",
        "valueSets",
        "vision",
      ].sort(),
    );
    expect(schema.required).toContain("mission");
  });
});
