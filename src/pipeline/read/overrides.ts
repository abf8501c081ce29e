/**
 * The front matter's escape hatches: `mission:`, `vision:` (a wording or a list, the first
 * primary) and `values:` replace what the reader extracted, for text it cannot read right.
 */
import type { VFile } from "vfile";
import type { StatementGroup, ValueSet } from "../../schema/schema.js";

const evidence = (key: string) => ({ cue: "front matter", context: `\`${key}:\` key` });

export function statementOverride(file: VFile, key: "mission" | "vision"): StatementGroup | null {
  const given = file.data.frontMatter?.[key];
  if (given === undefined) return null;
  const line = file.data.frontMatterLines?.[key] ?? 1;
  const statements = (typeof given === "string" ? [given] : given).map((text) => ({
    text: text.trim(),
    occurrences: [{ line, column: 1, section: null }],
    confidence: 1,
    evidence: evidence(key),
  }));
  return { primary: statements[0] ?? null, statements };
}

export function valuesOverride(file: VFile): ValueSet | null {
  const given = file.data.frontMatter?.values;
  if (given === undefined) return null;
  const line = file.data.frontMatterLines?.values ?? 1;
  return {
    label: "Values",
    declaredCount: null,
    declaredAt: null,
    values: given.map((v) => ({
      name: typeof v === "string" ? v : v.name,
      description: typeof v === "string" ? null : (v.description ?? null),
      line,
      confidence: 1,
    })),
    line,
    form: "front-matter",
    section: null,
    confidence: 1,
    evidence: evidence("values"),
  };
}
