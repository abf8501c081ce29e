/**
 * `guessed-meta`: the front matter does not give the title or company, so the model stage guessed
 * it (src/pipeline/read/meta.ts); this says what was guessed, from what, and how to set it.
 */
import type { Rule } from "../../diagnostics/rule.js";

export const guessedMeta: Rule = {
  id: "guessed-meta",
  severity: "info",
  description:
    "the title or company was guessed from the text; set `title:` / `company:` to choose",
  example: {
    in: "# About Acme\n\nAcme's mission is to make roads safer.\n",
    out: "Company “Acme” guessed from the statements' wording",
  },
  reader(finding) {
    const field = finding.message.startsWith("Title") ? "title" : "company name";
    return `The document's ${field} was inferred from its text.`;
  },
  check({ file, report }) {
    for (const guess of file.data.guesses ?? []) {
      const field = guess.field === "title" ? "Title" : "Company";
      report(
        { line: 1, column: 1 },
        `${field} “${guess.value}” guessed from ${guess.from}; set \`${guess.field}:\` in the front matter to choose it`,
        "document",
      );
    }
  },
};
