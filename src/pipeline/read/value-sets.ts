/**
 * Value sets and pillars, in every form the text gives them: bullet lists after an announcement
 * or in a values section, `###` sub-headings under a values heading, and enumerations inside
 * sentences. An announced count is taken from the announcement ("6 core values that guide …:")
 * or from the sentence right after the list ("These four guiding values …"). The same list given
 * twice (announced inline, then detailed as bullets) is one set.
 */

import type { Value } from "../../schema/schema.js";
import { missionComponents } from "./analysis-grids.js";
import {
  fromList,
  fromParagraphs,
  fromStatementsTable,
  fromValuesTable,
  type Here,
  type Reading,
} from "./block-sets.js";
import type { DocBlock } from "./blocks.js";
import { sectionName } from "./blocks.js";
import { contentsListsOf } from "./contents.js";
import { pageMark } from "./continued-lists.js";
import { countedLater } from "./counted-later.js";
import { echoedHeadings } from "./echoed-headings.js";
import {
  COUNT,
  countAt,
  countedBack,
  countedBehaviours,
  countedLead,
  countedNoun,
  countedThings,
  enumerations,
  formerSet,
  forwardMention,
  frontedList,
  groundedList,
  hashtagLine,
  heldLead,
  heldList,
  heldSaid,
  initialsInline,
  initialsLead,
  LEAD_NOUN,
  type LeadCount,
  type Mention,
  mentions,
  namesAlone,
  namesLine,
  nicknameCount,
  ownerValues,
  parseCount,
  partLead,
  promisedInline,
  routeMention,
  setLabel,
  sourceLead,
  theseOpening,
  theyAre,
  trailingCount,
  valuesMention,
} from "./enumeration.js";
import { linkLine } from "./faq.js";
import {
  type FoundSet,
  inlineAfter,
  inQuote,
  merge,
  replacing,
  withEvidence,
} from "./found-sets.js";
import { glossedList, MOST_SENTENCES } from "./glossed-lists.js";
import { headingNounCount, nicknamedCount } from "./heading-nouns.js";
import { framework, headingRun, shortNamed } from "./heading-runs.js";
import { calledValues, heldQualities } from "./held-qualities.js";
import { colonCount, replacedCount, sectionLeadCount } from "./lead-counts.js";
import { listItems } from "./list-items.js";
import { othersEntries } from "./listicle.js";
import { closesSection, countedSections, numberedSections } from "./numbered-sections.js";
import { FIRST_PERSON, otherVoice } from "./other-voices.js";
import { attribution, footer, kicker } from "./page-furniture.js";
import { questionParts } from "./question-parts.js";
import { openQuotes } from "./quoted-lists.js";
import { beforeQuestions, type SectionNodes } from "./sections.js";
import type { Sentence } from "./sentences.js";
import {
  type Announcement,
  COUNTED_HEADING,
  countedBackTo,
  countedBefore,
  countedIn,
  countedLeadHeading,
  countedOther,
  headingCount,
  heldHeading,
  introCount,
  leadNamesSet,
  namesSet,
  ownWaysBefore,
  previousParagraph,
  sectionIntroCount,
  titleAbove,
} from "./set-counts.js";
import { judgesGivenSet } from "./set-judgements.js";
import { namesWays, setKindIn } from "./set-kinds.js";
import { namesRival, ownedElsewhere, pointsElsewhere, referent, writersOwn } from "./set-owners.js";
import {
  CALLED_VALUES,
  datedHeading,
  formerHeading,
  promiseCount,
  promiseHeading,
  setSection,
  underTopicHeading,
} from "./set-sections.js";
import { turnsOf } from "./speaker-turns.js";
import { joinSplit } from "./split-sets.js";
import { spokenList } from "./spoken-lists.js";
import { figuredNames } from "./table-figures.js";
import { plainText } from "./text.js";
import { foundingSet, heldOnce } from "./told-as-past.js";
import { fewHeldLead, fewThingsLead } from "./uncounted-leads.js";
import {
  boldLed,
  boldList,
  boldOnly,
  closedName,
  countedBold,
  heldBold,
  leadsIn,
  namedLines,
  namedLinesNode,
  namedParagraph,
  nameOverCaption,
  paragraphRun,
} from "./value-paragraphs.js";
import { proseNamesOf } from "./value-tables.js";

/** A set's owner in general: "every company", "most firms", "companies have …". */
const ANY_COMPANY =
  /\b(?:every|each|any|all|most)\s+(?:compan(?:y|ies)|firms?|business(?:es)?|organi[sz]ations?|brands?|employers?)\b|\b(?:companies|firms|businesses|organi[sz]ations|brands|employers)\s+(?:have|list|publish|write)\b/i;

export function findValueSets(input: DocBlock[], names: string[] = []): FoundSet[] {
  // (A list quoted after a lead-in's colon is read as if it stood unquoted.)
  const { blocks, opened } = openQuotes(input);
  const owner = ownerValues(names);
  const found: FoundSet[] = [];
  const contentsList = contentsListsOf(blocks);
  let setSectionBelow: boolean | undefined;
  /** Whether a section below the title names a set, read once and only if the title does. */
  const setsBelow = () => {
    setSectionBelow ??= blocks.some((b) => b.section.depth > 1 && setSection(b.section).inSet);
    return setSectionBelow;
  };
  // A listicle's entries about other organisations hold their values, not the company's.
  const others = othersEntries(blocks, names);
  // ("### Why work with us?" under the values, over the perks: another topic's answer.)
  const asides = questionParts(blocks);
  /** The names the paragraphs use, read once and only if a table needs them. */
  const prose = proseNamesOf(blocks);

  const turnsBySection = new Map<SectionNodes, ReadonlyMap<string, number>>();
  const reading: Reading = {
    blocks,
    found,
    announcement: undefined,
    lastSetBlock: -1,
    prose,
    names,
    turns: (section) => {
      let turns = turnsBySection.get(section);
      if (!turns) {
        turns = turnsOf(leadsIn(blocks, section));
        turnsBySection.set(section, turns);
      }
      return turns;
    },
  };
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as DocBlock;
    const { node, section } = block;
    // (The page's kicker line is furniture: "Based on 40 reviews and a visit" names no set.)
    if (
      (section.kind === "faq" && !beforeQuestions(section, node)) ||
      kicker(block) ||
      footer(blocks, index) ||
      (node.type === "paragraph" && pageMark(plainText(node))) ||
      attribution(blocks, index)
    )
      continue;
    if (others.has(block) || asides.has(block)) {
      reading.announcement = undefined;
      continue;
    }
    const name = sectionName(section);

    const { inSet: setHeading, ways: waysSection, pledges, dated, uses } = setSection(section);
    // (A title naming the values among the page's topics, "# Culture, Values and Tips", over a
    // page with a values section of its own: what sits under the title is the page's facts.)
    const inSet = setHeading && !(section.depth === 1 && setsBelow());
    const sectionGave = found.some((f) => f.set.section === name);
    // (Once the section has given its set, a sub-heading titling another topic ends it.)
    const inSetSection = inSet && !(sectionGave && underTopicHeading(blocks, index));
    // A count in the heading ("## Our five values") announces the section's first set.
    const headed = inSetSection && !sectionGave ? headingCount(section) : undefined;

    // A table of contents ("1. Mission", "2. The four values", "3. FAQ", each one of the page's
    // headings) is navigation: no set, and it ends any lead-in before it.
    if (node.type === "list" && contentsList(node)) {
      reading.announcement = undefined;
      continue;
    }
    // A line of links ("[Donate](…) · [Join us](…)") is navigation too: calls to act, no set.
    if (linkLine(node)) {
      reading.announcement = undefined;
      continue;
    }
    const here: Here = {
      index,
      block,
      section,
      name,
      inSetSection,
      headed,
      waysSection,
      pledges,
      dated,
    };
    const taken =
      node.type === "list"
        ? fromList(reading, here, node)
        : node.type === "paragraph"
          ? fromParagraphs(reading, here, node)
          : node.type === "table"
            ? (fromStatementsTable(reading, here, node) ?? fromValuesTable(reading, here, node))
            : undefined;
    if (taken !== undefined) {
      index = taken;
      continue;
    }

    // Elsewhere, sub-headings right after "… rests on three strategic pillars." are the set.
    // The run of headings from here, read once and only when a heading may start a set.
    let headings: ReturnType<typeof headingRun> | undefined;
    const runHere = () => {
      headings ??= headingRun(blocks, index);
      return headings;
    };
    const before =
      node.type === "heading" && !inSetSection
        ? (countedBefore(blocks, index) ?? ownWaysBefore(blocks, index))
        : null;
    // (Not when that paragraph gave the set itself: "… rests on four values: Safe, Fair, …".)
    const counted =
      before &&
      reading.lastSetBlock !== index - 1 &&
      (!before.exact || runHere().values.length === before.announcement.mention.count)
        ? before.announcement
        : node.type === "heading" && !inSetSection
          ? titleAbove(blocks, index)
          : null;
    // "## How we work" over "### Openness", "### Frugality", "### Care for the sky": short
    // unnumbered headings.
    const ways = node.type === "heading" && waysSection && !counted;
    // "… each value with its behaviours." over "### Respect" and its behaviour bullets, and so
    // on: a values-and-behaviours framework; the headings are the values. (Outside a values
    // section its count is said after the run; the paragraph's may be an old framework's:
    // "previously had seven values". Inside one, the section's lead-in counts it as usual.)
    const behaviours =
      node.type === "heading" && !counted && !ways ? framework(blocks, index) : undefined;
    // "**Be bold. Be kind. Be you.**" over "#### Be bold", "#### Be kind", "#### Be you": the
    // headings take up the bold line's parts, one each.
    const echoed =
      node.type === "heading" && !inSetSection && !counted && !ways && !behaviours
        ? echoedHeadings(blocks, index)
        : undefined;
    if (node.type === "heading" && (inSetSection || counted || ways || behaviours || echoed)) {
      const run = behaviours?.run ?? echoed ?? runHere();
      const named = !ways || namesWays(run.values);
      // (Numbered ones are a process's steps, unless the paragraph before names the set without a
      // count the run disagrees with: "These are the principles we hire for".)
      const processSteps =
        ways &&
        NUMBERED_HEADING.test(plainText(node)) &&
        (before !== null || !leadNamesSet(blocks, index));
      // (Once the section has given its set, headings after it name other parts of the page —
      // "## What I stand for" over its list, then "### Weddings", "### Subscriptions" — unless
      // they take up the set's own names, one section each, or something counts them.)
      const otherParts =
        !counted && listGave(found, name) && !retellsSetGiven(run.values, found, name);
      if (run.values.length >= 2 && named && !processSteps && !otherParts) {
        const given =
          (behaviours && !inSetSection) || echoed
            ? undefined
            : (counted ??
              introCount(blocks, index, section) ??
              headingCount(section) ??
              (inSetSection ? sectionIntroCount(blocks, index) : undefined));
        const runNames = run.values.map((v) => v.name);
        const intro = countedOther(blocks, index, given, runNames) ? undefined : given;
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
        reading.lastSetBlock = index;
        reading.announcement = undefined;
        continue;
      }
    }

    // "… these eight principles." closing its section, then "## 1. Own the outcome", "## 2. …";
    // or "The five values below …" then five short `##` headings, each with its text.
    // (The paragraph itself counts them: a title's count, "# 6 Companies Whose Values …", counts
    // a listicle's entries.)
    const closes = node.type === "paragraph" && closesSection(blocks, index);
    const counting = closes
      ? (block.sentences.map(countedIn).find((a) => a !== null) ??
        countedBackTo(blocks, index) ??
        (inSet ? thingsCounted(block.sentences) : null))
      : null;
    // (A page titled for the set, "# Our Values", opens with the lead-in to its parts; so does a
    // values section of its own that counts them over no list, "## Our Values" over
    // "… comes back to four values." and then "## Respect", "## Everyone plays": its parts follow.)
    const titlePage =
      closes &&
      inSet &&
      SET_TITLE.test(section.heading) &&
      (section.depth === 1 ||
        (counting !== null && !sectionGave && section.nodes.every((n) => n.type === "paragraph")));
    const partsIntro =
      counting ??
      (titlePage
        ? { mention: titleMention(section.heading), place: null, text: plainText(node) }
        : null);
    const parts =
      partsIntro &&
      ((counting && numberedSections(blocks, index)) ||
        countedSections(blocks, index, {
          count: partsIntro.mention.count,
          text: partsIntro.text ?? "",
          ahead: titlePage,
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
      reading.lastSetBlock = index;
      reading.announcement = undefined;
      continue;
    }
    // "… four principles:" then "### Our Principles" then the list: the heading only names it.
    if (!(reading.announcement && namesSet(node))) reading.announcement = undefined;
    else continue;
    // "a few principles: **say what we see**, even when …; **leave the client stronger**, …".
    // (Or in a bullet of a list that is no set itself: a post's "👉 Our values aren't a poster.
    // We have three — **Own it**, …".)
    const paragraphs =
      node.type === "paragraph"
        ? [node]
        : node.type === "list"
          ? node.children.flatMap((item) => item.children.filter((c) => c.type === "paragraph"))
          : [];
    const boldAt = paragraphs
      .map((paragraph) => ({ paragraph, bold: boldList(paragraph) }))
      .find((at) => at.bold !== null);
    const bold = boldAt?.bold ?? null;
    // "Two values shape our work. We look for **patience** in … We also prize **thrift** …".
    const boldCounted = node.type === "paragraph" && !bold ? countedBold(node) : null;
    const held =
      node.type === "paragraph" && !bold && !boldCounted
        ? heldBold(node, section.kind === "values")
        : null;
    // Any way one inline set of bold names, placed after the paragraph — not a rival's ("Cobalt
    // Line is the challenger. … The company lists four values: **Speed**, …").
    const boldNamed = bold && !boldElsewhere(block, names) ? bold : boldCounted;
    const inline = boldNamed
      ? { ...boldNamed.mention, names: boldNamed.names, line: boldNamed.line }
      : held && { kind: "values" as const, label: "Values", ...held };
    if (inline) {
      found.push(
        inlineAfter(node, inline.kind, {
          label: inline.label,
          declaredCount: inline.count,
          declaredAt: null,
          values: inline.names.map((n) => ({ name: n, description: null, line: inline.line })),
          line: inline.line,
          section: name,
          intro: plainText(boldAt?.paragraph ?? node),
        }),
      );
      reading.lastSetBlock = index;
      continue;
    }
    // The sentence of this block that gave the last set, if one did.
    let setSentence = -1;
    block.sentences.forEach((sentence, position) => {
      const trailing = trailingCount(sentence.text);
      const previous = found.at(-1);
      // Right after the set: the next block's first sentence, or the next sentence of its own
      // paragraph ("… stands for a, b and c. Those three ideas …").
      // (Not across a heading: "## Principles" then "Four principles shape …" announces its own.)
      const follows =
        (reading.lastSetBlock === index - 1 &&
          position === 0 &&
          blocks[index - 1]?.section === block.section) ||
        (setSentence >= 0 && setSentence === position - 1);
      if (trailing && previous && previous.set.declaredCount === null && follows) {
        previous.set.declaredCount = trailing.count;
        previous.set.declaredAt = sentence.at(trailing.countIndex ?? 0);
      }
      // A rival's values, quoted for comparison, are not the company's; nor the writer's own.
      if (namesRival(sentence.text) || writersOwn(sentence.text)) return;
      const listed = enumerations(sentence.text, owner);
      // ("The values are conventional, with Curiosity …": a judgement of the set given.)
      if (listed[0] && judgesGivenSet(sentence.text, listed[0].items, found)) return;
      const next = block.sentences[position + 1]?.text ?? "";
      const held =
        listed.length === 0
          ? (heldQualities(sentence.text) ??
            calledValues(sentence.text, next) ??
            initialsInline(sentence.text))
          : null;
      if (held) listed.push(held);
      // "The company keeps its values short. There are three: a, b and c." (Or the paragraph
      // before asks: "Are there values behind that?" over "Three, and …: a, b, c.")
      const before =
        position > 0 ? block.sentences[position - 1] : previousParagraph(blocks, index)?.at(-1);
      // ("Marlpit Foods plays it safe. Its values — …": "its" is that firm's.)
      const spoken = position > 0 ? referent(block.sentences, position) : (before?.text ?? "");
      if (pointsElsewhere(sentence.text, spoken, names)) return;
      // ("**About Larkspur Trust.** … We value wonder, grit and laughter.": the trust's own.)
      if (FIRST_PERSON.test(sentence.text) && otherVoice(block, names)) return;
      // ("**And values? Every firm has a list.**" over "We have three, and …: a, b, c": the
      // question before names the set the answer counts.)
      // ("**The co-op has a set of principles. What are they?**": the question's paragraph names it.)
      const question = position === 0 ? previousParagraph(blocks, index) : undefined;
      const asked = question?.some((s) => /\?\s*$/.test(s.text))
        ? question.map((s) => s.text).join(" ")
        : "";
      // (Not a set the sentence before scrapped: "has scrapped the five brand values — …".)
      const beforeText = before?.text ?? "";
      // (Nor values every company has: "Every company has values. Most of them are the same five
      // words …: integrity, innovation, …" — the genre's, no one's own, unless the sentence turns
      // to the company's: "Ours are …".)
      if (ANY_COMPANY.test(beforeText) && !/\b(?:we|our|ours|us)\b/i.test(sentence.text)) return;
      const named =
        mentions(beforeText).filter((m) => !formerSet(beforeText, m))[0] ?? mentions(asked)[0];
      // ("… three things decide it: a, b and c. Call them our values if you like": the sentence
      // after names the set the count leads in.)
      const given = named !== undefined || section.kind === "values" || CALLED_VALUES.test(next);
      const part = listed.length === 0 && given ? partLead(sentence.text) : null;
      const previousSet = found.at(-1);
      if (part?.rest && previousSet?.set.form === "inline" && reading.lastSetBlock === index - 1) {
        // "The other two …: d and e." continues the set the paragraph before began.
        const line = sentence.at(0).line;
        previousSet.set.values.push(...part.items.map((item) => ({ ...item, line })));
        reading.lastSetBlock = index;
        return;
      }
      // ("… agreed four things we won't compromise on: a; b; and c." names them anywhere.)
      // ("The first three are …: a, b and c." after "rests on five values": the five begin.)
      const lead =
        listed.length === 0
          ? ((given ? countedLead(sentence.text) : null) ??
            (named ? sourceListLead(sentence.text, named) : null) ??
            heldList(sentence.text) ??
            (part && !part.rest
              ? { count: named?.count ?? null, countIndex: null, items: part.items }
              : null) ??
            // ("We have four values. They are a, b, c and d." — or "A, B, C and D." alone.)
            (named && !heldOnce(sentence.text, before?.text ?? "")
              ? theyAreLead(sentence.text, named)
              : null) ??
            (named ? namesAloneLead(sentence.text, named) : null) ??
            frontedLead(sentence.text) ??
            countedBehaviours(sentence.text) ??
            // ("For us it is plainness, thrift and nerve." over "Plainness, because …").
            glossedList(sentence.text, () => {
              const rest = block.sentences.slice(position + 1, position + 1 + MOST_SENTENCES);
              const after = blocks[index + 1];
              // (A list after it is read as the set in its own right.)
              const more =
                after?.section === section && after.node.type === "paragraph"
                  ? after.sentences.slice(0, MOST_SENTENCES)
                  : [];
              return [...rest, ...more].map((s) => s.text);
            }))
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
        found.push(
          inlineAfter(node, enumeration.kind, {
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
            section: name,
            intro: sentence.text,
          }),
        );
        reading.lastSetBlock = index;
        setSentence = position;
      }
    });
    // "We have three values. Mend it. Ride it. Tell the truth.": one short sentence each.
    const spoken =
      node.type === "paragraph" && reading.lastSetBlock !== index
        ? spokenList(block.sentences)
        : null;
    if (spoken) {
      found.push(
        inlineAfter(node, spoken.mention.kind, {
          label: spoken.mention.label,
          declaredCount: spoken.mention.count,
          declaredAt: spoken.sentence.at(spoken.mention.countIndex ?? 0),
          values: spoken.names.map(({ name, sentence }) => ({
            name,
            description: null,
            line: sentence.at(0).line,
          })),
          line: spoken.sentence.at(0).line,
          section: name,
          intro: spoken.sentence.text,
        }),
      );
      reading.lastSetBlock = index;
      continue;
    }
    // A paragraph ending in ":" that mentions values announces the list that follows.
    const last = block.sentences.at(-1);
    // So does one that counts them ("We've got five values. You'll hear them daily:") when a
    // list or table follows.
    // A sub-heading that only names the set may stand between ("### Our Principles").
    const between = blocks[index + 1];
    const skip = between !== undefined && namesSet(between.node);
    const nextAt = index + (skip ? 2 : 1);
    const next = blocks[nextAt];
    const listFollows =
      next?.section === section &&
      (next.node.type === "list" ||
        next.node.type === "table" ||
        namedParagraph(next.node) !== null ||
        (next.node.type === "paragraph" && namedLines(next.node) !== null) ||
        // "Aroha" over "We are kind …" on the next line: a name pasted from an accordion.
        (next.node.type === "paragraph" && nameOverCaption(next.node) !== null) ||
        // "**Slow.**", "**Local.**": bold names alone, a paragraph each; "Integrity. We tell …",
        // "Vigilance. We assume …": plain names closed by a full stop.
        ((boldOnly(next.node) || closedName(next.node) !== null) &&
          paragraphRun(blocks, nextAt).values.length >= 2) ||
        // "We work by four values:" above "Care · Craft · Community · Courage".
        (next.node.type === "paragraph" && namesLine(plainText(next.node)) !== null) ||
        // "… the three values we hire for:" above "#Candour #Craft #Generosity".
        (next.node.type === "paragraph" && hashtagLine(plainText(next.node)) !== null));
    // "### Tarrant's values" inside a broader section, right above its list.
    // (Not "### Commitments for 2027": targets for a date.)
    // (Or one that names them by what the company holds to: "### Three things we believe".)
    const titled =
      node.type === "heading" && listFollows && !datedHeading(plainText(node))
        ? (mentions(plainText(node))[0] ?? heldHeading(plainText(node)))
        : undefined;
    if (titled) {
      const place = { line: node.position?.start.line ?? 1, column: 1 };
      reading.announcement = {
        mention: titled,
        place: titled.count === null ? null : place,
        distance: 0,
      };
    }
    // (Under "How we use the values", a lead-in naming them leads in to processes.)
    // ("Ovenly, an app, states its purpose as “…”. It lists four values:": another's list.)
    const ahead = block.sentences.at(-2) ?? previousParagraph(blocks, index)?.at(-1);
    if (
      node.type === "paragraph" &&
      last &&
      listFollows &&
      !uses &&
      !namesRival(plainText(node)) &&
      !writersOwn(last.text) &&
      !pointsElsewhere(last.text, ahead?.text ?? "", names) &&
      // ("When we started Loomwell … In our second week we wrote five values on a whiteboard:":
      // the set of the company's first days, not the one it holds — unless "we still live by
      // them".)
      !foundingSet(plainText(node)) &&
      // ("If you think we have fallen short of any of these principles:" over how to complain:
      // a lead-in pointing back to the set given, into what to do about it.)
      !PARTITIVE_BACK.test(last.text)
    ) {
      // ("… with the line “At our core, we are:”": a colon that closes a quotation leads in too.)
      const colon = /:["”’]?\s*$/.test(last.text);
      // ("… the five things we care about when we make decisions. These aren't new. …" over a
      // list of five: the things held to, counted, are that list.)
      const items = next?.node.type === "list" ? next.node.children.length : null;
      const heldOver = (text: string) => {
        const held = heldSaid(text);
        return held && held.count === items ? valuesMention(held.count, held.index) : undefined;
      };
      const counted = block.sentences
        .map((sentence) => ({
          sentence,
          mention:
            // (Not the set it "used to list": a former set's count is not the new one's.)
            mentions(sentence.text).find((m) => m.count !== null && !formerSet(sentence.text, m)) ??
            routeMention(sentence.text, section.kind === "vision") ??
            heldOver(sentence.text) ??
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
      // (So does an interview's question in the paragraph before: "And the values?" over
      // "There are four of them:".)
      const asked =
        block.sentences.length === 1 ? previousParagraph(blocks, index)?.at(-1) : undefined;
      const namedBefore = [
        ...block.sentences.slice(0, -1),
        ...(asked && /\?\s*$/.test(asked.text) ? [asked] : []),
      ].some((sentence) => mentions(sentence.text).some((m) => m.kind === "values"));
      // (So does one under "## What drives us": "Four things, in no particular order:".)
      // Under "## Our behaviours", a lead-in with no colon counts the set too: "There are four."
      // (In any of its sentences: "We keep to three behaviours. Read them before you apply.")
      // (Not over a heading that counts the set itself: "## Our six values" over "We use them
      // when two good ideas collide." counts the ideas, not the values.)
      const counting =
        !colon && (inSetSection || waysSection) && headed?.mention.count == null
          ? block.sentences.filter((sentence) => sectionLeadCount(sentence.text)).at(-1)
          : undefined;
      const lead =
        colon && !mention
          ? ((inSetSection || waysSection || namedBefore ? countedNoun(last.text) : null) ??
            // ("## What we hold onto" over "There are still four of them, and …:".)
            (inSetSection || waysSection ? sectionLeadCount(last.text) : null) ??
            (namedBefore ? colonCount(last.text) : null) ??
            (namedBefore ? sectionLeadCount(last.text) : null) ??
            (namedBefore ? nicknameCount(last.text) : null) ??
            // ("## The Larkhill Habits" over "Our five Larkhill Habits are …:".)
            headingNounCount(section.heading, last.text) ??
            heldLead(last.text) ??
            // "our Five Cs:" over items that each lead with a bold name.
            (boldLed(next?.node) ? initialsLead(last.text) : null))
          : counting
            ? sectionLeadCount(counting.text)
            : null;
      // "… our 5 Cs. … I'd defend every one of them:" over bold-named items or lines: the
      // initials, named earlier in the lead-in, count the set.
      const initials =
        colon && !mention && !lead && (boldLed(next?.node) || namedLinesNode(next?.node))
          ? block.sentences
              .map((sentence) => ({ sentence, count: initialsLead(sentence.text, true) }))
              .find((x) => x.count)
          : undefined;
      // "Our values fit in three words, chalked above the bar. … hold us to them:": the sentence
      // that names the values counts them by another noun, the colon a sentence later.
      // ("The Five Graces are the service values …" over bold-named items: no colon needed.)
      const nicknamed =
        !colon && boldLed(next?.node)
          ? block.sentences
              .map((sentence) => ({ sentence, count: nicknamedCount(sentence.text) }))
              .find((x) => x.count)
          : undefined;
      const named =
        initials ??
        nicknamed ??
        (colon && !mention && !lead && namedBefore
          ? block.sentences
              .slice(0, -1)
              .filter((sentence) => heldValues(sentence.text) !== undefined)
              .map((sentence) => ({ sentence, count: countedNoun(sentence.text) }))
              .filter((x) => x.count)
              .at(-1)
          : undefined);
      const thereAt = block.sentences.filter((sentence) => THERE_ARE.test(sentence.text)).at(-1);
      if (mention) {
        reading.announcement = {
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
        reading.announcement = {
          mention: counted.mention,
          place: counted.sentence.at(counted.mention.countIndex ?? 0),
          distance: 0,
          text: counted.sentence.text,
        };
      } else if (lead || named?.count) {
        const kind = setKindIn(section, undefined);
        const count = (lead ?? named?.count) as LeadCount;
        reading.announcement = {
          mention: {
            kind,
            label: setLabel(kind),
            count: count.count,
            countIndex: count.index,
            end: 0,
          },
          place: (lead ? (counting ?? last) : (named?.sentence ?? last)).at(count.index),
          distance: 0,
          text: last.text,
        };
      } else if (!colon && block.sentences.some((sentence) => CALLED_VALUES.test(sentence.text))) {
        // ("… the company runs on four trail rules, chalked on a board. They are the closest
        // thing it has to company values." over the table of them: a sentence calls what
        // follows the values, an earlier one counts it — or the heading: "## Our four house
        // rules" over "Call them values if you like. Dad calls them the rules.")
        const counting = block.sentences
          .map((sentence) => ({ sentence, match: THINGS_CALLED_VALUES.exec(sentence.text) }))
          .filter((x) => x.match)
          .at(-1);
        const headed = counting ? null : THINGS_CALLED_VALUES.exec(section.heading);
        const count = counting?.match?.[1] ?? headed?.[1];
        reading.announcement = {
          mention: {
            kind: "values",
            label: setLabel("values"),
            count: count ? parseCount(count) : null,
            countIndex: counting?.match?.index ?? null,
            end: 0,
          },
          place: counting?.match
            ? counting.sentence.at(counting.match.index)
            : headed
              ? { line: section.line, column: 1 }
              : null,
          distance: 0,
          text: last.text,
        };
      } else if (
        colon &&
        ((namedBefore && fewThingsLead(last.text)) ||
          (fewHeldLead(last.text) && !found.some((f) => f.kind === "values")))
      ) {
        // "… no list of values. What we have is a handful of things people here say:".
        // ("A few things we try to live by:" says so itself — on a page that has given no values
        // yet: after them, "A few things we hold ourselves to:" is its hiring pledges.)
        const kind = setKindIn(section, undefined);
        reading.announcement = {
          mention: { kind, label: setLabel(kind), count: null, countIndex: null, end: 0 },
          place: null,
          distance: 0,
          text: last.text,
        };
      } else if (colon && thereAt && block.sentences.some((x) => mentions(x.text).length)) {
        // "They took their values seriously. There are five, painted on the wall:".
        // ("On values: there are four of them. From memory:": the count may come a sentence
        // before the colon that leads in.)
        const there = THERE_ARE.exec(thereAt.text) as RegExpExecArray;
        const named = block.sentences.flatMap((x) => mentions(x.text)).at(-1) as Mention;
        reading.announcement = {
          mention: {
            ...named,
            count: parseCount((there[1] ?? there[2]) as string),
            countIndex: there.index,
          },
          place: thereAt.at(there.index),
          distance: 0,
          text: thereAt.text,
        };
      } else {
        // "… when we wrote the beliefs below." and "There are eight of them.", then the run.
        const before = blocks[index - 1];
        const texts = [
          ...(before?.section === section ? before.sentences : []),
          ...block.sentences,
        ].map((sentence) => sentence.text);
        // ("## How we behave" over "These principles are not aspirations. …" over the list.)
        const opens = before?.section !== section || before.node.type === "heading";
        // ("### Our values" over "The trustees reaffirmed our values …" over the named
        // paragraphs: the sub-heading right above names the set the lead-in speaks of.)
        const subheading =
          before?.node.type === "heading" && before.section === section
            ? mentions(plainText(before.node))[0]
            : undefined;
        const speaksOf =
          subheading &&
          block.sentences.some((x) => mentions(x.text).some((m) => m.kind === subheading.kind));
        const ahead =
          forwardMention(texts) ??
          (opens ? theseOpening(block.sentences[0]?.text ?? "") : null) ??
          (speaksOf ? subheading : null);
        // ("## Our five ingredients" over "These are our values.": the heading counts them.)
        const count = COUNTED_HEADING.exec(section.heading)?.[1];
        const mention =
          ahead && ahead.count === null && count ? { ...ahead, count: parseCount(count) } : ahead;
        if (mention) reading.announcement = { mention, place: null, distance: 0 };
        // ("… are the company's values. Staff wrote them in 2019:": the last sentence points
        // back at the set the sentence before it names — and counts, or the heading does.)
        else if (colon && POINTS_BACK.test(last.text)) {
          const named = ownSet(block.sentences.at(-2)?.text);
          if (named)
            reading.announcement = {
              mention: { ...named, count: named.count ?? (count ? parseCount(count) : null) },
              place: null,
              distance: 0,
            };
        }
      }
    }
  }
  // A list its lead-in or heading gives to another organisation is theirs, not the company's.
  // (A set the headings after a counted heading give takes its place in the page's order.)
  for (const parts of [...headedSections(blocks, found), ...sentenceNames(blocks, found)]) {
    const at = found.findIndex((f) => f.set.line > parts.set.line);
    found.splice(at === -1 ? found.length : at, 0, parts);
  }
  const own = found.filter(
    (f) =>
      !ownedElsewhere(f.set.intro ?? "", names) &&
      !ownedElsewhere(f.set.section ?? "", names) &&
      !(f.kind === "values" && figuredNames(f.set.values)) &&
      !statementLabels(f.set.values) &&
      !missionComponents(f.set.values.map((v) => v.name)) &&
      !f.set.values.some((v) => FURNITURE_LABEL.test(v.name)),
  );
  if (!own.some((f) => f.kind === "values")) own.push(...promisedSet(blocks));
  return countedLater(joinSplit(merge(current(own))), blocks, names)
    .map((f) => inQuote(f, opened))
    .map(withEvidence);
}

/**
 * "**Our purpose:** to make …", "**Our vision:** a world where …": bold labels naming the page's
 * statements, each over its wording — not values named in bold.
 */
function statementLabels(values: Value[]): boolean {
  return values.filter((v) => STATEMENT_LABEL.test(v.name)).length * 2 >= values.length;
}
/** "*Photo caption: …*", "**Read next:** …": the page's furniture under labels, never a value. */
const FURNITURE_LABEL =
  /^(?:(?:photo|image|picture)\s+(?:caption|credit)|caption|read\s+next|read\s+more|related\s+(?:posts?|reading|articles?)|see\s+also|filed\s+under|editor['’]s\s+note)$/i;
const STATEMENT_LABEL =
  /^(?:(?:our|the|its|their)\s+)?(?:mission|vision|purpose|values|ambition)(?:\s+statement)?$/i;

/**
 * The sets without those a heading puts in the past ("## What we had before" over "In 2019 we
 * wrote down five values: …"), when the page gives another set of their kind: the one that
 * replaced them. (The only set of its kind is the page's, whatever its heading.)
 */
function current(found: FoundSet[]): FoundSet[] {
  const former = (f: FoundSet) => formerHeading(f.set.section ?? "");
  return found.filter(
    (f) => !former(f) || !found.some((other) => other.kind === f.kind && !former(other)),
  );
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
  // (Each bold lead may be a whole pledge: "**We never send out a pizza we would not eat.**" is
  // named by its head clause, as a values section's sentences are.)
  const items = block?.node.type === "list" ? listItems(block.node, true) : null;
  if (!block || !items) return promisedParagraphs(blocks) ?? promisedInSentence(blocks);
  // ("## 1.2 Our 5 Promises": the heading counts them.)
  const count = promiseCount(block.section.heading);
  const place = { line: block.section.line, column: 1 };
  const given =
    count === null ? undefined : { mention: valuesMention(count, 0), place, distance: 0 };
  return [replacing(block.node, "values", given, items, "list", sectionName(block.section))];
}

/**
 * "## What you can expect from us" over "Honesty – We'll tell you …", "Gentleness – …": three
 * paragraphs or more, each opening on its name, are the promises.
 */
function promisedParagraphs(blocks: DocBlock[]): FoundSet[] | null {
  for (const [index, { node, section }] of blocks.entries()) {
    if (node.type !== "paragraph" || !promiseHeading(section.heading)) continue;
    const run = paragraphRun(blocks, index);
    if (run.values.length < 3) continue;
    return [
      replacing(node, "values", undefined, run.values, "list", sectionName(section), run.absorbed),
    ];
  }
  return null;
}

/** "… into our three promises: we turn up, we listen, and we stay.": the promises a sentence lists. */
function promisedInSentence(blocks: DocBlock[]): FoundSet[] {
  for (const { node, section, sentences } of blocks) {
    for (const sentence of sentences) {
      const promised = promisedInline(sentence.text) ?? countedThings(sentence.text);
      if (!promised) continue;
      const line = sentence.at(0).line;
      return [
        inlineAfter(node, "values", {
          label: setLabel("values"),
          declaredCount: promised.count,
          declaredAt: null,
          values: promised.items.map((item) => ({ ...item, line })),
          line,
          section: sectionName(section),
          intro: sentence.text,
        }),
      ];
    }
  }
  return [];
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
    // ("## Six behaviours" over "## Ship small", …: a counted heading of a generic noun.)
    if (!(setSection(section).inSet || countedLeadHeading(section.heading))) continue;
    if (section.kind === "faq") continue;
    const headed = headingCount(section);
    if (!headed) continue;
    const count = headed.mention.count;
    // (A section's counted heading over no list of its own vouches for a run one short of its
    // count: "## Our Five Values" over four sections, then the FAQ. A page title's count does not:
    // "# Four Values and a Stopwatch" opens with the article's own parts.)
    const parts = countedSections(blocks, index, {
      count,
      text: section.heading,
      ahead: true,
      oneShort: section.depth > 1,
    });
    // (The count vouches for the parts: a name may run to six words, "Roast for Flavour, Not
    // Fashion".)
    if (!parts?.every(shortNamed(6)) || parts.some((p) => given.has(p.name))) continue;
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

/**
 * "Four things, painted by an apprentice in 2021:" over "Measure twice. Own your bench. Tell it
 * straight. Leave it tidy.": a lead counting what follows its colon, over a paragraph of exactly
 * that many short sentences, each a name.
 */
function sentenceNames(blocks: DocBlock[], found: FoundSet[]): FoundSet[] {
  const taken = new Set(found.map((f) => f.set.line));
  const sets: FoundSet[] = [];
  for (const [index, block] of blocks.entries()) {
    const lead = blocks[index - 1];
    const leadText = lead?.sentences.at(-1)?.text ?? "";
    if (block.node.type !== "paragraph" || lead?.section !== block.section) continue;
    if (!/:\s*$/.test(leadText) || block.section.kind === "faq") continue;
    // (Not the names of the company's first days: "When we started …, we wrote five values:".)
    if (foundingSet(lead.sentences.map((s) => s.text).join(" "))) continue;
    const said =
      SENTENCES_LEAD.exec(leadText)?.[1] ??
      mentions(leadText).find((m) => m.kind === "values" && m.count !== null)?.count;
    const count = typeof said === "string" ? parseCount(said) : said;
    const names = block.sentences.map((s) => s.text.trim().replace(/[.!]$/, ""));
    const line = block.sentences[0]?.at(0).line ?? 0;
    if (!count || count < 2 || names.length !== count || taken.has(line)) continue;
    if (!names.every((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 5 && !/[,;:]/.test(n)))
      continue;
    sets.push(
      inlineAfter(block.node, "values", {
        label: setLabel("values"),
        declaredCount: count,
        declaredAt: null,
        values: names.map((name) => ({ name, description: null, line })),
        line,
        section: sectionName(block.section),
        intro: leadText,
      }),
    );
  }
  return sets;
}

/** "Four things, painted by …:", "There are three:": a bare count of what follows the colon. */
const SENTENCES_LEAD = new RegExp(
  String.raw`^\W*(?:there\s+are\s+|we\s+have\s+)?(${COUNT})(?:\s+${LEAD_NOUN})?(?:,[^.:;!?]{1,120})?:\s*$`,
  "i",
);

/** "any of these principles", "one of our values": a part of the set given, pointed back to. */
const PARTITIVE_BACK =
  /\b(?:any|each|one|some|none|either)\s+of\s+(?:these|those|our|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:values|principles|beliefs|commitments|pillars)\b/iu;

/** "They are a, b and c." after the sentence `named` a set in, with its count. */
function theyAreLead(text: string, named: Mention) {
  const items = theyAre(text);
  return items ? { count: named.count, countIndex: null, items } : null;
}

/**
 * "Its website lists six: a, b, …" after "Acme says it has seven values": the list, counted as
 * the sentence before counted the set (the source's own count when that one gave none).
 */
function sourceListLead(text: string, named: Mention) {
  const lead = sourceLead(text);
  if (!lead || named.count === null) return lead;
  return { count: named.count, countIndex: null, items: lead.items };
}

/** "A, B and C: those are our three values": the list before the words that name it. */
function frontedLead(text: string) {
  const fronted = frontedList(text);
  return fronted ? { count: fronted.count, countIndex: null, items: fronted.items } : null;
}

/**
 * "A, B and C." alone after the sentence `named` a set in, as many as it counted; after a
 * speaker's "From memory:", the ones recalled (the count stays, so a short list is flagged).
 */
function namesAloneLead(text: string, named: Mention) {
  const recalled = RECALLED.exec(text);
  const items = recalled
    ? namesAlone(text.slice(recalled[0].length), named.count, true)
    : namesAlone(text, named.count);
  return items ? { count: named.count, countIndex: null, items } : null;
}
const RECALLED =
  /^\W*(?:from\s+memory|off\s+the\s+top\s+of\s+my\s+head|if\s+I\s+remember(?:\s+rightly)?|roughly)\s*[:,]\s*/i;

/** "There are five, painted on the wall:": the count of the set the sentence before named. */
const THERE_ARE = new RegExp(
  // (Or "We follow all seven:": a bare count of the set just named, right before the colon.)
  String.raw`\bthere\s+are\s+(${COUNT})\b(?!\s+of\b(?!\s+them\b))|\ball\s+(${COUNT})\s*:\s*$`,
  "i",
);

const NUMBERED_HEADING = /^\s*(?:step\s+)?\d+[.):]?\s/i;

/** "these four things": in a values section of its own, the values it counts. */
const THESE_THINGS = new RegExp(String.raw`\b(?:these|the|our)\s+(${COUNT})\s+things\b`, "iu");

/** "The honest answer is these four things, …": the count of the section's values. */
function thingsCounted(sentences: Sentence[]): Announcement | null {
  for (const sentence of sentences) {
    const match = THESE_THINGS.exec(sentence.text);
    if (!match?.[1]) continue;
    const at = countAt(match, match[1]);
    return {
      mention: valuesMention(parseCount(match[1]), at, match.index + match[0].length),
      place: sentence.at(at),
      text: sentence.text,
    };
  }
  return null;
}

/** "four trail rules", "three things": a count of the things the text then calls values. */
const THINGS_CALLED_VALUES = new RegExp(
  String.raw`\b(${COUNT})\s+(?:[\p{L}-]+\s+)?(?:rules|things|habits|promises|commitments|principles|ideas|beliefs)\b`,
  "iu",
);

/**
 * A title that is the set's name ("Our Values", "What we value", "Acme's principles"), not a
 * sentence about it ("Pollenry's values are fine.", "Case note: refreshing the values").
 */
const SET_TITLE = /^(?!.*\b(?:is|are|was|were)\b)[^.:;?!]{1,60}$/i;

/** The set a page's title names ("Our Principles"), values when it names none by its word. */
function titleMention(heading: string): Mention {
  return mentions(heading)[0] ?? valuesMention();
}

/** Whether the sentence opening a paragraph's bold list gives the list to another organisation. */
function boldElsewhere(block: DocBlock, names: string[]): boolean {
  const at = block.sentences.findIndex((s) => /:|\s[—–]\s/.test(s.text));
  const sentence = block.sentences[at];
  if (!sentence) return false;
  return (
    namesRival(sentence.text) ||
    pointsElsewhere(sentence.text, referent(block.sentences, at), names)
  );
}

/** "they", "them": a lead-in's last sentence pointing back at a set named before. */
const POINTS_BACK = /\b(?:they|them)\b/i;

/**
 * The values a sentence names as a set of their own (not a former set, nor one of the
 * statements listed together: "the mission, vision and values do not change").
 */
function ownSet(text: string | undefined): Mention | undefined {
  if (text === undefined || /\b(?:mission|vision|purpose)\b/i.test(text)) return undefined;
  return heldValues(text);
}

/** The values a sentence names that the company holds now (not a set it "used to list"). */
function heldValues(text: string): Mention | undefined {
  return mentions(text).find((m) => m.kind === "values" && !formerSet(text, m));
}

/** Whether the section has given a list of three values or more. */
const listGave = (found: FoundSet[], section: string | null): boolean =>
  found.some((f) => f.set.section === section && f.set.form === "list" && f.set.values.length >= 3);

/** Whether names share one with a set the section has given already. */
function retellsSetGiven(values: Value[], found: FoundSet[], section: string | null): boolean {
  const given = new Set(
    found
      .filter((f) => f.set.section === section)
      .flatMap((f) => f.set.values.map((v) => v.name.toLowerCase())),
  );
  return values.some((v) => given.has(v.name.toLowerCase()));
}
