/**
 * The pipeline: remark-parse (+ YAML front matter, GFM) → mdast → front matter → model → checks.
 * Each stage is a unified plugin of (tree, file); the result is `file.data.model`.
 */
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { ContentError } from "../base/errors.js";
import { Model } from "../schema/schema.js";
import { remarkChecks } from "./checks/index.js";
import { RULE_LIST } from "./checks/registry.js";
import { remarkModel } from "./read/build-model.js";
// Installs micromark's linear edit map before the first parse (edit-map.ts).
import "./parse/edit-map.js";
import { markColumnRows } from "./parse/column-rows.js";
import { readFrontMatter } from "./parse/front-matter.js";
import { markGlyphBullets } from "./parse/glyph-bullets.js";
import { checkSource, checkTree, type LimitViolation } from "./parse/limits.js";
import { readPandocSpans } from "./parse/pandoc-spans.js";

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(readFrontMatter)
  .use(remarkModel)
  .use(remarkChecks)
  .freeze();

/**
 * The source as Markdown is to parse it: a Word file's tracked changes accepted
 * (pandoc-spans.ts); lines opened by "•" or lettered "(a)", and a PDF's rows set out in
 * columns, marked as the lists they are (glyph-bullets.ts, column-rows.ts) — character for
 * character, so positions are unchanged.
 */
export function readableSource(value: string): string {
  return markColumnRows(markGlyphBullets(readPandocSpans(value)));
}

/** The mdast tree of `file` as the pipeline parses it, before any stage runs (for tests, tools). */
export function parseTree(file: VFile): Root {
  return processor.parse(readableSource(String(file.value)));
}

export interface ContentInput {
  /** Path shown in diagnostics and `meta.source`. */
  path: string;
  value: string;
  /** Rule severities from the user's config (`.credorc.json`); defaults otherwise. */
  rules?: Record<string, "off" | "error" | "warning" | "info">;
}

export async function parseContent(input: ContentInput): Promise<{ model: Model; file: VFile }> {
  // A byte-order mark would hide the front matter's opening `---`.
  const file = new VFile({ path: input.path, value: input.value.replace(/^\uFEFF/, "") });
  file.data.ruleSeverities = {
    ...Object.fromEntries(RULE_LIST.map((rule) => [rule.id, rule.severity])),
    ...input.rules,
  };
  // Content the parser would take minutes on, or recurse too deep for, stops here (limits.ts).
  refuse(input.path, checkSource(String(file.value)));
  const tree = parseTree(file);
  refuse(input.path, checkTree(tree));
  await processor.run(tree, file);
  const model = file.data.model;
  if (!model) throw new Error(`Credo produced no model for ${input.path}`);
  // The model is a public contract: never hand on one that breaks its schema.
  return { model: Model.parse(model), file };
}

function refuse(path: string, violation: LimitViolation | undefined): void {
  if (violation) throw new ContentError(`${path}:${violation.line}: ${violation.message}`);
}
