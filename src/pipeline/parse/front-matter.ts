/**
 * Front matter → `file.data.meta`. YAML only, core schema, no custom tags, no merge keys, a
 * small alias budget, and a zod schema: front matter is data, never code (md-to-pdf's
 * CVE-2021-23639 came from evaluating it). Problems are `credo:front-matter` errors at their line;
 * the model then falls back to a title from the first heading so the rest still checks.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { isAlias, isMap, isScalar, LineCounter, parseDocument, type Scalar, visit } from "yaml";
import { z } from "zod";
import { Meta } from "../../schema/schema.js";
import { report } from "../diagnostics/report.js";

/** A statement given in the front matter: one wording, or several (the first is primary). */
const Statements = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/**
 * Front matter: the meta fields (title and company may be left to the guess) and the escape
 * hatches `mission:`, `vision:` and `values:`, which replace what the reader extracted.
 * `source:` is where the text came from (`credo import` writes it); it is read as `origin`,
 * since the model's `meta.source` is the content file itself.
 */
const FrontMatter = Meta.omit({ source: true })
  .partial({ title: true, company: true })
  .extend({
    source: z.string().optional(),
    mission: Statements.optional(),
    vision: Statements.optional(),
    values: z
      .array(
        z.union([
          z.string().min(1),
          z.strictObject({ name: z.string().min(1), description: z.string().optional() }),
        ]),
      )
      .min(1)
      .optional(),
  });
export type FrontMatter = z.infer<typeof FrontMatter>;

/** Keys that would reach Object.prototype if anything downstream merged them naively. */
declare module "vfile" {
  interface DataMap {
    /** Line of each front-matter key. */
    frontMatterLines: Record<string, number>;
  }
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** `---js`, `---javascript`, `---coffee`…: engines other tools evaluate as code. */
const CODE_FENCE = /^\uFEFF?---[ \t]*([A-Za-z][\w-]*)[ \t]*(?:\r\n?|\n)/;
const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontMatter() {
  return (tree: Root, file: VFile): void => {
    const value = String(file.value);
    const fence = CODE_FENCE.exec(value);
    if (fence) {
      report(
        file,
        "front-matter",
        { line: 1, column: 1 },
        `Front matter "---${fence[1]}" is not supported: Credo reads YAML front matter only ("---" on its own line) and never runs code. Rewrite it as YAML.`,
      );
      // Markdown reads the block as a heading or paragraphs; it is front matter, not content, so
      // its code must not become the title, a section heading or prose of the brief.
      const close = CLOSING_FENCE.exec(value.slice(fence[0].length));
      if (close) {
        const end = fence[0].length + close.index + close[0].length;
        tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= end);
      }
      return;
    }
    const node = tree.children[0];
    if (node?.type !== "yaml") {
      // "---" then "key: value" lines and no closing "---": front matter the writer left open.
      if (/^---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:/.test(value))
        report(
          file,
          "front-matter",
          { line: 1, column: 1 },
          "Front matter is not closed: add a line with `---` after its last `key: value` line.",
        );
      // Plain Markdown is welcome: the model guesses title and company and says so (guessed-meta).
      return;
    }
    // The YAML text starts on the line after the opening `---`.
    const firstLine = (node.position?.start.line ?? 1) + 1;
    // Markdown ends lines at CR too (classic Mac files) but YAML here only at LF or CRLF; one
    // character for another keeps every line and column where it was.
    const data = parseYaml(node.value.replace(/\r(?!\n)/g, "\n"), firstLine, file);
    if (data !== undefined) file.data.frontMatter = data;
  };
}

function parseYaml(source: string, firstLine: number, file: VFile): FrontMatter | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    schema: "core",
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const place = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    for (const problem of problems) {
      report(
        file,
        "front-matter",
        place(problem.pos[0]),
        `Invalid YAML front matter: ${problem.message.split("\n")[0]}. Fix the YAML (plain "key: value" lines; custom tags like !!js/function are not allowed).`,
      );
    }
    return undefined;
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    report(
      file,
      "front-matter",
      place(doc.contents.range?.[0]),
      "Front matter must be a mapping of `key: value` lines (it is a list or a scalar).",
    );
    return undefined;
  }
  const forbidden = forbiddenKey(doc);
  if (forbidden) {
    report(
      file,
      "front-matter",
      place(forbidden.range?.[0]),
      `Front matter key "${String(forbidden.value)}" is not allowed. Remove it.`,
    );
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    report(
      file,
      "front-matter",
      place(0),
      `Front matter could not be read: ${(error as Error).message}. Avoid YAML aliases that expand into huge documents.`,
    );
    return undefined;
  }
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const parsed = FrontMatter.safeParse(value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const pair = pairs.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
      report(
        file,
        "front-matter",
        place(offset),
        `Front matter ${key === undefined ? "" : `"${String(key)}" `}is invalid: ${issue.message}. ${hint(String(key))}`,
      );
    }
    return undefined;
  }
  // Where each key is written, so statements given in the front matter point at their line.
  file.data.frontMatterLines = Object.fromEntries(
    pairs.flatMap((p) => {
      const key = p.key as { value?: unknown; range?: number[] } | null;
      return key ? [[String(key.value), place(key.range?.[0]).line]] : [];
    }),
  );
  const { source: from, ...data } = parsed.data;
  // An `origin:` written out wins over `source:`; an empty `source:` says nothing.
  return data.origin !== undefined || !from?.trim() ? data : { ...data, origin: from.trim() };
}

/**
 * The first forbidden key at any depth: nested ones reach a prototype through a deep merge. A key
 * written as an alias (`c: &c constructor`, then `*c: …`) is checked as the node it resolves to,
 * since that is the key it becomes; the place reported is where the alias is written.
 */
function forbiddenKey(
  doc: ReturnType<typeof parseDocument>,
): { value: unknown; range?: [number, number, number] | null } | undefined {
  let found: { value: unknown; range?: [number, number, number] | null } | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (isScalar(key) && FORBIDDEN_KEYS.has(String(key.value))) {
        found = { value: key.value, range: (pair.key as Scalar).range };
        return visit.BREAK;
      }
    },
  });
  return found;
}

function hint(key: string): string {
  switch (key) {
    case "title":
    case "company":
      return `Add \`${key}: …\` (text).`;
    case "mission":
    case "vision":
      return `Write \`${key}: "…"\` (text), or a list of wordings (the first is the primary).`;
    case "values":
      return "List the values: `values: [Care, Candour]`, or items with `name:` and `description:`.";
    case "founded":
      return "Write the year as a number, e.g. `founded: 2016`.";
    case "paper":
      return "Use `paper: A4` or `paper: Letter`.";
    default:
      return "Check the value's type.";
  }
}
