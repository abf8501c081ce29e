// Writes schema/model.schema.json, the published JSON Schema of model.json, from the zod schema
// (src/schema/schema.ts, compiled to dist/). tests/unit/schema/schema.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { diffJsonSchema } from "../dist/diff/schema.js";
import { modelJsonSchema } from "../dist/schema/json-schema.js";

const target = new URL("../schema/model.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);

// The change list of `credo diff --format json` (src/diff/schema.ts); tests/unit/diff/schema.test.ts.
const diffTarget = new URL("../schema/diff.schema.json", import.meta.url);
writeFileSync(diffTarget, `${JSON.stringify(diffJsonSchema(), null, 2)}\n`);
console.log(`wrote ${diffTarget.pathname}`);
