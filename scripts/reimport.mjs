// npm run reimport: imports each saved web page of the corpus (tests/corpus/pages/NAME.html) again
// into its content file (tests/corpus/dev/NAME.md, or held/ for a held-out page), keeping the day it was first retrieved, so a
// change to `credo import` is scored the way users meet it: page → import → reading. A unit test
// (tests/heavy/eval/pages.test.ts) fails while a content file differs from its page's import.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentFileOf, retrievedDay } from "../dist/eval/pages.js";
import { importSource } from "../dist/import/import.js";

const pages = "tests/corpus/pages";
let changed = 0;
// (A page the import refuses is reported and the rest still imported; the run then fails.)
const refused = [];
for (const file of readdirSync(pages)
  .filter((f) => f.endsWith(".html"))
  .sort()) {
  const out = contentFileOf("tests/corpus", file);
  const before = existsSync(out) ? readFileSync(out, "utf8") : "";
  const now = retrievedDay(before) ?? new Date();
  try {
    const { text } = await importSource(join(pages, file), {
      out,
      force: true,
      offline: true,
      now,
    });
    if (text !== before) {
      changed++;
      console.log(`changed ${out}`);
    }
  } catch (error) {
    refused.push(file);
    console.error(`refused ${join(pages, file)}: ${error.message}`);
  }
}
console.log(`${changed} content file(s) changed`);
if (refused.length > 0) {
  console.error(`${refused.length} page(s) refused: ${refused.join(", ")}`);
  process.exitCode = 1;
}
