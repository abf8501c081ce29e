/** Takeaways and FAQ entries: added, removed, reworded; an FAQ answer changed. */
import type { FaqEntry, Model } from "../schema/schema.js";
import { change, reworded, side } from "./change.js";
import { match } from "./match.js";
import { normalise, similarity } from "./normalise.js";
import type { Change } from "./schema.js";

const REWORDED = 0.5;

/** Takeaways are strings in the model; their list's line is where they are. */
function takeawaysLine(model: Model): number | null {
  for (const section of model.sections)
    for (const block of section.blocks) if (block.type === "takeaways") return block.line;
  return null;
}

export function compareTakeaways(old: Model, next: Model): Change[] {
  const oldLine = takeawaysLine(old);
  const newLine = takeawaysLine(next);
  const { pairs, removed, added } = match(old.takeaways, next.takeaways, {
    key: normalise,
    similarity: (a, b) => similarity(a, b),
    threshold: REWORDED,
  });
  return [
    ...pairs
      .filter(([a, b]) => normalise(a) !== normalise(b))
      .map(([a, b]) =>
        reworded("takeaway-reworded", "takeaways", side(a, oldLine), side(b, newLine)),
      ),
    ...removed.map((t) => change("takeaway-removed", "takeaways", side(t, oldLine), null)),
    ...added.map((t) => change("takeaway-added", "takeaways", null, side(t, newLine))),
  ];
}

export function compareFaq(old: FaqEntry[], next: FaqEntry[]): Change[] {
  const question = (f: FaqEntry) => side(f.question, f.line);
  const answer = (f: FaqEntry) => side(f.answer, f.answerLine ?? f.line);
  const { pairs, removed, added } = match(old, next, {
    key: (f) => normalise(f.question),
    similarity: (a, b) => similarity(a.question, b.question),
    threshold: REWORDED,
  });
  const changes: Change[] = [];
  for (const [a, b] of pairs) {
    if (normalise(a.question) !== normalise(b.question))
      changes.push(reworded("question-reworded", "faq", question(a), question(b)));
    if (normalise(a.answer) !== normalise(b.answer))
      changes.push(
        reworded("answer-changed", "faq", answer(a), answer(b), {
          within: null,
          item: b.question,
        }),
      );
  }
  changes.push(...removed.map((f) => change("faq-removed", "faq", question(f), null)));
  changes.push(...added.map((f) => change("faq-added", "faq", null, question(f))));
  return changes;
}
