/**
 * Each change said in one sentence for readers — the terminal, a pull-request comment, and the
 * "What changed" page of the brief and deck all use these words.
 */
import { countWord } from "../pipeline/diagnostics/rule.js";
import type { Area, Change, ChangeKind } from "./schema.js";

const AREA: Record<Area, string> = {
  mission: "mission",
  vision: "vision",
  values: "values",
  pillars: "pillars",
  takeaways: "takeaways",
  faq: "FAQ",
  findings: "findings",
};

/** What one item of a set is called. */
const ITEM: Record<Area, string> = {
  mission: "mission statement",
  vision: "vision statement",
  values: "value",
  pillars: "pillar",
  takeaways: "takeaway",
  faq: "question",
  findings: "finding",
};

const q = (text: string | undefined | null) => `“${text ?? ""}”`;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const inSet = (c: Change) => (c.within ? ` in ${q(c.within)}` : "");
const count = (text: string | undefined) => countWord(Number(text));

const PHRASES: Record<ChangeKind, (c: Change) => string> = {
  "statement-added": (c) => `New ${ITEM[c.area]}: ${q(c.new?.text)}`,
  "statement-removed": (c) => `${cap(ITEM[c.area])} dropped: ${q(c.old?.text)}`,
  "statement-reworded": (c) =>
    `${cap(AREA[c.area])} reworded: now ${q(c.new?.text)} (was ${q(c.old?.text)})`,
  "primary-changed": (c) =>
    `The main ${AREA[c.area]} statement is now ${q(c.new?.text)} (was ${q(c.old?.text)})`,
  "set-added": (c) => `New list of ${AREA[c.area]} ${q(c.within)}: ${c.new?.text}`,
  "set-removed": (c) => `List of ${AREA[c.area]} ${q(c.within)} removed (${c.old?.text})`,
  "value-added": (c) => `${cap(ITEM[c.area])} added${inSet(c)}: ${q(c.new?.text)}`,
  "value-removed": (c) => `${cap(ITEM[c.area])} removed${inSet(c)}: ${q(c.old?.text)}`,
  "value-renamed": (c) =>
    `${cap(ITEM[c.area])} ${q(c.old?.text)} renamed ${q(c.new?.text)}${inSet(c)}`,
  "description-changed": (c) =>
    `${cap(ITEM[c.area])} ${q(c.item)} described differently: now ${q(c.new?.text)}`,
  "count-changed": (c) =>
    c.new === null
      ? `${q(c.within)} no longer announces a number (was ${count(c.old?.text)})`
      : c.old === null
        ? `${q(c.within)} is now announced as ${count(c.new.text)}`
        : `${q(c.within)} is now announced as ${count(c.new.text)} (was ${count(c.old.text)})`,
  "takeaway-added": (c) => `New takeaway: ${q(c.new?.text)}`,
  "takeaway-removed": (c) => `Takeaway dropped: ${q(c.old?.text)}`,
  "takeaway-reworded": (c) => `Takeaway reworded: now ${q(c.new?.text)}`,
  "faq-added": (c) => `New question answered: ${q(c.new?.text)}`,
  "faq-removed": (c) => `Question dropped: ${q(c.old?.text)}`,
  "question-reworded": (c) => `Question reworded: now ${q(c.new?.text)}`,
  "answer-changed": (c) => `New answer to ${q(c.item)}: ${q(c.new?.text)}`,
  "finding-fixed": (c) => `Fixed: ${c.old?.text}`,
  "finding-new": (c) => `New finding: ${c.new?.text}`,
};

export function phrase(change: Change): string {
  return PHRASES[change.kind](change);
}

/** Where the change is in the source: "line 12", "line 12 → 14", "was line 12". */
export function lines(change: Change): string {
  const old = change.old?.line;
  const now = change.new?.line;
  if (old && now) return old === now ? `line ${now}` : `line ${old} → ${now}`;
  if (now) return `line ${now}`;
  return old ? `was line ${old}` : "";
}
