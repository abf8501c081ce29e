/** Small helpers shared by the stage and rule tests: run the whole pipeline on inline Markdown. */
import type { Root } from "mdast";
import { VFile } from "vfile";
import { parseContent, parseTree } from "../../src/pipeline/process.js";
import type { Diagnostic, Model } from "../../src/schema/schema.js";

/** Valid front matter naming `company`: 4 lines, so the body starts on line 6. */
export const frontFor = (company: string, title = "Test brief") =>
  `---\ntitle: ${title}\ncompany: ${company}\n---\n\n`;

/** Valid front matter: 4 lines, so the body starts on line 6 (after one blank line). */
export const FRONT = frontFor("Acme");

/** The model of `body` under valid front matter (or of `value` as is, with `raw`). */
export async function model(body: string, raw = false): Promise<Model> {
  const { model } = await parseContent({ path: "test.md", value: raw ? body : FRONT + body });
  return model;
}

/** The wordings of the mission (or vision) statements read from `body` (as `model` reads it). */
export async function statementTexts(
  body: string,
  kind: "mission" | "vision" = "mission",
  raw = false,
): Promise<string[]> {
  return (await model(body, raw))[kind].statements.map((s) => s.text);
}

/** The names of each value set read from `body`, in order. */
export async function valueSetNames(body: string): Promise<string[][]> {
  return (await model(body)).valueSets.map((s) => s.values.map((v) => v.name));
}

/** Diagnostics of one rule. */
export function diagnostics(m: Model, ruleId: string): Diagnostic[] {
  return m.diagnostics.filter((d) => d.ruleId === ruleId);
}

/** The mdast tree of `value`, parsed as the pipeline parses it (no front matter processing). */
export function parse(value: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: "test.md", value });
  return { tree: parseTree(file), file };
}
