/**
 * The Credo model: declared once here; the TypeScript types are inferred from it and
 * `schema/model.schema.json` is generated from it. Field names are a public contract
 * (`model.json`): extend, never rename.
 */
import { z } from "zod";

/** Where something was found in the content file (1-based, like vfile). */
export const Place = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

export const Occurrence = Place.extend({
  /** Heading of the section the occurrence is in (null before the first heading). */
  section: z.string().nullable(),
});

/** Why the reader took something: the cue it found and the context it found it in. */
export const Evidence = z.object({
  /** e.g. "“mission is to …”", "quotation under a mission heading", "front matter". */
  cue: z.string(),
  /** e.g. "section “Our Mission”", "sentence naming TikTok". */
  context: z.string(),
});

/** How sure the reader is, 0–1; what it keeps is at least 0.5 (front matter: 1). */
const Confidence = z.number().min(0).max(1);

export const Statement = z.object({
  /** Clearest wording of the statement (quotes and a leading "to" removed). */
  text: z.string().min(1),
  occurrences: z.array(Occurrence).min(1),
  confidence: Confidence.optional(),
  evidence: Evidence.optional(),
});

export const StatementGroup = z.object({
  /** The statement with most occurrences (ties: the earliest); null when there is none. */
  primary: Statement.nullable(),
  statements: z.array(Statement),
});

export const Value = z.object({
  name: z.string().min(1),
  description: z.string().nullable(),
  line: z.number().int().positive(),
  confidence: Confidence.optional(),
});

export const ValueSet = z.object({
  label: z.string(),
  /** The number the text announces ("three core values", "6 core values") or null. */
  declaredCount: z.number().int().nonnegative().nullable(),
  /** Where the announced count is written; null when there is none. */
  declaredAt: Place.nullable(),
  values: z.array(Value),
  line: z.number().int().positive(),
  /**
   * How the set is written: a bullet list, `###` sub-headings, a sentence enumeration, a table or
   * the front matter (`table` and `front-matter` were added after the first release).
   */
  form: z.enum(["list", "headings", "inline", "table", "front-matter"]),
  section: z.string().nullable(),
  confidence: Confidence.optional(),
  evidence: Evidence.optional(),
  /** The sentence that introduces the set, as written: its announcement, or the sentence it is
   * enumerated in. Absent when nothing introduces it (added after the first release). */
  intro: z.string().optional(),
});

export const FaqEntry = z.object({
  question: z.string().min(1),
  answer: z.string(),
  /** Line of the question. */
  line: z.number().int().positive(),
  /** Line where the answer starts, when it is written apart from the question. */
  answerLine: z.number().int().positive().optional(),
});

export const SectionKind = z.enum([
  "mission",
  "vision",
  "values",
  "pillars",
  "takeaways",
  "faq",
  "other",
]);

/**
 * A block of a section's body, in document order. `prose` carries sanitized HTML rendered from
 * the Markdown (templates output it as is and never re-parse Markdown); the others point into the
 * model so renderers draw value sets as cards and the FAQ as Q&A.
 */
export const Block = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("prose"),
    html: z.string(),
    text: z.string(),
    line: z.number().int().positive(),
  }),
  z.object({
    type: z.literal("valueSet"),
    index: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  }),
  z.object({ type: z.literal("pillars"), line: z.number().int().positive() }),
  z.object({ type: z.literal("takeaways"), line: z.number().int().positive() }),
  z.object({
    type: z.literal("faq"),
    index: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  }),
]);

export const Section = z.object({
  heading: z.string(),
  slug: z.string(),
  line: z.number().int().positive(),
  depth: z.number().int().min(1).max(6),
  kind: SectionKind,
  blocks: z.array(Block),
});

export const Severity = z.enum(["error", "warning", "info"]);

/** What a diagnostic is about, so tools can match findings without comparing messages. */
export const Subject = z.enum(["mission", "vision", "values", "pillars", "document"]);

export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  subject: Subject.optional(),
});

/** Front matter: a few known fields, typed; anything else is kept as plain data. */
export const Meta = z
  .object({
    title: z.string().min(1),
    company: z.string().min(1),
    subtitle: z.string().optional(),
    author: z.string().optional(),
    date: z.string().optional(),
    parentCompany: z.string().optional(),
    founded: z.number().int().optional(),
    paper: z.enum(["A4", "Letter"]).optional(),
    lang: z.string().optional(),
    /** Path of the content file, as given to Credo. */
    source: z.string(),
    /** Where the text came from before it was a content file: the front matter's `source:` (or
     * `origin:`), a URL or a file name, as `credo import` writes it. Added after the first
     * release, so `source` keeps its meaning. */
    origin: z.string().min(1).optional(),
  })
  .catchall(z.unknown());

export const Model = z.object({
  meta: Meta,
  mission: StatementGroup,
  vision: StatementGroup,
  valueSets: z.array(ValueSet),
  pillars: ValueSet.nullable(),
  takeaways: z.array(z.string()),
  faq: z.array(FaqEntry),
  sections: z.array(Section),
  diagnostics: z.array(Diagnostic),
});

export type Place = z.infer<typeof Place>;
export type Occurrence = z.infer<typeof Occurrence>;
export type Statement = z.infer<typeof Statement>;
export type StatementGroup = z.infer<typeof StatementGroup>;
export type Value = z.infer<typeof Value>;
export type ValueSet = z.infer<typeof ValueSet>;
export type FaqEntry = z.infer<typeof FaqEntry>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Block = z.infer<typeof Block>;
export type Section = z.infer<typeof Section>;
export type Severity = z.infer<typeof Severity>;
export type Subject = z.infer<typeof Subject>;
export type Evidence = z.infer<typeof Evidence>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Meta = z.infer<typeof Meta>;
export type Model = z.infer<typeof Model>;
