/**
 * Slides that are lists: key takeaways, the FAQ and the consistency notes (diagnostics). Each is
 * paginated to fit, and an entry too long for a slide of its own continues on the next one.
 */
import type { Model, SectionKind } from "../../model/schema.js";
import { plural } from "../claims.js";
import { diagnosticsHeight, faqHeight, listHeight } from "./layout.js";
import { paginate, splitText } from "./paginate.js";
import { contentHeightFor, header, pageTitle } from "./plan-common.js";
import { sourceNote, uniqueLines } from "./sources.js";
import type { DiagnosticRow, DiagnosticsSlide, FaqSlide, ListSlide } from "./types.js";

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
  const title = "Key takeaways";
  const kicker = home?.heading ?? model.meta.company;
  const height = contentHeightFor(kicker, title);
  const items = model.takeaways.flatMap((item) =>
    splitText(item, (part) => listHeight([part]) <= height),
  );
  const pages = paginate(items, (page) => listHeight(page) <= height);
  let start = 1;
  return pages.map((page, index): ListSlide => {
    const lines = home ? [home.line] : [];
    const slide: ListSlide = {
      kind: "list",
      ...header(kicker, pageTitle(title, index, pages.length)),
      start,
      items: page,
      notes: [
        sourceNote(model.meta.source, lines),
        `${plural(model.takeaways.length, "takeaway", "takeaways")} as the source lists them.`,
      ],
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
  const entries = model.faq.flatMap((entry) =>
    splitText(
      entry.answer,
      (part) => faqHeight([{ question: entry.question, answer: part }]) <= height,
    ).map((answer, index) => ({
      question: index === 0 ? entry.question : `${entry.question} (continued)`,
      answer,
      line: entry.line,
    })),
  );
  const pages = paginate(entries, (page) => faqHeight(page) <= height);
  return pages.map((page, index): FaqSlide => {
    const lines = uniqueLines(page.map((entry) => entry.line));
    return {
      kind: "faq",
      ...header(kicker, pageTitle(title, index, pages.length)),
      entries: page.map(({ question, answer }) => ({ question, answer })),
      notes: [
        sourceNote(model.meta.source, lines),
        "Questions and answers as written in the source.",
      ],
      lines,
    };
  });
}

/** "2 warnings · 1 info", most severe first. */
function severitySummary(rows: DiagnosticRow[]): string {
  const names = {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["info", "info"],
  };
  return (["error", "warning", "info"] as const)
    .map((severity) => {
      const count = rows.filter((row) => row.severity === severity).length;
      return count > 0 ? plural(count, names[severity][0] ?? "", names[severity][1] ?? "") : null;
    })
    .filter(Boolean)
    .join(" · ");
}

export function planDiagnostics(model: Model): DiagnosticsSlide[] {
  if (model.diagnostics.length === 0) return [];
  const title = "Consistency notes";
  const all = model.diagnostics.map(
    (diagnostic): DiagnosticRow => ({
      severity: diagnostic.severity,
      rule: diagnostic.ruleId,
      line: diagnostic.line,
      message: diagnostic.message,
    }),
  );
  const kicker = severitySummary(all);
  const height = contentHeightFor(kicker, title);
  const rows = all.flatMap((row) =>
    splitText(row.message, (part) => diagnosticsHeight([{ ...row, message: part }]) <= height).map(
      (message) => ({ ...row, message }),
    ),
  );
  const pages = paginate(rows, (page) => diagnosticsHeight(page) <= height);
  return pages.map((page, index): DiagnosticsSlide => {
    const lines = uniqueLines(page.map((row) => row.line));
    return {
      kind: "diagnostics",
      ...header(kicker, pageTitle(title, index, pages.length)),
      rows: page,
      notes: [
        sourceNote(model.meta.source, lines),
        "What Credo's consistency checks found in the source: where it contradicts itself or counts wrong.",
      ],
      lines,
    };
  });
}
