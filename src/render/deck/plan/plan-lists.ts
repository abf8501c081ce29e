/**
 * Slides that are lists: key takeaways, the FAQ and the findings. Each is
 * paginated to fit, and an entry too long for a slide of its own continues on the next one.
 */
import type { Model, SectionKind } from "../../../schema/schema.js";
import { plural } from "../../shared/claims.js";
import { inFaqEntry, readerFindings } from "../../shared/findings.js";
import { faqHeight, listHeight } from "../layout/layout.js";
import type { FaqSlide, ListSlide } from "../layout/types.js";
import { paginate, splitText } from "./paginate.js";
import { contentHeightFor, header, pageTitle } from "./plan-common.js";
import { sourceNote, speakerNotes, uniqueLines } from "./sources.js";

/** Heading and line of the section holding a block of this type, if any. */
function blockHome(model: Model, type: "takeaways" | "faq", kind: SectionKind) {
  for (const section of model.sections) {
    const block = section.blocks.find((candidate) => candidate.type === type);
    if (block) return { heading: section.heading, line: block.line };
  }
  const section = model.sections.find((candidate) => candidate.kind === kind);
  return section ? { heading: section.heading, line: section.line } : null;
}

export function planTakeaways(model: Model): ListSlide[] {
  if (model.takeaways.length === 0) return [];
  const home = blockHome(model, "takeaways", "takeaways");
  const items = model.takeaways.map((text) => ({ text, line: home?.line ?? null }));
  return listSlides(home?.heading ?? model.meta.company, "Key takeaways", items, (lines) =>
    speakerNotes(
      [
        `The text sums itself up in ${plural(model.takeaways.length, "takeaway", "takeaways")}; take them in its order.`,
      ],
      sourceNote(model.meta.source, lines),
    ),
  );
}

/**
 * Numbered list slides of `items`, paginated to fit under the kicker and title (numbering goes
 * on across slides; an item too long for one slide continues on the next). `notes` gets the
 * source lines of each slide's items.
 */
export function listSlides(
  kicker: string,
  title: string,
  items: { text: string; line: number | null }[],
  notes: (lines: number[]) => string[],
): ListSlide[] {
  const height = contentHeightFor(kicker, title);
  const parts = items.flatMap(({ text, line }) =>
    splitText(text, (part) => listHeight([part]) <= height).map((part) => ({ text: part, line })),
  );
  const pages = paginate(parts, (page) => listHeight(page.map((item) => item.text)) <= height);
  let start = 1;
  return pages.map((page, index): ListSlide => {
    const lines = uniqueLines(page.flatMap((item) => (item.line === null ? [] : [item.line])));
    const slide: ListSlide = {
      kind: "list",
      ...header(kicker, pageTitle(title, index, pages.length)),
      start,
      items: page.map((item) => item.text),
      notes: notes(lines),
      lines,
    };
    start += page.length;
    return slide;
  });
}

export function planFaq(model: Model): FaqSlide[] {
  if (model.faq.length === 0) return [];
  const title = "FAQ";
  const kicker = blockHome(model, "faq", "faq")?.heading ?? model.meta.company;
  const height = contentHeightFor(kicker, title);
  const found = readerFindings(model);
  const entries = model.faq.flatMap((entry, entryIndex) => {
    const flags = inFaqEntry(model, entryIndex, found).map((finding) => finding.sentence);
    return splitText(
      entry.answer,
      (part) => faqHeight([{ question: entry.question, answer: part, flags }]) <= height,
    ).map((answer, index, parts) => ({
      question: index === 0 ? entry.question : `${entry.question} (continued)`,
      answer,
      line: entry.line,
      // Under the answer's last part, where the reader finishes it.
      flags: index === parts.length - 1 ? flags : [],
    }));
  });
  const pages = paginate(entries, (page) => faqHeight(page) <= height);
  return pages.map((page, index): FaqSlide => {
    const lines = uniqueLines(page.map((entry) => entry.line));
    return {
      kind: "faq",
      ...header(kicker, pageTitle(title, index, pages.length)),
      entries: page.map(({ question, answer, flags }) => ({ question, answer, flags })),
      notes: speakerNotes(
        [
          "How the text answers the questions readers ask, in its own words.",
          ...page.flatMap((entry) => entry.flags.map((flag) => `Point out the flag: ${flag}`)),
        ],
        sourceNote(model.meta.source, lines),
      ),
      lines,
    };
  });
}

/**
 * The findings in plain words (warnings and errors; info notes speak to the author), numbered;
 * rule ids and positions stay in `credo check` and the brief's appendix.
 */
export function planFindings(model: Model): ListSlide[] {
  const found = readerFindings(model);
  if (found.length === 0) return [];
  const kicker = `What the checks found in the text about ${model.meta.company}`;
  const items = found.map(({ sentence, diagnostic }) => ({
    text: sentence,
    line: diagnostic.line,
  }));
  return listSlides(kicker, "Findings", items, (lines) =>
    speakerNotes(
      [
        `${plural(found.length, "finding", "findings")} where the text contradicts itself, counts wrong or leaves something out, each in plain words.`,
        "The brief's appendix shows where each comes from.",
      ],
      sourceNote(model.meta.source, lines),
    ),
  );
}
