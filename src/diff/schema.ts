/**
 * The change list `credo diff --format json` prints: declared once here, with the types inferred
 * from it and `schema/diff.schema.json` generated from it. Like the model, a public contract:
 * fields are added, never renamed.
 */
import { z } from "zod";
import { publishedSchema } from "../schema/json-schema.js";

export const ChangeKind = z.enum([
  "statement-added",
  "statement-removed",
  "statement-reworded",
  "primary-changed",
  "set-added",
  "set-removed",
  "value-added",
  "value-removed",
  "value-renamed",
  "description-changed",
  "count-changed",
  "takeaway-added",
  "takeaway-removed",
  "takeaway-reworded",
  "faq-added",
  "faq-removed",
  "question-reworded",
  "answer-changed",
  "finding-fixed",
  "finding-new",
]);

/** The part of the document a change is in. */
export const Area = z.enum([
  "mission",
  "vision",
  "values",
  "pillars",
  "takeaways",
  "faq",
  "findings",
]);

/** One version's side of a change: the text, and the source line it was read from (when known). */
export const Side = z.object({
  text: z.string(),
  line: z.number().int().positive().nullable(),
});

/** A run of words in a word-level diff, in reading order. */
export const WordPart = z.object({
  text: z.string(),
  op: z.enum(["same", "added", "removed"]),
});

export const Change = z.object({
  kind: ChangeKind,
  area: Area,
  /** What the change is inside: the value set's label (values, pillars), the finding's subject. */
  within: z.string().nullable(),
  /** The value or FAQ question a description or answer belongs to. */
  item: z.string().optional(),
  /** Findings: the rule that reports them. */
  rule: z.string().optional(),
  /** null when the change adds something. */
  old: Side.nullable(),
  /** null when the change removes something. */
  new: Side.nullable(),
  /** Rewordings: the words removed, added and kept. */
  words: z.array(WordPart).optional(),
});

/** One document compared: its two versions, named as given, and what changed in meaning. */
export const DocumentDiff = z.object({
  /** The content file, as given or as found in the folder. */
  path: z.string(),
  /** The old version: a file, a model.json, or `REV:path`; null when the file is new. */
  old: z.string().nullable(),
  /** The new version; null when the file was deleted. */
  new: z.string().nullable(),
  changes: z.array(Change),
});

export const DiffReport = z.object({
  /** True when any document's meaning changed (what `--exit-code` reports). */
  changed: z.boolean(),
  documents: z.array(DocumentDiff),
});

export type ChangeKind = z.infer<typeof ChangeKind>;
export type Area = z.infer<typeof Area>;
export type Side = z.infer<typeof Side>;
export type WordPart = z.infer<typeof WordPart>;
export type Change = z.infer<typeof Change>;
export type DocumentDiff = z.infer<typeof DocumentDiff>;
export type DiffReport = z.infer<typeof DiffReport>;

/** The JSON Schema of the change list, generated from the zod schema above. */
export function diffJsonSchema(): Record<string, unknown> {
  return publishedSchema(
    DiffReport,
    "diff",
    "Credo diff",
    "What changed in meaning between two versions of a content file (credo diff --format json). Field names are a public contract.",
  );
}
