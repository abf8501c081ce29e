/**
 * The corpus's saved web pages (tests/corpus/pages/NAME.html): each one's content file — in dev/,
 * or in held/ for a held-out page — is its `credo import`, so the eval scores the path users take
 * (page → import → reading).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The content file of a saved page: in the half that holds its gold (dev when neither does). */
export function contentFileOf(corpus: string, page: string): string {
  const name = page.replace(/\.html$/, "");
  const half = existsSync(join(corpus, "held", `${name}.gold.yaml`)) ? "held" : "dev";
  return join(corpus, half, `${name}.md`);
}

/** The day a content file's front matter says it was retrieved, to import it again the same. */
export function retrievedDay(content: string): Date | undefined {
  const day = /^retrieved: (\d{4}-\d{2}-\d{2})$/m.exec(content)?.[1];
  return day ? new Date(`${day}T12:00:00Z`) : undefined;
}
