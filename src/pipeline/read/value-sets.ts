/**
 * Value sets and pillars, in every form the text gives them: bullet lists after an announcement
 * or in a values section, `###` sub-headings under a values heading, and enumerations inside
 * sentences. An announced count is taken from the announcement ("6 core values that guide …:")
 * or from the sentence right after the list ("These four guiding values …"). The same list given
 * twice (announced inline, then detailed as bullets) is one set.
 */
import type {
  Blockquote,
  Heading,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Place, SectionKind, Value, ValueSet } from "../../schema/schema.js";
import { acronymLine } from "./acronyms.js";
import type { DocBlock } from "./blocks.js";
import { sectionName } from "./blocks.js";
import { boldWithin } from "./bold-within.js";
import { contentsList, headingKeys } from "./contents.js";
import { countedLater } from "./counted-later.js";
import { disownedList } from "./disowned.js";
import {
  COUNT,
  countedBack,
  countedLead,
  countedNoun,
  enumerations,
  forwardMention,
  groundedList,
  heldLead,
  heldList,
  holdsTo,
  type Item,
  idealQualities,
  initialsLead,
  type LeadCount,
  type Mention,
  mentions,
  namesAlone,
  namesLine,
  ownerValues,
  parseCount,
  partLead,
  phrasesLine,
  routeMention,
  type SetKind,
  setLabel,
  splitItems,
  theyAre,
  thoseCount,
  trailingCount,
} from "./enumeration.js";
import { linkLine } from "./faq.js";
import { headingNounCount } from "./heading-nouns.js";
import { heldQualities } from "./held-qualities.js";
import { colonCount, replacedCount, sectionLeadCount } from "./lead-counts.js";
import { behaviourLead, listItems } from "./list-items.js";
import { othersEntries } from "./listicle.js";
import { continuesPoints, quotesListed } from "./listicle-points.js";
import { countedSections, numberedSections } from "./numbered-sections.js";
import { openQuotes } from "./quoted-lists.js";
import type { SectionNodes } from "./sections.js";
import type { Sentence } from "./sentences.js";
import { namesRival, ownedElsewhere, pointsElsewhere } from "./set-owners.js";
import { datedHeading, promiseHeading, setSection, underDatedHeading } from "./set-sections.js";
import { speakerTurns } from "./speaker-turns.js";
import { joinSplit } from "./split-sets.js";
import { spokenList } from "./spoken-lists.js";
import { startsWithVerb } from "./statement-span.js";
import { figuresList, hasFiguresColumn } from "./table-figures.js";
import { isTakeawaysList } from "./takeaways.js";
import { DECORATION, decoration, plainText } from "./text.js";
import { fewThingsLead } from "./uncounted-leads.js";
import { ownSentence } from "./we-sentences.js";
import { weighsColumn } from "./weighed-tables.js";
import { boldInWord, wordTail } from "./word-bold.js";

/** Where a set is drawn in the body: in place of `node` (a list, a heading run) or after it. */
export interface Anchor {
  node: RootContent;
  mode: "replace" | "after";
  /** Further nodes the set absorbs (the paragraphs and headings of a heading run). */
  absorbed: RootContent[];
}

export interface FoundSet {
  kind: SetKind;
  set: ValueSet;
  anchor: Anchor;
}

interface Announcement {
  mention: Mention;
  place: Place | null;
  /** Characters between the set word and the colon ("values are:" 4, "values show up … in:" 40). */
  distance?: number;
  /** The announcing sentence, kept as the set's `intro`. */
  text?: string;
}

export function findValueSets(input: DocBlock[], names: string[] = []): FoundSet[] {
  // (A list quoted after a lead-in's colon is read as if it stood unquoted.)
  const { blocks, opened } = openQuotes(input);
  const owner = ownerValues(names);
  const found: FoundSet[] = [];
  let announcement: Announcement | undefined;
  let lastSetBlock = -1;
  let proseNames: Set<string> | undefined;
  let pageHeadings: Map<string, SectionKind> | undefined;
  /** The page's headings, read once and only if a list may be a table of contents. */
  const headingsOfPage = () => {
    pageHeadings ??= headingKeys(blocks);
    return pageHeadings;
  };
  let setSectionBelow: boolean | undefined;
  /** Whether a section below the title names a set, read once and only if the title does. */
  const setsBelow = () => {
    setSectionBelow ??= blocks.some((b) => b.section.depth > 1 && setSection(b.section).inSet);
    return setSectionBelow;
  };
  // A listicle's entries about other organisations hold their values, not the company's.
  const others = othersEntries(blocks);
  /** The names the paragraphs use, read once and only if a table needs them. */
  const prose = () => {
    proseNames ??= namesUsed(
      blocks
        .filter((b) => b.node.type === "paragraph")
        .flatMap((b) => b.sentences.map((s) => s.text))
        .join(" "),
    );
    return proseNames;
  };

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as DocBlock;
    const { node, section } = block;
    // (The page's kicker line is furniture: "Based on 40 reviews and a visit" names no set.)
    if (section.kind === "faq" || kicker(block) || footer(blocks, index)) continue;
    if (others.has(block)) {
      announcement = undefined;
      continue;
    }
    const name = sectionName(section);

    const { inSet: setHeading, ways: waysSection, pledges, dated, uses } = setSection(section);
    // (A title naming the values among the page's topics, "# Culture, Values and Tips", over a
    // page with a values section of its own: what sits under the title is the page's facts.)
    const inSet = setHeading && !(section.depth === 1 && setsBelow());
    const inSetSection = inSet;
    // A count in the heading ("## Our five values") announces the section's first set.
    const headed =
      inSetSection && !found.some((f) => f.set.section === name)
        ? headingCount(section)
        : undefined;

    // A table of contents ("1. Mission", "2. The four values", "3. FAQ", each one of the page's
    // headings) is navigation: no set, and it ends any lead-in before it.
    if (node.type === "list" && contentsList(node, headingsOfPage())) {
      announcement = undefined;
      continue;
    }
    // A line of links ("[Donate](…) · [Join us](…)") is navigation too: calls to act, no set.
    if (linkLine(node)) {
      announcement = undefined;
      continue;
    }
    if (node.type === "list") {
      // (A list under "### Commitments for 2027" is targets, whatever its section names.)
      const inSetSection = inSet && !underDatedHeading(blocks, index);
      const takeaways = isTakeawaysList(blocks, index);
      const given = countedByHeading(announcement, headed) ?? announcement ?? headed;
      // Full-sentence items are values only where the text says the list is the values.
      const close =
        given !== undefined &&
        !given.mention.goals &&
        (given.mention.count !== null || (given.distance ?? 0) <= 30);
      const sentences = (inSetSection && !pledges) || close;
      const listed = takeaways ? null : ownItems(listItems(node, sentences));
      // ("The best values statements are:" over "- short", "- specific": no set.)
      // (Nor, under a values heading, a list its lead-in gives as targets: "sets annual targets,
      // for example:" over "90% of patients …".)
      // (Nor a list the text says is not the values: "Those checks are not our values.")
      // (Nor, once the section has given its set, a list under a bold label of its own that
      // names none: "**Related stories**" closing a news piece starts another part of the page.)
      const relabelled =
        !given &&
        found.some((f) => f.set.section === name) &&
        labelledApart(section.nodes[section.nodes.indexOf(node) - 1]);
      const targets =
        (!given && targetsLead(previousParagraph(blocks, index)?.at(-1)?.text ?? "")) ||
        disownedList(blocks, index) ||
        relabelled;
      // (Nor a strip of products and their prices: "Desk lamp — £120.00".)
      const items =
        (listed && (idealQualities(given?.text ?? "", listed) || figuresList(listed))) || targets
          ? null
          : listed;
      // `Name: description` bullets under a Vision heading are the vision's parts.
      const visionParts = section.kind === "vision" && items?.every((i) => i.description);
      // Under "How we work together", bold-named items name the ways of working, as paragraphs do.
      const ways =
        waysSection && items !== null && boldLed(node) && namesWays(items) && !steps(node, items);
      if (items && (given || inSetSection || visionParts || ways)) {
        const kind = pillarsNamingValues(section)
          ? "values"
          : (given?.mention.kind ??
            (section.kind === "pillars" || (visionParts && !given) ? "pillars" : "values"));
        found.push(replacing(node, kind, given, items, "list", name));
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
      announcement = undefined;
      // "- Our values" with the values as sub-bullets, among other facts.
      const parent = node.children.find(
        (item) =>
          item.children[1]?.type === "list" &&
          mentions(plainText(item.children[0] ?? item)).length > 0,
      );
      const nested = parent?.children[1]?.type === "list" ? parent.children[1] : undefined;
      const nestedItems = nested ? listItems(nested, true) : null;
      if (nested && nestedItems) {
        found.push({
          ...replacing(node, "values", undefined, nestedItems, "list", name),
          anchor: { node, mode: "after", absorbed: [] },
        });
        lastSetBlock = index;
        continue;
      }
      // Not a set itself, but its items may name one ("Core values include …" in a takeaway).
    }

    // In a values section (or after an announcement), paragraphs that each start with a name:
    // "Compassion: we treat …".
    if (node.type === "paragraph" && (inSetSection || announcement || waysSection)) {
      const run = paragraphRun(blocks, index);
      const named = inSetSection || announcement || namesWays(run.values) || boldNames(node, run);
      if (
        run.values.length >= 2 &&
        named &&
        !speakerTurns(run.values, leadsIn(blocks, section)) &&
        !continuesPoints(blocks, index) &&
        !quotesListed(
          run.values.map((v) => v.name),
          found.flatMap((f) => f.set.values.map((v) => v.name)),
        )
      ) {
        const given = announcement ?? headed;
        found.push({
          ...replacing(node, setKindIn(section, given), given, run.values, "list", name),
          anchor: { node, mode: "replace", absorbed: run.absorbed },
        });
        index += run.absorbed.length;
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
      // Under a values heading, paragraphs that each name their value in bold inside: as many as
      // the heading or lead-in counts, else three or more.
      const essays = inSetSection ? boldWithin(blocks, index) : null;
      const counting = (announcement ?? headed)?.mention.count ?? null;
      if (
        essays &&
        (counting === null ? essays.values.length >= 3 : essays.values.length === counting)
      ) {
        const given = announcement ?? headed;
        found.push({
          ...replacing(node, setKindIn(section, given), given, essays.values, "list", name),
          anchor: { node, mode: "replace", absorbed: essays.absorbed },
        });
        index += essays.absorbed.length;
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
      // "Curiosity · Care · Candour", "Local. Seasonal. Honest.": a line of names only.
      // (Under a values heading, a lone sentence of noun phrases too: "Safety, courtesy and care
      // for the harbour.")
      const lone = inSetSection && block.sentences.length === 1;
      // ("CARE: Courage, Accountability, Respect, Empathy": the names the acronym packs.)
      const line =
        acronymLine(plainText(node)) ??
        namesLine(plainText(node)) ??
        (lone ? phrasesLine(plainText(node)) : null);
      if (line) {
        const given = announcement ?? headed;
        const values = line.map((item) => ({ ...item, line: node.position?.start.line ?? 1 }));
        found.push(replacing(node, setKindIn(section, given), given, values, "inline", name));
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
    }

    if (node.type === "table") {
      // "| Values | Clarity, patience, honesty and craft |" in a Mission/Vision/Values table.
      // (Not a row of evidence on the values: "| Values | Free classes, open kitchens |" under
      // "| Statement | Evidence |".)
      const row = weighsColumn(node, 1)
        ? undefined
        : node.children.find((r) => VALUES_ROW.test(plainText(r.children[0] ?? r)));
      // "| Purpose | Vision | Values |" over one row: the cell under "Values".
      const [header, only, ...more] = node.children;
      const column = (header?.children ?? []).findIndex((c) => VALUES_ROW.test(plainText(c)));
      const cell =
        row?.children[1] ??
        (column > 0 && only && more.length === 0 ? only.children[column] : undefined);
      const listed = cell ? splitItems(plainText(cell).replace(/[.!]\s*$/, ""), true) : null;
      if (listed) {
        const line = (row ?? only)?.position?.start.line ?? 1;
        const values = listed.map((item) => ({ ...item, line }));
        found.push(replacing(node, "values", undefined, values, "table", name));
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
    }

    const header = node.type === "table" ? (node.children[0]?.children ?? []).map(plainText) : [];
    // "| | Mission | Vision | Values |" over rows of traits compares the terms; it lists no values.
    const glossary = header.some((h) => STATEMENT_HEADER.test(h));
    const headedTable = !dated && header.some((h) => TABLE_HEADER.test(h));
    // (Or any table a sentence just announced: "We hire for three values:" over "| Name | … |" —
    // leading into it with its colon; a paragraph that only counts the pillars may be followed by
    // the year's figures.)
    const announced = announcement?.text !== undefined && /:\s*$/.test(announcement.text);
    const opened = inSetSection || headedTable || announced;
    // (Nor a table the text says is not the values: "These are requirements, not values:".)
    if (
      node.type === "table" &&
      !glossary &&
      (opened || waysSection) &&
      !disownedList(blocks, index)
    ) {
      const values = comparesNames(node, prose) ? null : tableValues(node);
      // (Under "How we work", only a table whose rows are named like values.)
      if (values && (opened || namesWays(values))) {
        const given = announcement ?? headed;
        found.push(replacing(node, setKindIn(section, given), given, values, "table", name));
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
    }

    // Elsewhere, sub-headings right after "… rests on three strategic pillars." are the set.
    // The run of headings from here, read once and only when a heading may start a set.
    let headings: ReturnType<typeof headingRun> | undefined;
    const runHere = () => {
      headings ??= headingRun(blocks, index);
      return headings;
    };
    const before = node.type === "heading" && !inSetSection ? countedBefore(blocks, index) : null;
    const counted =
      before && (!before.exact || runHere().values.length === before.announcement.mention.count)
        ? before.announcement
        : null;
    // "## How we work" over "### Openness", "### Frugality", "### Care for the sky": short
    // unnumbered headings.
    const ways = node.type === "heading" && waysSection && !counted;
    // "… each value with its behaviours." over "### Respect" and its behaviour bullets, and so
    // on: a values-and-behaviours framework; the headings are the values. (Its count is said
    // after the run; the paragraph's may be an old framework's: "previously had seven values".)
    const behaviours =
      node.type === "heading" && !inSetSection && !counted && !ways
        ? framework(blocks, index)
        : undefined;
    if (node.type === "heading" && (inSetSection || counted || ways || behaviours)) {
      const run = behaviours?.run ?? runHere();
      const named = !ways || namesWays(run.values);
      // (Numbered ones are a process's steps, unless the paragraph before names the set without a
      // count the run disagrees with: "These are the principles we hire for".)
      const processSteps =
        ways &&
        NUMBERED_HEADING.test(plainText(node)) &&
        (before !== null || !leadNamesSet(blocks, index));
      if (run.values.length >= 2 && named && !processSteps) {
        const intro = behaviours
          ? undefined
          : (counted ?? introCount(blocks, index, section) ?? headingCount(section));
        const kind = counted?.mention.kind ?? (section.kind === "pillars" ? "pillars" : "values");
        found.push({
          kind,
          set: {
            label:
              counted?.mention.label ?? behaviours?.mention.label ?? (section.heading || "Values"),
            declaredCount: intro?.mention.count ?? null,
            declaredAt: intro?.place ?? null,
            values: run.values,
            line: node.position?.start.line ?? 1,
            form: "headings",
            section: name,
            ...(intro?.text ? { intro: intro.text } : {}),
          },
          anchor: { node, mode: "replace", absorbed: run.absorbed },
        });
        index += run.absorbed.length;
        lastSetBlock = index;
        announcement = undefined;
        continue;
      }
    }

    // "… these eight principles." closing its section, then "## 1. Own the outcome", "## 2. …";
    // or "The five values below …" then five short `##` headings, each with its text.
    // (The paragraph itself counts them: a title's count, "# 6 Companies Whose Values …", counts
    // a listicle's entries.)
    const closes = node.type === "paragraph" && blocks[index + 1]?.section !== section;
    const partsIntro = closes ? block.sentences.map(countedIn).find((a) => a !== null) : null;
    const parts =
      partsIntro &&
      (numberedSections(blocks, index) ??
        countedSections(blocks, index, {
          count: partsIntro.mention.count,
          text: partsIntro.text ?? "",
        }));
    if (parts && partsIntro) {
      found.push({
        kind: partsIntro.mention.kind,
        set: {
          label: partsIntro.mention.label,
          declaredCount: partsIntro.mention.count,
          declaredAt: partsIntro.place,
          values: parts,
          line: parts[0]?.line ?? 1,
          form: "headings",
          section: name,
          ...(partsIntro.text ? { intro: partsIntro.text } : {}),
        },
        anchor: { node, mode: "after", absorbed: [] },
      });
      lastSetBlock = index;
      announcement = undefined;
      continue;
    }
    // "… four principles:" then "### Our Principles" then the list: the heading only names it.
    if (!(announcement && namesSet(node))) announcement = undefined;
    else continue;
    // "a few principles: **say what we see**, even when …; **leave the client stronger**, …".
    const bold = node.type === "paragraph" ? boldList(node) : null;
    const held = node.type === "paragraph" && !bold ? heldBold(node) : null;
    // Either way one inline set of bold names, placed after the paragraph.
    const inline = bold
      ? { ...bold.mention, names: bold.names, line: bold.line }
      : held && { kind: "values" as const, label: "Values", ...held };
    if (inline) {
      found.push({
        kind: inline.kind,
        set: {
          label: inline.label,
          declaredCount: inline.count,
          declaredAt: null,
          values: inline.names.map((n) => ({ name: n, description: null, line: inline.line })),
          line: inline.line,
          form: "inline",
          section: name,
          intro: plainText(node),
        },
        anchor: { node, mode: "after", absorbed: [] },
      });
      lastSetBlock = index;
      continue;
    }
    // The sentence of this block that gave the last set, if one did.
    let setSentence = -1;
    block.sentences.forEach((sentence, position) => {
      const trailing = trailingCount(sentence.text);
      const previous = found.at(-1);
      // Right after the set: the next block's first sentence, or the next sentence of its own
      // paragraph ("… stands for a, b and c. Those three ideas …").
      const follows =
        (lastSetBlock === index - 1 && position === 0) ||
        (setSentence >= 0 && setSentence === position - 1);
      if (trailing && previous && previous.set.declaredCount === null && follows) {
        previous.set.declaredCount = trailing.count;
        previous.set.declaredAt = sentence.at(trailing.countIndex ?? 0);
      }
      // A rival's values, quoted for comparison, are not the company's.
      if (namesRival(sentence.text)) return;
      const listed = enumerations(sentence.text, owner);
      const held = listed.length === 0 ? heldQualities(sentence.text) : null;
      if (held) listed.push(held);
      // "The company keeps its values short. There are three: a, b and c." (Or the paragraph
      // before asks: "Are there values behind that?" over "Three, and …: a, b, c.")
      const before =
        position > 0 ? block.sentences[position - 1] : previousParagraph(blocks, index)?.at(-1);
      // ("Marlpit Foods plays it safe. Its values — …": "its" is that firm's.)
      if (pointsElsewhere(sentence.text, before?.text ?? "", names)) return;
      const named = mentions(before?.text ?? "")[0];
      const given = named !== undefined || section.kind === "values";
      const part = listed.length === 0 && given ? partLead(sentence.text) : null;
      const previousSet = found.at(-1);
      if (part?.rest && previousSet?.set.form === "inline" && lastSetBlock === index - 1) {
        // "The other two …: d and e." continues the set the paragraph before began.
        const line = sentence.at(0).line;
        previousSet.set.values.push(...part.items.map((item) => ({ ...item, line })));
        lastSetBlock = index;
        return;
      }
      // ("… agreed four things we won't compromise on: a; b; and c." names them anywhere.)
      // ("The first three are …: a, b and c." after "rests on five values": the five begin.)
      const lead =
        listed.length === 0
          ? ((given ? countedLead(sentence.text) : null) ??
            heldList(sentence.text) ??
            (part && !part.rest
              ? { count: named?.count ?? null, countIndex: null, items: part.items }
              : null) ??
            // ("We have four values. They are a, b, c and d." — or "A, B, C and D." alone.)
            (named ? theyAreLead(sentence.text, named) : null) ??
            (named ? namesAloneLead(sentence.text, named) : null))
          : null;
      const grounded = listed.length === 0 && !lead && section.kind === "values";
      // (Under a values heading, "… ended up with a, b, c and d, and those four things …".)
      const back = grounded ? countedBack(sentence.text) : null;
      const counted = lead ?? back;
      const items = counted?.items ?? (grounded ? groundedList(sentence.text) : null);
      if (items) {
        const kind = named?.kind ?? "values";
        listed.push({
          kind,
          label: named?.label ?? "Values",
          count: counted?.count ?? null,
          countIndex: counted?.countIndex ?? null,
          end: 0,
          items,
          start: 0,
        });
      }
      for (const enumeration of listed) {
        found.push({
          kind: enumeration.kind,
          set: {
            label: enumeration.label,
            declaredCount: enumeration.count,
            declaredAt:
              enumeration.countIndex === null ? null : sentence.at(enumeration.countIndex),
            values: enumeration.items.map((item) => ({
              name: item.name,
              description: item.description,
              line: sentence.at(Math.max(0, sentence.text.indexOf(item.name, enumeration.start)))
                .line,
            })),
            line: sentence.at(0).line,
            form: "inline",
            section: name,
            intro: sentence.text,
          },
          anchor: { node, mode: "after", absorbed: [] },
        });
        lastSetBlock = index;
        setSentence = position;
      }
    });
    // "We have three values. Mend it. Ride it. Tell the truth.": one short sentence each.
    const spoken =
      node.type === "paragraph" && lastSetBlock !== index ? spokenList(block.sentences) : null;
    if (spoken) {
      found.push({
        kind: spoken.mention.kind,
        set: {
          label: spoken.mention.label,
          declaredCount: spoken.mention.count,
          declaredAt: spoken.sentence.at(spoken.mention.countIndex ?? 0),
          values: spoken.names.map(({ name, sentence }) => ({
            name,
            description: null,
            line: sentence.at(0).line,
          })),
          line: spoken.sentence.at(0).line,
          form: "inline",
          section: name,
          intro: spoken.sentence.text,
        },
        anchor: { node, mode: "after", absorbed: [] },
      });
      lastSetBlock = index;
      continue;
    }
    // A paragraph ending in ":" that mentions values announces the list that follows.
    const last = block.sentences.at(-1);
    // So does one that counts them ("We've got five values. You'll hear them daily:") when a
    // list or table follows.
    // A sub-heading that only names the set may stand between ("### Our Principles").
    const between = blocks[index + 1];
    const skip = between !== undefined && namesSet(between.node);
    const next = blocks[index + (skip ? 2 : 1)];
    const listFollows =
      next?.section === section &&
      (next.node.type === "list" ||
        next.node.type === "table" ||
        namedParagraph(next.node) !== null ||
        (next.node.type === "paragraph" && namedLines(next.node) !== null) ||
        // "We work by four values:" above "Care · Craft · Community · Courage".
        (next.node.type === "paragraph" && namesLine(plainText(next.node)) !== null));
    // "### Tarrant's values" inside a broader section, right above its list.
    // (Not "### Commitments for 2027": targets for a date.)
    const titled =
      node.type === "heading" && listFollows && !datedHeading(plainText(node))
        ? mentions(plainText(node))[0]
        : undefined;
    if (titled) {
      const place = { line: node.position?.start.line ?? 1, column: 1 };
      announcement = { mention: titled, place: titled.count === null ? null : place, distance: 0 };
    }
    // (Under "How we use the values", a lead-in naming them leads in to processes.)
    if (node.type === "paragraph" && last && listFollows && !uses && !namesRival(plainText(node))) {
      // ("… with the line “At our core, we are:”": a colon that closes a quotation leads in too.)
      const colon = /:["”’]?\s*$/.test(last.text);
      const counted = block.sentences
        .map((sentence) => ({
          sentence,
          mention:
            mentions(sentence.text).find((m) => m.count !== null) ??
            routeMention(sentence.text, section.kind === "vision") ??
            undefined,
        }))
        .filter((m) => m.mention)
        .at(-1);
      const lastNamed = mentions(last.text).at(-1);
      const mention = colon
        ? ((lastNamed && replacedCount(last.text, lastNamed)) ??
          routeMention(last.text, section.kind === "vision"))
        : undefined;
      // "writes its values as four short sentences:" names the count by another noun.
      // ("… their values too, the page lists four:" counts it by a bare number.)
      const noun =
        mention?.count === null && !counted
          ? (countedNoun(last.text) ?? colonCount(last.text))
          : null;
      // "the following principles (there are seven):" counts them in an aside.
      const there = mention?.count === null && !counted && !noun ? THERE_ARE.exec(last.text) : null;
      // "Five things we believe, written down at our first offsite:" under a values heading: the
      // heading names the set, the lead-in counts it by another noun.
      // Anywhere, "three things we try to hold on to:" names them by what the company lives by.
      // So does one whose earlier sentence names the values: "Our values are not on a poster.
      // They are five working habits, …:".
      const namedBefore = block.sentences
        .slice(0, -1)
        .some((sentence) => mentions(sentence.text).some((m) => m.kind === "values"));
      // (So does one under "## What drives us": "Four things, in no particular order:".)
      // Under "## Our behaviours", a lead-in with no colon counts the set too: "There are four."
      const lead =
        colon && !mention
          ? ((inSetSection || waysSection || namedBefore ? countedNoun(last.text) : null) ??
            // ("## The Larkhill Habits" over "Our five Larkhill Habits are …:".)
            headingNounCount(section.heading, last.text) ??
            heldLead(last.text) ??
            // "our Five Cs:" over items that each lead with a bold name.
            (boldLed(next?.node) ? initialsLead(last.text) : null))
          : !colon && (inSetSection || waysSection)
            ? sectionLeadCount(last.text)
            : null;
      // "… our 5 Cs. … I'd defend every one of them:" over bold-named items or lines: the
      // initials, named earlier in the lead-in, count the set.
      const named =
        colon && !mention && !lead && (boldLed(next?.node) || namedLinesNode(next?.node))
          ? block.sentences
              .map((sentence) => ({ sentence, initials: initialsLead(sentence.text, true) }))
              .find((x) => x.initials)
          : undefined;
      if (mention) {
        announcement = {
          mention:
            mention.count === null && counted?.mention
              ? { ...mention, count: counted.mention.count }
              : noun
                ? { ...mention, count: noun.count }
                : there
                  ? { ...mention, count: parseCount((there[1] ?? there[2]) as string) }
                  : mention,
          place:
            mention.countIndex !== null
              ? last.at(mention.countIndex)
              : counted?.mention?.countIndex != null
                ? counted.sentence.at(counted.mention.countIndex)
                : noun
                  ? last.at(noun.index)
                  : there
                    ? last.at(there.index)
                    : null,
          distance: last.text.trimEnd().length - 1 - mention.end,
          text: last.text,
        };
      } else if (counted?.mention) {
        announcement = {
          mention: counted.mention,
          place: counted.sentence.at(counted.mention.countIndex ?? 0),
          distance: 0,
          text: counted.sentence.text,
        };
      } else if (lead || named?.initials) {
        const kind = setKindIn(section, undefined);
        const count = (lead ?? named?.initials) as LeadCount;
        announcement = {
          mention: {
            kind,
            label: setLabel(kind),
            count: count.count,
            countIndex: count.index,
            end: 0,
          },
          place: (lead ? last : (named?.sentence ?? last)).at(count.index),
          distance: 0,
          text: last.text,
        };
      } else if (colon && namedBefore && fewThingsLead(last.text)) {
        // "… no list of values. What we have is a handful of things people here say:".
        const kind = setKindIn(section, undefined);
        announcement = {
          mention: { kind, label: setLabel(kind), count: null, countIndex: null, end: 0 },
          place: null,
          distance: 0,
          text: last.text,
        };
      } else if (
        colon &&
        THERE_ARE.test(last.text) &&
        block.sentences.some((x) => mentions(x.text).length)
      ) {
        // "They took their values seriously. There are five, painted on the wall:".
        const there = THERE_ARE.exec(last.text) as RegExpExecArray;
        const named = block.sentences.flatMap((x) => mentions(x.text)).at(-1) as Mention;
        announcement = {
          mention: {
            ...named,
            count: parseCount((there[1] ?? there[2]) as string),
            countIndex: there.index,
          },
          place: last.at(there.index),
          distance: 0,
          text: last.text,
        };
      } else {
        // "… when we wrote the beliefs below." and "There are eight of them.", then the run.
        const before = blocks[index - 1];
        const texts = [
          ...(before?.section === section ? before.sentences : []),
          ...block.sentences,
        ].map((sentence) => sentence.text);
        const ahead = forwardMention(texts);
        // ("## Our five ingredients" over "These are our values.": the heading counts them.)
        const count = COUNTED_HEADING.exec(section.heading)?.[1];
        const mention =
          ahead && ahead.count === null && count ? { ...ahead, count: parseCount(count) } : ahead;
        if (mention) announcement = { mention, place: null, distance: 0 };
      }
    }
  }
  // A list its lead-in or heading gives to another organisation is theirs, not the company's.
  // (A set the headings after a counted heading give takes its place in the page's order.)
  for (const parts of headedSections(blocks, found)) {
    const at = found.findIndex((f) => f.set.line > parts.set.line);
    found.splice(at === -1 ? found.length : at, 0, parts);
  }
  const own = found.filter(
    (f) => !ownedElsewhere(f.set.intro ?? "", names) && !ownedElsewhere(f.set.section ?? "", names),
  );
  if (!own.some((f) => f.kind === "values")) own.push(...promisedSet(blocks));
  return countedLater(joinSplit(merge(own)), blocks)
    .map((f) => inQuote(f, opened))
    .map(withEvidence);
}

/** A set found inside an opened quote is drawn in the quote's place (after it, if it covers part). */
function inQuote(found: FoundSet, opened: Map<RootContent, Blockquote>): FoundSet {
  const quote = opened.get(found.anchor.node);
  if (!quote) return found;
  const covered = new Set([found.anchor.node, ...found.anchor.absorbed]);
  const whole = found.anchor.mode === "replace" && quote.children.every((c) => covered.has(c));
  return { ...found, anchor: { node: quote, mode: whole ? "replace" : "after", absorbed: [] } };
}

/**
 * "## Our promise" over "- **No additives, ever**", "- **Nothing wasted** – …": a page with no
 * values of its own may give what it stands for as its promises, each named in bold. (Beside a
 * values list, a promise to customers is a service pledge, not a second set.)
 */
function promisedSet(blocks: DocBlock[]): FoundSet[] {
  const block = blocks.find(
    (b) => b.node.type === "list" && promiseHeading(b.section.heading) && boldLed(b.node),
  );
  const items = block?.node.type === "list" ? listItems(block.node) : null;
  if (!block || !items) return [];
  return [replacing(block.node, "values", undefined, items, "list", sectionName(block.section))];
}

/**
 * "## Our three values" over a line of prose, then "## Respect", "## Honesty", "## Working
 * together", each with its behaviours: a values heading that counts a set its own section never
 * lists announces the sections after it — as many short-named ones as it counts.
 */
function headedSections(blocks: DocBlock[], found: FoundSet[]): FoundSet[] {
  const given = new Set(found.map((f) => f.set.section));
  for (const [index, block] of blocks.entries()) {
    const { section } = block;
    const name = sectionName(section);
    // (The section's last block, of a section that names the set and gives none of its own.)
    if (blocks[index + 1]?.section === section || given.has(name)) continue;
    if (!setSection(section).inSet || section.kind === "faq") continue;
    const headed = headingCount(section);
    if (!headed) continue;
    const count = headed.mention.count;
    const parts = countedSections(blocks, index, { count, text: section.heading, ahead: true });
    if (!parts?.every(shortName) || parts.some((p) => given.has(p.name))) continue;
    return [
      {
        kind: headed.mention.kind,
        set: {
          label: headed.mention.label,
          declaredCount: count,
          declaredAt: headed.place,
          values: parts,
          line: parts[0]?.line ?? 1,
          form: "headings",
          section: name,
        },
        anchor: { node: block.node, mode: "after", absorbed: [] },
      },
    ];
  }
  return [];
}

/** How each form is read, and how sure the reader is of it. */
const FORM_EVIDENCE: Record<ValueSet["form"], { cue: string; confidence: number }> = {
  list: { cue: "a list", confidence: 0.85 },
  headings: { cue: "sub-headings", confidence: 0.9 },
  table: { cue: "a table", confidence: 0.9 },
  inline: { cue: "a list in a sentence", confidence: 0.8 },
  "front-matter": { cue: "front matter", confidence: 1 },
};

/** A set's evidence: its form, and the heading or announcement it was found under. */
function withEvidence(found: FoundSet): FoundSet {
  const { cue, confidence } = FORM_EVIDENCE[found.set.form];
  const announced = found.set.declaredCount !== null;
  const context = found.set.section ? `section “${found.set.section}”` : "opening text";
  found.set.evidence = { cue: announced ? `${cue}, announced with a count` : cue, context };
  found.set.confidence = announced
    ? Math.round(Math.min(1, confidence + 0.05) * 100) / 100
    : confidence;
  return found;
}

/**
 * "*Local Guides Explained · A series for parents*" right under the title: the page's kicker or
 * series line, furniture and not a line of names.
 */
function kicker(block: DocBlock): boolean {
  const { node, section } = block;
  if (section.depth !== 1 || section.nodes[0] !== node || node.type !== "paragraph") return false;
  const only = node.children.length === 1 ? node.children[0] : null;
  // So are label lines there with a figure among them ("**Module:** HSC204 …", "**Word count:**
  // 640"): the page's particulars, not values.
  const lines = only ? null : namedLines(node);
  return only?.type === "emphasis" || (lines?.some((l) => /\d/.test(l.description ?? "")) ?? false);
}

/**
 * "Subscribe · Archive · About the newsletter" closing the page under a sign-off ("*Next issue:
 * …*", a rule): the page's footer, furniture and not a line of names. After the page's last
 * rule, such a line is the footer wherever it stands among the closing paragraphs (a sign-up
 * line may follow it).
 */
function footer(blocks: DocBlock[], index: number): boolean {
  const block = blocks[index] as DocBlock;
  if (block.node.type !== "paragraph" || !FOOTER_MARKS.test(plainText(block.node))) return false;
  const nodes = block.section.nodes;
  const at = nodes.indexOf(block.node);
  const before = nodes[at - 1];
  const signOff =
    before?.type === "thematicBreak" ||
    (before?.type === "paragraph" &&
      before.children.length === 1 &&
      before.children[0]?.type === "emphasis");
  // ("*Find a shop · Trade orders · Classes*": the page's last line, set off in italics after
  // what its section says — not the section's only line, "*Thrift · Candour · Care*".)
  const italic =
    at > 0 && block.node.children.length === 1 && block.node.children[0]?.type === "emphasis";
  if (index === blocks.length - 1 && (signOff || italic)) return true;
  // Below the page's last rule: its section is the page's last, only paragraphs after the rule.
  const rule = nodes.map((node) => node.type).lastIndexOf("thematicBreak");
  return (
    rule !== -1 &&
    rule < at &&
    blocks.at(-1)?.section === block.section &&
    nodes.slice(rule + 1).every((node) => node.type === "paragraph")
  );
}

const FOOTER_MARKS = /\s[·|•]\s/;

/** A lead-in that gives the list after its colon as targets or goals, not values. */
const targetsLead = (text: string) => /:\s*$/.test(text) && TARGETS.test(text);
const TARGETS = /\b(?:targets?|goals?|objectives?|kpis?|milestones?)\b/i;

/** The sentences of the paragraph right before `index` in its section, if there is one. */
function previousParagraph(blocks: DocBlock[], index: number): Sentence[] | undefined {
  const previous = blocks[index - 1];
  const same = previous?.section === blocks[index]?.section && previous?.node.type === "paragraph";
  return same ? previous.sentences : undefined;
}

/** A paragraph that starts with a short name: "**Care** — …", "Compassion: …". */
const NAMED_PARAGRAPH = /^([\p{Lu}][^:.!?–—]{0,40}?)\s*(?::|\s[–—-]\s)\s*(\S.*)$/su;

/** "**Local.** Our panels …", "Compassion: we treat …": a value named at a paragraph's start. */
function namedParagraph(node: RootContent): { name: string; description: string | null } | null {
  if (node.type !== "paragraph") return null;
  // An icon or emoji before the name ("![Icon: a star](star.svg) **Aspire** …", "🧭 **Aspire**")
  // decorates it: its alt text or symbol is no name.
  const start = node.children.findIndex((child) => child.type !== "image" && !decoration(child));
  const children = node.children.slice(Math.max(0, start));
  const text = plainText(children);
  const lead = children[0];
  // ("**R**espect — …": a bold letter inside a word; the word, read below, is the name.)
  if (lead?.type === "strong" && !boldInWord(text.slice(plainText(lead).length))) {
    // ("**1. Safety is the first knot.**": the number orders the values; it names none.)
    const name = plainText(lead)
      .replace(/[\s.:–—-]+$/, "")
      .replace(/^\d+[.)]\s*/, "");
    const rest = text.slice(plainText(lead).length).replace(/^\s*[.:–—-]?\s*/, "");
    // ("**We mend before we replace, whatever it costs.**": the company's own sentence, however long.)
    // ("**Never a queue for a call back** — …": a bold name the dash or colon sets off from its
    // description is a name up to ten words.)
    const words = name.split(/\s+/).length;
    const setOff =
      /[:–—-]\s*$/.test(plainText(lead)) || /^\s*[:–—-]\s/.test(text.slice(plainText(lead).length));
    // ("**3. Speed matters, but not more than trust.**": a number marks an item of a run.)
    const numbered = /^\d+[.)]\s/.test(plainText(lead));
    const short = words <= 5 || ((setOff || numbered) && words <= 10) || ownSentence(name);
    if (name && short && rest) return { name, description: rest };
  }
  // ("🌱 Curiosity – …": the emoji is no part of the name.)
  const match = NAMED_PARAGRAPH.exec(text.replace(DECORATION, ""));
  const name = match?.[1]?.trim() ?? "";
  if (!match || name.split(/\s+/).length > 5) return null;
  return { name, description: match[2]?.trim() || null };
}

/** Emoji closing a text after a space: the mark before the bold name that follows. */
const EMOJI_TAIL = /\s+((?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*)$/u;

/**
 * A paragraph of two or more lines (soft breaks), each opening with a bold name or with an emoji
 * before its name ("🌱 Curiosity – …"), or each only a short capitalised name ("Patience"): each
 * line is a value, named as a paragraph of its own would be. (Other lines may be one sentence
 * hard-wrapped.)
 */
function namedLines(node: Paragraph): { name: string; description: string | null }[] | null {
  const lines: PhrasingContent[][] = [[]];
  for (const [i, child] of node.children.entries()) {
    // (A page imported from the web lost its soft breaks: "… find out 🤝 **Kindness** – …" — an
    // emoji before a bold name mid-paragraph opens a line as it did.)
    const next = node.children[i + 1]?.type;
    const value =
      child.type !== "text"
        ? ""
        : next === "strong"
          ? child.value.replace(EMOJI_TAIL, "\n$1")
          : child.value;
    if (child.type !== "text" || !value.includes("\n")) {
      lines.at(-1)?.push(child);
      continue;
    }
    value.split("\n").forEach((part, at) => {
      if (at > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ type: "text", value: part });
    });
  }
  // An icon on a line of its own ("![Hop icon](hop.svg)") decorates the name on the next line.
  if (lines.length < 2) return null;
  const named = lines.filter((children) => !iconOnly(children));
  if (named.length === 0) return null;
  const values = [];
  for (const children of named) {
    const lead = children.find((child) => !decoration(child));
    const text = plainText(children);
    const marked = lead?.type === "strong" || EMOJI_LED.test(text);
    const value = marked
      ? namedParagraph({ type: "paragraph", children })
      : BARE_NAME.test(text)
        ? { name: text, description: null }
        : null;
    if (!value) return null;
    values.push(value);
  }
  return values;
}

/**
 * One paragraph whose sentences each open with a bold name ("**Dignity** comes first: … .
 * **Welcome** means …"): each bold lead is a value, the words up to the next its description.
 */
function runOnNames(node: Paragraph): { name: string; description: string | null }[] | null {
  const names: string[] = [];
  const descriptions: string[] = [];
  let previous = "";
  /** The letters of the last bold lead's word that the text after it carries ("**R**espect"). */
  let tail = "";
  for (const [i, child] of node.children.entries()) {
    // (Raw text: a sentence ends in ". " before the next bold lead.)
    const text = mdastToString(child).slice(tail.length);
    tail = "";
    if (child.type === "strong" && (previous === "" || /[.!?]\s$/.test(previous))) {
      const after = mdastToString(node.children[i + 1] ?? { type: "text", value: "" });
      tail = boldInWord(after) ? wordTail(after) : "";
      names.push((plainText(child) + tail).replace(/[\s.:]+$/, ""));
      descriptions.push("");
    } else if (names.length === 0) return null;
    else descriptions[names.length - 1] += text;
    previous = text;
  }
  if (names.length < 2 || names.some((n) => !n || n.split(/\s+/).length > 5)) return null;
  return names.map((name, i) => ({
    name,
    description:
      (descriptions[i] ?? "")
        .replace(/\s+/g, " ")
        .replace(/^[\s:–—-]+/, "")
        .trim() || null,
  }));
}

const EMOJI_LED = /^[\p{Extended_Pictographic}\p{So}]/u;
/** A line that is only a name: one to four words, capitalised, no sentence marks. */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u;

/**
 * A sentence that names a set before a colon and gives the names in bold after it, each with a
 * comment ("**say what we see**, even when it's unwelcome; …"): the bold words are the names.
 */
function boldList(node: Paragraph): { mention: Mention; names: string[]; line: number } | null {
  // (Raw text, so offsets match the children's.)
  const text = mdastToString(node);
  const colon = text.indexOf(":");
  const mention = colon === -1 ? undefined : mentions(text.slice(0, colon + 1)).at(-1);
  if (!mention || colon - mention.end > 40) return null;
  let offset = 0;
  const names: string[] = [];
  for (const child of node.children) {
    const own = plainText(child);
    if (child.type === "strong" && offset > colon) names.push(own.replace(/[\s.,;:]+$/, ""));
    offset += mdastToString(child).length;
  }
  const short = names.every((n) => n.length > 0 && n.split(/\s+/).length <= 6);
  return names.length >= 2 && short
    ? { mention, names, line: node.position?.start.line ?? 1 }
    : null;
}

/**
 * Bold names in a flowing sentence right after a verb of holding to ("the firm cares about
 * **candour**, **thrift** and **care**, and that those three things …"): the names, and the
 * count said back just after them.
 */
function heldBold(node: Paragraph): { names: string[]; count: number | null; line: number } | null {
  const names: string[] = [];
  let before = "";
  let after = "";
  for (const child of node.children) {
    const text = mdastToString(child);
    if (child.type === "strong" && (names.length > 0 || holdsTo(before))) {
      names.push(plainText(child).replace(/[\s.,;:]+$/, ""));
    } else if (names.length === 0) before = (before + text).slice(-40);
    // Only commas and "and" join the names; any other words end the run.
    else if (!/^\s*,?\s*(?:and\s+)?$/.test(text)) {
      after = text;
      break;
    }
  }
  const short = names.every((n) => n.length > 0 && n.split(/\s+/).length <= 6);
  if (names.length < 3 || !short) return null;
  return { names, count: thoseCount(after)?.count ?? null, line: node.position?.start.line ?? 1 };
}

/** The name each paragraph of `section` opens with ("**Ana Pike:** …"), null when none. */
function leadsIn(blocks: DocBlock[], section: SectionNodes): (string | null)[] {
  return blocks
    .filter((b) => b.section === section)
    .map((b) => namedParagraph(b.node)?.name ?? null);
}

/** Consecutive paragraphs of one section, each a named value. */
function paragraphRun(
  blocks: DocBlock[],
  start: number,
): { values: Value[]; absorbed: RootContent[] } {
  const values: Value[] = [];
  const absorbed: RootContent[] = [];
  const section = blocks[start]?.section;
  /** Icon paragraphs since the last value: absorbed only when a value follows them. */
  let icons: RootContent[] = [];
  const take = (i: number, ...nodes: RootContent[]) => {
    if (i > start || icons.length > 0) absorbed.push(...icons, ...nodes);
    icons = [];
  };
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i] as DocBlock;
    if (block.section !== section || block.node.type !== "paragraph") break;
    const line = block.node.position?.start.line ?? 1;
    // "![Icon of a key](key.svg)" alone: the picture over the next value.
    if (iconOnly(block.node.children)) {
      if (i > start) icons.push(block.node);
      continue;
    }
    // "**Own it**" alone, its caption in the next paragraph.
    const caption = boldOnly(block.node) ? blocks[i + 1] : undefined;
    if (
      caption?.section === section &&
      caption.node.type === "paragraph" &&
      !boldOnly(caption.node)
    ) {
      values.push({ name: plainText(block.node), description: plainText(caption.node), line });
      take(i, block.node, caption.node);
      i++;
      continue;
    }
    // "🌱 **Curiosity** – …" and the next values on the following lines of one paragraph.
    const lines = namedLines(block.node) ?? runOnNames(block.node);
    if (lines) {
      values.push(...lines.map((value, at) => ({ ...value, line: line + at })));
      take(i, block.node);
      continue;
    }
    const named = namedParagraph(block.node);
    // "**Our values in action.** Each year …" speaks about the set: the run has ended.
    if (named && ABOUT_THE_SET.test(named.name)) break;
    if (named) {
      values.push({ ...named, line });
      take(i, block.node);
      continue;
    }
    // "We value hospitality:" on its own line, its description in the next paragraph.
    // (Not a lead-in that names the set, "Highmoor lists four values on its careers page:", or
    // counts it, "Three rules we live by:".)
    const text = plainText(block.node);
    const lead = mentions(text).length > 0 || countedNoun(text) !== null;
    const label = lead ? undefined : LABEL_PARAGRAPH.exec(text)?.[1];
    const next = blocks[i + 1];
    if (!label || label.split(/\s+/).length > 8) break;
    const described = next?.section === section && next.node.type === "paragraph";
    const description = described && !LABEL_PARAGRAPH.test(plainText(next.node));
    values.push({ name: label, description: description ? plainText(next.node) : null, line });
    take(i, block.node, ...(description ? [next.node] : []));
    if (description) i++;
  }
  return { values, absorbed };
}

/** Images and blank text only: an icon, no words of its own. */
function iconOnly(children: PhrasingContent[]): boolean {
  const images = children.filter((child) => child.type === "image").length;
  return (
    images > 0 &&
    children.every((c) => c.type === "image" || (c.type === "text" && !c.value.trim()))
  );
}

/** A bold label on a line of its own that names no set ("**Related stories**", not "**Our values**"). */
function labelledApart(node: RootContent | undefined): boolean {
  return node !== undefined && boldOnly(node) && !ABOUT_THE_SET.test(plainText(node));
}

/** A paragraph that is one short bold name and nothing else: "**Keep it simple**". */
function boldOnly(node: RootContent): boolean {
  if (node.type !== "paragraph") return false;
  const words = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  const [only] = words;
  return words.length === 1 && only?.type === "strong" && plainText(only).split(/\s+/).length <= 5;
}

/**
 * A run of three or more paragraphs under "What guides us", each value's name set in bold
 * ("**Never a queue for a call back** — …"): the page marks them as names, however long.
 */
function boldNames(first: RootContent, run: { values: Value[]; absorbed: RootContent[] }): boolean {
  const bold = [first, ...run.absorbed].filter(
    (node) => node.type === "paragraph" && node.children[0]?.type === "strong",
  );
  return run.values.length >= 3 && bold.length >= run.values.length;
}

/** A paragraph of named lines ("🔍 **Curiosity** — …" a line). */
function namedLinesNode(node: RootContent | undefined): boolean {
  return node?.type === "paragraph" && namedLines(node) !== null;
}

/** A list whose every item opens with a bold name ("**Courage** – …"). */
function boldLed(node: RootContent | undefined): boolean {
  if (node?.type !== "list" || node.children.length < 2) return false;
  return node.children.every((item) => {
    const first = item.children[0];
    return first?.type === "paragraph" && first.children[0]?.type === "strong";
  });
}

/** A paragraph that only names a value and ends in a colon: "We value hospitality:", "Candour:". */
const LABEL_PARAGRAPH = /^(?:we\s+(?:also\s+)?value\s+)?([^:.!?]{1,80}):$/i;

/** The items that name values: a last "**Living our values** – …" speaks about the set. */
function ownItems<T extends Value | (Item & { line: number })>(items: T[] | null): T[] | null {
  const own = items?.filter((item) => !ABOUT_THE_SET.test(item.name)) ?? [];
  return own.length >= 2 ? own : items;
}

/** A heading about the set, not one of it: "How we hire for these values", "Values in action?". */
const ABOUT_THE_SET = /\b(?:values|principles|pillars|beliefs)\b|\?\s*$/i;

/** `###` headings each followed by their description paragraphs. */
function headingRun(
  blocks: DocBlock[],
  start: number,
  /** Each heading has its behaviour bullets right under it, and they describe it. */
  behaviours = false,
): { values: Value[]; absorbed: RootContent[] } {
  const values: Value[] = [];
  const absorbed: RootContent[] = [];
  const section = blocks[start]?.section;
  const first = blocks[start]?.node;
  const depth = first?.type === "heading" ? first.depth : undefined;
  const numbered = (node: RootContent) => /^\s*\d+[.)]/.test(plainText(node));
  let numberedSoFar = 0;
  let index = start;
  while (index < blocks.length) {
    const block = blocks[index] as DocBlock;
    if (block.section !== section || block.node.type !== "heading") break;
    const heading = block.node as Heading;
    // A heading of another level is no sibling value: "#### Own the outcome" then a listicle's
    // "### 4. The perks are decent".
    if (heading.depth !== depth) break;
    const name = plainText(heading)
      .replace(/^\s*\d+[.)]\s*/, "")
      .replace(NUMBERED_PART, "")
      .trim();
    // A heading with no name ("###", "### 2.") is no value: it ends the run. So does one that
    // speaks about the set ("How we hire for these values"), or an unnumbered one after "1. …"
    // and "2. …" (a single numbered first heading may be a slip).
    if (!name || ABOUT_THE_SET.test(name)) break;
    if (numbered(heading)) numberedSoFar++;
    else if (numberedSoFar >= 2) break;
    const description: string[] = [];
    let next = index + 1;
    if (behaviours) {
      if (blocks[next]?.section !== section || blocks[next]?.node.type !== "list") break;
      description.push(plainText(blocks[next++]?.node as RootContent));
    }
    // (A value's behaviour bullets under a short label, "In practice:", describe it too.)
    while (
      next < blocks.length &&
      blocks[next]?.section === section &&
      (blocks[next]?.node.type === "paragraph" ||
        (blocks[next]?.node.type === "list" && behaviourLead(blocks[next - 1]?.node)))
    ) {
      description.push(plainText(blocks[next]?.node as RootContent));
      next++;
    }
    values.push({
      name,
      description: description.join(" ").replace(/\s+/g, " ").trim() || null,
      line: heading.position?.start.line ?? 1,
    });
    for (let i = index + (index === start ? 1 : 0); i < next; i++)
      absorbed.push(blocks[i]?.node as RootContent);
    index = next;
  }
  return { values, absorbed };
}

/**
 * The set the paragraph before a run of short headings names, and the run, when each heading
 * has its behaviour bullets right under it: a values-and-behaviours framework.
 */
function framework(
  blocks: DocBlock[],
  index: number,
): { mention: Mention; run: ReturnType<typeof headingRun> } | undefined {
  const before = previousParagraph(blocks, index) ?? [];
  const mention = before
    .flatMap((sentence) => mentions(sentence.text))
    .find((m) => m.kind === "values");
  // (Only where the paragraph says the bullets are behaviours: "### Pros" over a list is not.)
  const said = before.some((sentence) => BEHAVIOURS.test(sentence.text));
  const run = mention && said ? headingRun(blocks, index, true) : undefined;
  const named = run && run.values.length >= 2 && run.values.every(shortName);
  return mention && named ? { mention, run } : undefined;
}

const BEHAVIOURS = /\bbehaviou?rs?\b/i;

/** The kind an announcement gives, else the section's: pillars under a pillars heading. */
function setKindIn(section: SectionNodes, given: Announcement | undefined): SetKind {
  if (pillarsNamingValues(section)) return "values";
  return given?.mention.kind ?? (section.kind === "pillars" ? "pillars" : "values");
}

/**
 * "## Our cultural pillars" over "Our school values are known to students as our cultural
 * pillars": the section's text says its pillars are the values, so they are a set of values.
 */
function pillarsNamingValues(section: SectionNodes): boolean {
  return (
    section.kind === "pillars" &&
    section.nodes.some((node) => node.type === "paragraph" && CALLED_PILLARS.test(plainText(node)))
  );
}
const CALLED_PILLARS =
  /\b(?:values|principles|beliefs)\b[^.!?]{0,60}?\b(?:known|called|call|named|name|referred\s+to)\b[^.!?]{0,40}?\bpillars\b/i;

/** "They are a, b and c." after the sentence `named` a set in, with its count. */
function theyAreLead(text: string, named: Mention) {
  const items = theyAre(text);
  return items ? { count: named.count, countIndex: null, items } : null;
}

/** "A, B and C." alone after the sentence `named` a set in, as many as it counted. */
function namesAloneLead(text: string, named: Mention) {
  const items = namesAlone(text, named.count);
  return items ? { count: named.count, countIndex: null, items } : null;
}

/** A set drawn in place of its list or table, with the count its announcement gives. */
function replacing(
  node: RootContent,
  kind: SetKind,
  given: Announcement | undefined,
  values: Value[],
  form: "list" | "table" | "inline",
  section: string | null,
): FoundSet {
  return {
    kind,
    set: {
      label: given?.mention.label ?? setLabel(kind),
      declaredCount: given?.mention.count ?? null,
      declaredAt: given?.place ?? null,
      values,
      line: node.position?.start.line ?? 1,
      form,
      section,
      ...(given?.text ? { intro: given.text } : {}),
    },
    anchor: { node, mode: "replace", absorbed: [] },
  };
}

/** "Pillar 1: Rooted", "Value three – Candour": the part's number is not its name. */
const NUMBERED_PART = new RegExp(
  String.raw`^\s*(?:pillar|value|principle|belief|commitment)\s+${COUNT}\s*[:.–—-]\s*`,
  "i",
);
/** "Four things we hold to", "The five things we stand for": a count opening a values heading. */
const COUNTED_HEADING = new RegExp(String.raw`^\W*(?:(?:our|the)\s+)?(${COUNT})\s+\w+`, "i");
const VALUES_ROW = /^\s*(?:our\s+|core\s+)?values\s*$/i;
/** "There are five, painted on the wall:": the count of the set the sentence before named. */
const THERE_ARE = new RegExp(
  // (Or "We follow all seven:": a bare count of the set just named, right before the colon.)
  String.raw`\bthere\s+are\s+(${COUNT})\b(?!\s+of\b)|\ball\s+(${COUNT})\s*:\s*$`,
  "i",
);

const NUMBERED_HEADING = /^\s*(?:step\s+)?\d+[.):]?\s/i;
/** A value's name as a heading gives it: at most four words, no digits. */
const shortName = (value: Value) => value.name.split(/\s+/).length <= 4 && !/\d/.test(value.name);
/**
 * Parts of a "How we work" section that name ways of working: three or more, each short, each
 * the company's own sentence ("We answer every letter"), or each a rule of a few words with its
 * description ("**Start with the person who uses it** – we watch before we draw").
 */
const namesWays = (values: Value[]) =>
  values.length >= 3 &&
  (values.every(shortName) ||
    values.every((value) => ownSentence(value.name)) ||
    values.every(describedRule));
// (Not a heading asking a question: "What happens when an oven breaks down".)
const describedRule = (value: Value) =>
  value.description !== null &&
  value.name.split(/\s+/).length <= 6 &&
  !/\d/.test(value.name) &&
  !/^(?:how|what|where|when|why|who)\b/i.test(value.name);

/**
 * "1. **Listen** 2. **Sketch** 3. **Build**": a numbered run of names that are mostly one bare
 * verb each is a process's steps, not ways of working ("1. **Make it last**" is a way).
 */
function steps(list: List, items: { name: string }[]): boolean {
  const verbs = items.filter((item) => !/\s/.test(item.name) && startsWithVerb(item.name));
  return list.ordered === true && verbs.length * 2 >= items.length;
}

const STATEMENT_HEADER = /^\s*(?:our\s+)?(?:mission|vision|purpose)\b/i;

/** A table of values: the first column names them, the second describes them. */
const TABLE_HEADER =
  /^\s*(?:our\s+|core\s+)?(?:values?|principles?|beliefs?|commitments?|pillars?)\b/i;

/**
 * "| Value | Greyfield | Pennock's |": when every other column is headed by a name the prose
 * uses as one (capitalised after a lower-case word), the table compares those names value by
 * value; its rows are topics of the comparison, not a set.
 */
function comparesNames(table: Table, prose: () => Set<string>): boolean {
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  const column = Math.max(0, headedColumn(table));
  const names = header.filter((h, i) => i !== column && h !== "");
  return (
    names.length >= 2 &&
    names.every((name) => {
      const bare = name.replace(/['’]s?$/, "").replace(/\s+/g, " ");
      return /^\p{Lu}/u.test(bare) && prose().has(bare);
    })
  );
}

/**
 * The names `prose` uses as names: each run of up to four words that starts with a capital
 * after a word ending in a lower-case letter, a comma or a semicolon, and every shorter run
 * from that start ("Greyfield", "Greyfield Mutual"), each cut where a name's letters end
 * ("Pennock's" → "Pennock"). One pass, so any number of tables asks in constant time.
 */
function namesUsed(prose: string): Set<string> {
  const names = new Set<string>();
  const words = prose.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!/[\p{Ll},;]$/u.test(words[i - 1] as string) || !/^\p{Lu}/u.test(words[i] as string))
      continue;
    let run = "";
    for (const word of words.slice(i, i + MAX_NAME_WORDS)) {
      const letters = /^[\p{L}\p{N}&.-]*/u.exec(word)?.[0] ?? "";
      names.add(run + letters.replace(/\.$/, ""));
      if (letters !== word || letters === "") break;
      run += `${letters} `;
    }
  }
  return names;
}

const MAX_NAME_WORDS = 4;

/** The column headed "Value" (or the like), or -1. */
function headedColumn(table: Table): number {
  return (table.children[0]?.children ?? []).findIndex((c) => TABLE_HEADER.test(plainText(c)));
}

/**
 * Words a name may have in a column headed "Value": the header says it names one, so a rule
 * written as a sentence ("Play it before you argue about it") is a name there.
 */
const HEADED_NAME_WORDS = 12;

function tableValues(table: Table): Value[] | null {
  if (hasFiguresColumn(table)) return null;
  const rows = table.children.slice(1);
  const cell = (row: Table["children"][number], i: number) =>
    plainText(row.children[i] ?? { type: "text", value: "" }).trim();
  // The names are in the column headed "Value" (or the like), else the first that is not numbers.
  const headed = headedColumn(table);
  // "| Roast slow | Waste nothing |" over one row describing each: a grid whose headings are the
  // names.
  const [only, ...more] = rows;
  if (only && more.length === 0 && headed === -1) return gridValues(table, only);
  const numbers = rows.every((row) => /^\W*\d+\W*$/.test(cell(row, 0)));
  const column = headed !== -1 ? headed : numbers ? 1 : 0;
  const values = rows.flatMap((row) => {
    const name = cell(row, column);
    // "How do we behave?": a question explains a term; it names no value.
    if (name.endsWith("?")) return [];
    const description = row.children
      .map((_, i) => (i === column || (numbers && i === 0) ? "" : cell(row, i)))
      .filter(Boolean)
      .join(" ")
      .trim();
    if (!name || name.split(/\s+/).length > (headed === -1 ? 6 : HEADED_NAME_WORDS)) return [];
    return [{ name, description: description || null, line: row.position?.start.line ?? 1 }];
  });
  return values.length >= 2 && values.length === rows.length ? values : null;
}

/** The header cells of a one-row grid as values, the row's cell under each as its description. */
function gridValues(table: Table, row: Table["children"][number]): Value[] | null {
  const names = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  if (names.length < 2 || names.some((n) => !n || n.split(/\s+/).length > 6)) return null;
  const line = table.position?.start.line ?? 1;
  return names.map((name, i) => {
    const description = plainText(row.children[i] ?? { type: "text", value: "" }).trim();
    return { name, description: description || null, line };
  });
}

/**
 * A sub-heading that titles its list without a count ("### Values for learning") under a section
 * heading that counts the set ("## Our six values"): the section's count, the title's label.
 */
function countedByHeading(
  titled: Announcement | undefined,
  headed: Announcement | undefined,
): Announcement | undefined {
  if (!titled || !headed || titled.text !== undefined || titled.mention.count !== null) return;
  if (titled.mention.kind !== headed.mention.kind) return;
  return {
    ...titled,
    mention: { ...titled.mention, count: headed.mention.count },
    place: headed.place,
  };
}

/** A counted mention in the section's heading ("Our five values"). */
function headingCount(section: SectionNodes): Announcement | undefined {
  const place = { line: section.line, column: 1 };
  const mention = mentions(section.heading).find((m) => m.count !== null);
  if (mention) return { mention, place };
  // "Four things we hold to", "Three words we live by": a values heading that starts with a count.
  const count = COUNTED_HEADING.exec(section.heading)?.[1];
  if (!count || section.kind !== "values") return undefined;
  const label = "Values";
  return {
    mention: { kind: "values", label, count: parseCount(count), countIndex: 0, end: 0 },
    place,
  };
}

/**
 * A count in the paragraph right before `index` ("… three pillars."). In its last sentence it
 * announces what follows; earlier ("Our culture rests on five principles. We wrote them down …")
 * only when the run that follows has exactly that many parts.
 */
function countedBefore(
  blocks: DocBlock[],
  index: number,
): { announcement: Announcement; exact: boolean } | null {
  const previous = previousParagraph(blocks, index);
  if (!previous) return null;
  const last = previous.length - 1;
  for (let position = last; position >= 0; position--) {
    const announcement = countedIn(previous[position] as Sentence);
    if (announcement) return { announcement, exact: position < last };
  }
  return null;
}

/** The sentence as the announcement of a set, when it counts one ("our four values"). */
function countedIn(sentence: Sentence): Announcement | null {
  const mention =
    mentions(sentence.text).find((m) => m.count !== null) ?? routeMention(sentence.text, false);
  return mention
    ? { mention, place: sentence.at(mention.countIndex ?? 0), text: sentence.text }
    : null;
}

/** The paragraph right before `index` names a set ("These are the principles we hire for"). */
function leadNamesSet(blocks: DocBlock[], index: number): boolean {
  return (previousParagraph(blocks, index) ?? []).some((s) => mentions(s.text).length > 0);
}

/** A heading that names a set ("### Our Principles"): it may stand between a lead-in and its list. */
function namesSet(node: RootContent): boolean {
  return node.type === "heading" && mentions(plainText(node)).length > 0;
}

/** A counted mention ("our four values") in the section's text before `index`. */
function introCount(
  blocks: DocBlock[],
  index: number,
  section: SectionNodes,
): Announcement | undefined {
  for (const block of blocks.slice(0, index)) {
    if (block.section !== section) continue;
    for (const sentence of block.sentences) {
      const counted = countedIn(sentence);
      if (counted) return counted;
    }
  }
  return undefined;
}

function nameKey(values: Item[]): string {
  return values
    .map((v) => v.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""))
    .sort()
    .join("|");
}

const described = (set: ValueSet) => set.values.filter((v) => v.description).length;
const capitalised = (set: ValueSet) => set.values.filter((v) => /^\p{Lu}/u.test(v.name)).length;

/** One set per list of names: the first keeps its place and count, the richer wording wins. */
function merge(found: FoundSet[]): FoundSet[] {
  const merged: FoundSet[] = [];
  // Twins found by key, not by comparing every pair (a twin's values keep the key's names).
  const byKey = new Map<string, FoundSet>();
  /** The first set each name belongs to. */
  const byName = new Map<string, FoundSet>();
  for (const current of found) {
    const key = nameKey(current.set.values);
    const twin = byKey.get(key);
    if (!twin) {
      // Some of an earlier set's names again ("How the values compare": two of the four): the
      // text speaks about that set; it gives no new one.
      const names = key.split("|");
      const owner = byName.get(names[0] ?? "");
      if (owner?.kind === current.kind && names.every((n) => byName.get(n) === owner)) continue;
      merged.push(current);
      byKey.set(key, current);
      for (const n of names) if (!byName.has(n)) byName.set(n, current);
      continue;
    }
    const richer =
      described(current.set) !== described(twin.set)
        ? described(current.set) > described(twin.set)
        : capitalised(current.set) > capitalised(twin.set);
    if (richer) twin.set.values = current.set.values;
    twin.set.intro ??= current.set.intro;
    if (twin.set.declaredCount === null) {
      twin.set.declaredCount = current.set.declaredCount;
      twin.set.declaredAt = current.set.declaredAt;
    }
    if (current.anchor.mode === "replace") {
      // The detailed list replaces the announcement's cards; the announcing paragraph stays prose.
      twin.anchor = current.anchor;
      twin.set.form = current.set.form;
    }
  }
  return merged;
}
