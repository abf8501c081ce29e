/**
 * Mission and vision statements: found where the text states them ("our mission is to …",
 * "the vision statement “…”", "we envision …", a quotation or blockquote in a mission/vision
 * section), then grouped so near-identical phrasings are one statement with several occurrences.
 */

import type { DocBlock } from "./blocks.js";
import { sectionName } from "./blocks.js";
import type { Occurrence, Statement, StatementGroup } from "./schema.js";
import { foldQuotes } from "./sentences.js";
import { plainText } from "./text.js";

export type StatementKind = "mission" | "vision";

export interface Candidate {
  kind: StatementKind;
  text: string;
  occurrence: Occurrence;
}

const KEY = /\b(mission|vision)(?:\s+statement)?\b/gi;
/** "… of TikTok is to …", "… is “…”" */
const IS_TO = /^(?:\s+of\s+[^,.;:"]{1,40}?)?\s+(?:is|was|remains)\s+(?:simply\s+)?(?=to\b|")/i;
/** "… is simple yet powerful: To …", "mission: to …" (no other key word in between). */
const COLON = /^(?:(?!mission|vision)[^.:;"!?]){0,40}:\s*(?=to\b|")/i;
/** "… statement of TikTok “…”", "vision statement “…”" */
const QUOTED = /^(?:\s+of\s+[^,.;:"]{1,40}?)?\s*(?=")/i;
const ENVISION = /\bwe envision\b/gi;
/**
 * Where an unquoted statement ends: a new clause, a clause stating the other key ("…, and our
 * vision is …", which would otherwise be swallowed and lost), a dash, a quote or the sentence end.
 * `(?<!\s)` lets a whitespace run match from its start only: tried from every position inside a
 * long run, `\s+` rescanned the rest of the run each time (quadratic time).
 */
const CLAUSE_END =
  /,\s+(?:which|who|while|whereas|as well as|along with|because|so that|but)\b|,?(?<!\s)\s+and\s+(?:our|its|their|the|[\p{L}\p{N}]+'s)\s+(?:mission|vision)\b|(?<!\s)\s+along with\b|[;–—"]|\s-\s|[.!?](?:\s|$)/iu;
/**
 * No statement is this long (45 words at most). Longer spans are dropped unread, and only this
 * much text after a key word is searched, so a huge sentence full of key words stays linear.
 */
const MAX_STATEMENT_CHARS = 1000;
/** Text after a key word that the intro patterns (IS_TO, COLON, QUOTED) can reach. */
const INTRO_CHARS = 200;

export function findStatements(blocks: DocBlock[]): Candidate[] {
  const found: Candidate[] = [];
  for (const block of blocks) {
    const name = sectionName(block.section);
    for (const sentence of block.sentences) {
      const taken: [number, number][] = [];
      const add = (kind: StatementKind, start: number, end: number) => {
        if (end - start >= MAX_STATEMENT_CHARS || taken.some(([a, b]) => start < b && end > a))
          return;
        const text = clean(sentence.raw.slice(start, end));
        if (wordCount(text) < 3 || wordCount(text) > 45) return;
        taken.push([start, end]);
        found.push({ kind, text, occurrence: { ...sentence.at(start), section: name } });
      };
      for (const match of sentence.text.matchAll(KEY)) {
        const kind = (match[1] as string).toLowerCase() as StatementKind;
        const after = match.index + match[0].length;
        const rest = sentence.text.slice(after, after + INTRO_CHARS);
        const intro = IS_TO.exec(rest) ?? COLON.exec(rest) ?? QUOTED.exec(rest);
        if (!intro) continue;
        const start = after + intro[0].length;
        add(kind, start, statementEnd(sentence.text, start));
      }
      for (const match of sentence.text.matchAll(ENVISION)) {
        add("vision", match.index, statementEnd(sentence.text, match.index));
      }
    }
    // A blockquote, or a paragraph that is only a quotation, in a mission/vision section.
    const kind = block.section.kind;
    if ((kind === "mission" || kind === "vision") && isQuotation(block)) {
      const text = clean(plainText(block.node));
      const start = block.sentences[0]?.at(0);
      const known = found.some((c) => c.occurrence.line === start?.line);
      if (start && !known && wordCount(text) >= 3) {
        found.push({ kind, text, occurrence: { ...start, section: sectionName(block.section) } });
      }
    }
  }
  return found;
}

function isQuotation(block: DocBlock): boolean {
  if (block.node.type === "blockquote") return true;
  if (block.node.type !== "paragraph") return false;
  const text = foldQuotes(plainText(block.node)).trim();
  return /^"[^"]+"[.!]?$/.test(text);
}

/** End index of a statement starting at `start` (quoted: the closing quote). */
function statementEnd(text: string, start: number): number {
  const window = text.slice(start, start + MAX_STATEMENT_CHARS + 1);
  let from = 0;
  if (/^to\s+"/i.test(window)) from = window.indexOf('"');
  if (window[from] === '"') {
    const close = window.indexOf('"', from + 1);
    return close === -1 ? text.length : start + close + 1;
  }
  const end = CLAUSE_END.exec(window.slice(from));
  return end ? start + from + end.index : text.length;
}

/** Strip quotes, a leading "to" and trailing punctuation; collapse whitespace. */
export function clean(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, "")
    .replace(/^to\s+(?=\S)/i, "")
    .replace(/^[\s"'“”‘’]+/, "")
    .replace(/[\s.,;:!"'“”‘’]+$/, "")
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function tokens(text: string): string[] {
  return (
    foldQuotes(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** Same statement: same words in any order, or almost the same words (a small edit). */
export function samePhrasing(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if ([...ta].sort().join(" ") === [...tb].sort().join(" ")) return true;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const shared = [...sa].filter((t) => sb.has(t)).length;
  const jaccard = shared / (sa.size + sb.size - shared);
  return jaccard >= 0.8 && Math.abs(ta.length - tb.length) <= 2;
}

export function groupStatements(candidates: Candidate[], kind: StatementKind): StatementGroup {
  const groups: { texts: string[]; occurrences: Occurrence[] }[] = [];
  for (const candidate of candidates) {
    if (candidate.kind !== kind) continue;
    const group = groups.find((g) => samePhrasing(g.texts[0] as string, candidate.text));
    if (group) {
      group.texts.push(candidate.text);
      group.occurrences.push(candidate.occurrence);
    } else {
      groups.push({ texts: [candidate.text], occurrences: [candidate.occurrence] });
    }
  }
  const statements: Statement[] = groups.map((g) => ({
    text: clearest(g.texts),
    occurrences: g.occurrences,
  }));
  // Most occurrences wins; ties go to the earliest (groups are in document order).
  const primary = statements.reduce<Statement | null>(
    (best, s) => (!best || s.occurrences.length > best.occurrences.length ? s : best),
    null,
  );
  return { primary, statements };
}

/** The wording used most often; ties go to the earliest. */
function clearest(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best = texts[0] as string;
  for (const [text, n] of counts) if (n > (counts.get(best) ?? 0)) best = text;
  return best;
}
