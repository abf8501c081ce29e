/**
 * Mission and vision slides: the primary wording large, every other wording small beneath it
 * with the lines it came from. The primary takes the largest type step at which everything fits
 * on one slide; when the variants cannot fit, they continue on further slides, and a primary too
 * long for any step is cut at sentence boundaries. Nothing is truncated.
 */
import type { Model, Statement } from "../../../schema/schema.js";
import { plural, type StatementClaim, statementClaim, times } from "../../shared/claims.js";
import { aboutStatement, aboutStatementInBody, readerFindings } from "../../shared/findings.js";
import { capitalize } from "../../shared/text.js";
import { primaryHeight, variantsHeight } from "../layout/layout.js";
import { GAP, STATEMENT_STEPS } from "../layout/metrics.js";
import type { StatementSlide } from "../layout/types.js";
import { paginate, splitText } from "./paginate.js";
import { contentHeightFor, header, pageTitle } from "./plan-common.js";
import { formatLines, sourceNote, speakerNotes, uniqueLines } from "./sources.js";

interface Variant {
  text: string;
  where: string;
  lines: number[];
}

type Primary = NonNullable<StatementSlide["primary"]>;

interface Page {
  primary: Primary | null;
  variants: Variant[];
}

const SMALLEST = STATEMENT_STEPS.length - 1;

const linesOf = (statement: Statement): number[] => statement.occurrences.map((o) => o.line);

/** Under the primary: why it leads (the claim the brief makes too) and its source lines. */
function metaLine(statement: Statement, claim: StatementClaim): string {
  const why = claim.choice ? capitalize(claim.choice) : `Stated ${times(claim.primaryTimes)}`;
  return `${why} · ${formatLines(linesOf(statement))}`;
}

/** Quote marks open the first part and close the last, so a split statement reads as one. */
function quote(part: string, index: number, count: number): string {
  return `${index === 0 ? "“" : "…"}${part}${index === count - 1 ? "”" : "…"}`;
}

function layoutPages(
  primary: Statement | null,
  claim: StatementClaim,
  flag: string | null,
  variants: Variant[],
  height: number,
): Page[] {
  const fitsAlone = (page: Variant[]) => variantsHeight(page) <= height;
  if (!primary)
    return paginate(variants, fitsAlone).map((page) => ({ primary: null, variants: page }));

  const text = capitalize(primary.text);
  const meta = metaLine(primary, claim);
  // Part `index` of `count` at type step `step` (the whole statement is part 0 of 1).
  const part = (words: string, index: number, count: number, step: number): Primary => ({
    text: quote(words, index, count),
    step,
    meta,
    flag,
  });
  const whole = (step: number) => part(text, 0, 1, step);
  const below = (page: Variant[]) => (page.length > 0 ? GAP.block + variantsHeight(page) : 0);
  const together = STATEMENT_STEPS.findIndex(
    (_, step) => primaryHeight(whole(step), step) + below(variants) <= height,
  );
  if (together >= 0) return [{ primary: whole(together), variants }];

  const pages: Page[] = [];
  let rest = variants;
  const alone = STATEMENT_STEPS.findIndex((_, step) => primaryHeight(whole(step), step) <= height);
  if (alone >= 0) {
    // The primary keeps its slide (and its size); variants fill what is left, then continue.
    const room = height - primaryHeight(whole(alone), alone);
    let taken = 0;
    while (taken < rest.length && below(rest.slice(0, taken + 1)) <= room) taken += 1;
    pages.push({ primary: whole(alone), variants: rest.slice(0, taken) });
    rest = rest.slice(taken);
  } else {
    const parts = splitText(
      text,
      (words) => primaryHeight(part(words, 1, 3, SMALLEST), SMALLEST) <= height,
    );
    for (const [index, words] of parts.entries()) {
      pages.push({ primary: part(words, index, parts.length, SMALLEST), variants: [] });
    }
  }
  for (const page of paginate(rest, fitsAlone)) pages.push({ primary: null, variants: page });
  return pages;
}

/**
 * Beside the primary: what the findings about the statement's wordings say, in their own short
 * sentence; the rest (an FAQ answer's, flagged on its FAQ slide) by count, told on the Findings slides.
 */
function statementFlag(model: Model, which: "mission" | "vision"): string | null {
  const found = readerFindings(model);
  const inBody = aboutStatementInBody(model, which, found);
  const more = aboutStatement(which, found).length - inBody.length;
  const said = inBody.map((finding) => finding.sentence);
  if (more > 0) {
    const others =
      said.length > 0
        ? plural(more, "more finding", "more findings")
        : plural(more, "finding", "findings");
    said.push(`${capitalize(others)} about the ${which}: see Findings.`);
  }
  return said.length > 0 ? said.join(" ") : null;
}

/** The mission or vision slide(s); none when the source states neither. */
export function planStatement(model: Model, which: "mission" | "vision"): StatementSlide[] {
  const group = model[which];
  const primary = group.primary;
  const others = group.statements.filter((statement) => statement.text !== primary?.text);
  if (!primary && others.length === 0) return [];

  const name = which === "mission" ? "Mission" : "Vision";
  const kicker = (primary ?? others[0])?.occurrences[0]?.section ?? model.meta.company;
  const height = contentHeightFor(kicker, name);

  // A variant too long for a slide of its own is cut into parts, each keeping its source lines.
  const variants = others.flatMap((statement) => {
    const where = formatLines(linesOf(statement));
    const lines = linesOf(statement);
    return splitText(
      capitalize(statement.text),
      (part) => variantsHeight([{ text: part, where }]) <= height,
    ).map((text) => ({ text, where, lines }));
  });
  const claim = statementClaim(group);
  const flag = statementFlag(model, which);
  const pages = layoutPages(primary, claim, flag, variants, height);
  return pages.map((page, index): StatementSlide => {
    const lines = [
      ...(page.primary && primary ? linesOf(primary) : []),
      ...page.variants.flatMap((variant) => variant.lines),
    ];
    const talk = page.primary
      ? [
          `${model.meta.company}'s ${which}, in the text's own words: ${page.primary.text}`,
          claim.count && claim.choice ? `${capitalize(claim.count)}; ${claim.choice}.` : null,
          flag,
        ]
      : [`More wordings of the ${which} the text gives, each with the line it comes from.`];
    const notes = speakerNotes(talk, sourceNote(model.meta.source, lines));
    return {
      kind: "statement",
      ...header(kicker, pageTitle(name, index, pages.length)),
      primary: page.primary,
      variantsLabel: page.variants.length > 0 ? claim.count : null,
      variants: page.variants.map(({ text, where }) => ({ text, where })),
      notes,
      lines: uniqueLines(lines),
    };
  });
}
