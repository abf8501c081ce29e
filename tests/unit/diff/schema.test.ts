import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffJsonSchema } from "../../../src/diff/schema.js";

describe("published JSON Schema of credo diff --format json", () => {
  it("is up to date with the zod schema (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync("schema/diff.schema.json", "utf8"));
    expect(committed).toEqual(diffJsonSchema());
  });

  it("names the report's fields and every kind of change", () => {
    const schema = diffJsonSchema() as {
      properties: Record<string, unknown>;
      $defs?: unknown;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(["changed", "documents"]);
    expect(JSON.stringify(schema)).toContain('"value-renamed"');
    expect(JSON.stringify(schema)).toContain('"finding-fixed"');
  });
});
