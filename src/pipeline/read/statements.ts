/**
 * Mission and vision statements, read the way a careful reader does. Candidates come from every
 * sentence (frames such as "X's mission is to …", "highlights its mission as “…”", "the vision at
 * X is to …", "Mission: …", "we envision …", "X strives to …"), from quotations under a mission or
 * vision heading, from FAQ answers to "What is X's mission?", and from a list that is the mission.
 * Each candidate gets a confidence from its frame and context (a rejected, hypothetical or generic
 * wording loses confidence); the model keeps those of at least KEEP, and notes the borderline
 * ones for the `uncertain-statement` rule. Near-identical phrasings are then grouped.
 */

import type { List } from "mdast";
import type { Evidence, Occurrence, Place } from "../../schema/schema.js";
import { affiliationLine } from "./affiliation-lines.js";
import type { DocBlock } from "./blocks.js";
import { sectionName } from "./blocks.js";
import { contentsListsOf } from "./contents.js";
import { readDescribedBack } from "./described-back.js";
import { GENERIC_STATEMENT } from "./enumeration.js";
import { everydayCues } from "./everyday-cues.js";
import { LABEL } from "./labels.js";
import { ENDS_IN_KIND, namesCompany } from "./meta.js";
import { namedBefore, wordingStart } from "./new-wording.js";
import { FIRST_PERSON, otherVoice } from "./other-voices.js";
import { sectionKind as headingKind, type SectionNodes } from "./sections.js";
import { foldQuotes, type Sentence } from "./sentences.js";
import { itElsewhere } from "./set-owners.js";
import { sloganWordings } from "./slogans.js";
import {
  ABOUT_THE_PAGE,
  AIMS,
  ANYONE_COULD,
  BYLINE,
  DENIED,
  ENVISION,
  ENVISION_LEAD,
  FIRST_ONE,
  FORMER,
  HEARSAY,
  HYPOTHETICAL,
  IS_NOT_LEAD,
  NEW_ONE,
  NOT_A_STATEMENT,
  REAL_ONE,
  REJECTED,
  REPHRASE,
  REPLACED_ONE,
  REPORTED_FUTURE,
  REPORTED_WANT,
  STRIVE,
  STRIVE_LEAD,
  sharesName,
  TELLS_OF,
  WANTS_LEAD,
  WANTS_TO_DO,
} from "./statement-cues.js";
import { futureFrame, missionFrame, visionFrame } from "./statement-frames.js";
import {
  ABOUT_STATEMENT,
  citedName,
  EXAMPLES,
  headingStatement,
  kindOf,
  STATEMENT_HEADING,
  singleConcept,
} from "./statement-headings.js";
import { cueRank, ERRAND, readKeyFrames } from "./statement-key-frames.js";
import {
  ANNOUNCES,
  announcedLast,
  DENIED_NEXT,
  DREAM_NEXT,
  lastListWord,
  NAMED_AFTER,
  OTHER_LIST,
  OWN_LEAD,
  PLAN,
  putsThe,
  REJECTED_NEXT,
  RETIRED_NEXT,
  SERVES,
  SIGNED_AS,
} from "./statement-lead-ins.js";
import { ANSWER_OPENER, askedKind, readAnswer } from "./statement-questions.js";
import { repeats } from "./statement-repeats.js";
import {
  boldLine,
  CITATION,
  isCaption,
  isQuotation,
  OWN_DOCUMENT,
  PAGE_POINTER,
  signedByLeader,
  signedQuote,
  strapline,
  VERSE_REFERENCE,
} from "./statement-shapes.js";
import {
  BEFORE_VERB,
  body,
  clauseEnd,
  clean,
  MAX_STATEMENT_CHARS,
  startsWithParticiple,
  startsWithVerb,
  tokens,
  withinSentence,
  wordCount,
} from "./statement-span.js";
import { tableStatements } from "./statement-tables.js";
import {
  defines,
  EVERYONE_NOW,
  KEY_WORD,
  LEANS_BACK,
  LINE_LABEL,
  nounLine,
  nounPhrase,
  OWN_PRESENT,
  statementWording,
  TARGET_YEAR,
  TO_READER,
  WILL_BE,
  wePresent,
} from "./statement-wording.js";
import { plainText, wordingKey } from "./text.js";
import { outsideHistory, pastPeriodBlocks } from "./timeline.js";
import { replacedDocument, toldAsPast } from "./told-as-past.js";
import { proseNamesOf } from "./value-tables.js";

/**
 * "every valley town within an hour of Kendal by rail", "a railway passengers would recommend":
 * a vision's line, a noun phrase of four words or more (or "to be …"), not a part named and
 * described ("**Reach**: …").
 */
const futureLine = (item: string) =>
  wordCount(item) >= 4 &&
  !/:\s|\s[–—-]\s/.test(item) &&
  (/^\W*(?:to\s+(?:be|become|have)|a|an|every|each|no|all)\s/i.test(item) ||
    nounPhrase(item, false));

/** "wrote their mission down", "writes its vision": the owner writing its own statement. */
const WROTE_OWN =
  /\bwr(?:ote|ites?|itten)\s+(?:down\s+)?(?:our|their|its)\s+(?:mission|vision|purpose)\b/i;

/** A paragraph of one sentence leading into the line under it, not into a plan or a list. */
function leadsInto(block: DocBlock): boolean {
  const text = block.node.type === "paragraph" ? plainText(block.node) : "";
  return (
    block.sentences.length === 1 &&
    /:\s*$/.test(text) &&
    !OTHER_LIST.test(text) &&
    !PLAN.test(text) &&
    !SERVES.test(text)
  );
}

/** The last word of words cut off mid-phrase. */
const CUT_OFF = /\b(?:the|a|an|and|or)\W*$/i;
const STRANDED = /\b(?:of|to|for|from|with|in|on|at|by)\W*$/i;
/**
 * "our vision — for every child at St Wilfrid's to flourish — is known …": a wished future set off
 * by itself keeps its "for" ("is for every child …" reads after it); the vision is the words after.
 * (A line of its own under a Vision heading, "For every child … to …", stays as written.)
 */
const FOR_EVERY = /^for\s+(?=(?:every|each|all|no)\s+[^.;:]{1,80}?\s+to\s+\p{L})/u;

/**
 * A verb and a word pointing back, alone or before the first comma ("fix it, one street at a
 * time"), or with one word after it ("make all of that invisible").
 */
const POINTS_BACK =
  /^\W*\p{L}+\s+(?:(?:just|exactly|precisely|all\s+(?:of\s+)?)\s*)?(?:which|that|this|it|so|them)(?:\s+\p{L}+)?\s*(?:[,;.]|$)/iu;
/** "Vision: as section 2.", "Mission: see above": a pointer to the wording, not the wording. */
const CROSS_REFERENCE =
  /^\W*(?:(?:same\s+)?as|see)\s+(?:(?:in|at)\s+)?(?:above|below|before|section|page|part|appendix|paragraph|item|§)/i;
/** A quotation opening (not the closing mark of the statement's own). */
const OPENING_QUOTE = /^\s*(?:[“‘]|["']\p{L})/u;

export type StatementKind = "mission" | "vision";

/**
 * How a vision's line alone under its heading may start: "A town where …", "To be …" (or "To
 * still be here in another century.": an adverb may split the infinitive).
 */
const VISION_LINE = new RegExp(
  String.raw`^\W*(?:a|an|to\s+(?:${BEFORE_VERB}\s+)?(?:be|become))\s`,
  "i",
);

export interface Candidate {
  kind: StatementKind;
  text: string;
  occurrence: Occurrence;
  confidence: number;
  evidence: Evidence;
  /** Given in quotation marks: the company's own words, as written. */
  quoted?: boolean;
}

/** Candidates at least this sure are statements; those between NOTE and KEEP are noted. */
export const KEEP = 0.5;
export const NOTE = 0.3;

export interface Uncertain {
  kind: StatementKind;
  text: string;
  place: Place;
  cue: string;
}

declare module "vfile" {
  interface DataMap {
    /** Candidates too weak to keep, for the `uncertain-statement` rule. */
    uncertain: Uncertain[];
  }
}

/**
 * A lead-in that says only that "it" now reads so ("It now reads:", "Today it says:"), where it is
 * kept ("It's on the careers page:", "Here it is:") or how it is put ("They put it like this:").
 */
const RETOLD =
  /^\W*(?:(?:(?:today|now|since\s+\d{4}),?\s+)?it\s+(?:now\s+)?(?:reads|says|runs|goes)|here\s+it\s+is|it(?:['’]s|\s+is)\s+(?:on|in|at|printed|painted|written|pinned)\b[^.!?:]{0,60}|(?:they|we)\s+(?:put|phrase|word|write)\s+it\b[^.!?:]{0,30})\s*:\s*$/i;

export function findStatements(
  blocks: DocBlock[],
  /** The company's names: the front matter's (or the guess) and the one the text uses most. */
  names: string[],
  /** Whether the text uses the company's name: a page that never does calls it by another. */
  companyNamed = namesCompany(blocks, names[0] ?? ""),
): { candidates: Candidate[]; uncertain: Uncertain[] } {
  const found: Candidate[] = [];
  /** "line:column" of every candidate kept: one place states one statement. */
  const spots = new Set<string>();
  /** Index of each section's first block. */
  const firstBlock = new Map<SectionNodes, number>();
  blocks.forEach((block, index) => {
    if (!firstBlock.has(block.section)) firstBlock.set(block.section, index);
  });
  // "## Our mission: to make everyday banking fair …": a section whose heading states it.
  for (const section of firstBlock.keys()) {
    const stated = headingStatement(section.heading, names);
    if (!stated) continue;
    found.push({
      kind: stated.kind,
      text: clean(stated.words),
      // (The heading's line; the column after its "## " marks.)
      occurrence: {
        line: section.line,
        column: section.depth + 2 + stated.at,
        section: sectionName(section),
      },
      confidence: 0.8,
      evidence: { cue: "a heading “Our mission: to …”", context: "heading" },
    });
  }
  const uncertain: Uncertain[] = [];
  /** What the company by name wants to do: its mission only where the page states nothing else. */
  const lone: Candidate[] = [];
  /** The kinds the page has stated so far. */
  const kindsStated = new Set(found.map((c) => c.kind));
  const company = names[0] ?? "";
  const starts = names.map((n) => n.split(/\s+/)[0]?.toLowerCase() ?? "").filter(Boolean);
  // ("the team" on Millbeck Mountain Rescue Team's page: a name's last word, its kind, names it;
  // so does the word before "of" — "the museum" on the Fellbeck Museum of Rural Life's.)
  // (So does a kind inside the name: "the bakery" on Tollbridge Bakery Co-operative's.)
  const kinds = names
    .map((n) => (n.split(/\s+of\s+/)[0] ?? "").split(/\s+/).slice(1))
    .flatMap((words) => words.filter((w) => /^\p{L}[\p{L}-]{3,}$/u.test(w)))
    .map((w) => `the ${w.toLowerCase()}`)
    // ("the co-op" on a co-operative's page.)
    .flatMap((kind) => (/^the co-?operative$/.test(kind) ? [kind, "the co-op"] : [kind]));
  /** Whether the words before a verb end on the company: by name, "the company" or its kind. */
  const companyBefore = (before: string) => {
    const last = before.split(/\s+/).slice(-4).join(" ");
    return (
      starts.some((start) => last.includes(start)) ||
      /\bthe company$/.test(before) ||
      kinds.some((kind) => last.endsWith(kind) && /\W/.test(before.at(-kind.length - 1) ?? " "))
    );
  };
  /** Who does what the verb at `index` says: the company (by name), "we" or "it". */
  const subjectAt = (text: string, index: number) => {
    const before = text
      .slice(Math.max(0, index - 60), index)
      .trim()
      .toLowerCase();
    // ("The company says it exists to …": the "it" the company's own report speaks of.)
    const said = REPORTS_IT.exec(before);
    // ("The co-op's About page says it …": the company's own page speaks for it.)
    const reporter = said ? before.slice(0, said.index).replace(OWN_PAGE, "") : "";
    return {
      company: companyBefore(before) || (said !== null && companyBefore(reporter)),
      we: /\bwe(?:\s+(?:still|also|really|just|all|truly))?$/.test(before),
      it: /\bit$/.test(before),
    };
  };
  /** The names the paragraphs use, read once and only if a table needs them. */
  const prose = proseNamesOf(blocks);
  const contentsList = contentsListsOf(blocks);
  const taken = new Map<Sentence, [number, number][]>();
  const slogans = sloganWordings(blocks);
  const past = pastPeriodBlocks(blocks);
  /** Sections where a sentence has stated a statement, and those where it stated a vision. */
  const stated = new Set<SectionNodes>();
  const visionIn = new Set<SectionNodes>();

  /**
   * The organisation a numbered heading above cites ("### 3. Pelham Hospice", or the section's
   * own "## 2. Tarrow Juice Co."), if not the company.
   */
  let cited: { section: SectionNodes; name: string } | null = null;

  /** The kinds of statement a part of the page below its title is about ("## Why we exist"). */
  const partKinds = new Set(blocks.filter((b) => b.section.depth > 1).map((b) => b.section.kind));

  blocks.forEach((block, index) => {
    const cites = (heading: string) => {
      const name = citedName(heading);
      cited = name && !sharesName(name, names) ? { section: block.section, name } : null;
    };
    if (firstBlock.get(block.section) === index) cites(block.section.heading);
    if (block.node.type === "heading") cites(plainText(block.node));
    if (block.node.type === "heading" || block.node.type === "code") return;
    // ("- The vision: a zero-diesel network" in a list of the page's own headings names a part.)
    if (block.node.type === "list" && contentsList(block.node)) return;
    const section = block.section;
    const citing = cited?.section === section;
    // (Not "## Worked example: the Lantern Trust", the page's own organisation as the example.)
    const examples =
      EXAMPLES.test(section.heading) &&
      !starts.some((start) => section.heading.toLowerCase().includes(start));
    const context = section.heading ? `section “${section.heading}”` : "opening text";
    const signed = signedQuote(block);
    // (A supplier's "About" box or a shop's closing line: its "our mission" is its own.)
    const othersVoice = otherVoice(block, names);
    const name = sectionName(section);
    // The next paragraph's first sentence, which may turn down a wording this one ends on.
    const nextBlock = blocks[index + 1];
    const nextOpening =
      nextBlock?.section === section && nextBlock.node.type === "paragraph"
        ? (nextBlock.sentences[0]?.text.slice(0, 120) ?? "")
        : "";
    let blockFound = 0;
    const inBlock: string[] = [];
    const add = (
      kind: StatementKind,
      sentence: Sentence,
      span: [number, number],
      base: number,
      cue: string,
    ) => {
      // Far longer than any statement: dropped unread.
      if (span[1] - span[0] >= MAX_STATEMENT_CHARS) return;
      // A quotation may run on into the block's next sentences (`extended`); the place is the start.
      const { raw, text: whole } = extended(sentence);
      span = withinSentence(whole, span, sentence.text.length);
      // ("… trusts first.[1]": a note mark after the words points to the page's notes; it is no
      // part of the statement, and no template's blank.)
      const mark = /\[\d{1,3}\]\s*$/.exec(raw.slice(span[0], span[1]));
      if (mark) span = [span[0], span[1] - mark[0].length];
      // "…in one sentence: Acme strives to …": the statement starts after the frame (so does a
      // one-sentence vision quoted after a label, ': "We envision a town where …"'; a quoted
      // vision of two sentences, '"We see a town where …. We intend to …"', is kept whole).
      const wording = raw.slice(span[0], span[1]);
      const lead =
        STRIVE_LEAD.exec(wording) ??
        (kind === "vision" ? (WANTS_LEAD.exec(wording) ?? FOR_EVERY.exec(wording)) : null) ??
        (/[.!?]\s+\S/.test(wording) ? null : ENVISION_LEAD.exec(wording));
      if (lead && (lead[1] === undefined || /^we$/i.test(lead[1]) || sharesName(lead[1], names)))
        span = [span[0] + lead[0].length, span[1]];
      const text = clean(raw.slice(span[0], span[1]));
      // ("Can a freight operator's new statement change how drivers behave?": a question asks;
      // it states nothing, whatever heading it stands under.)
      // (Its question mark may follow the quotation's close: 'the mission is "…"? 😅'.)
      if (/^["”’')\]]*\s*\?/.test(raw.slice(span[1])) || /\?\s*$/.test(raw.slice(span[0], span[1])))
        return;
      // ("Our mission is to make anvils." is two words; one word is a slogan's or a joke's.)
      if (wordCount(text) < 2 || wordCount(text) > 60) return;
      // ("Our job is to notice which, and to help.", "… is to do exactly that."): a verb whose
      // object points back to the sentences before it states nothing on its own.
      if (POINTS_BACK.test(text) || CROSS_REFERENCE.test(text)) return;
      // ("the mission: low prices to “cheap”": words cut off before a quotation end on an
      // article, a conjunction or a preposition — which a statement may end on otherwise: "work
      // they are proud of".)
      if (CUT_OFF.test(text) || (STRANDED.test(text) && OPENING_QUOTE.test(raw.slice(span[1]))))
        return;
      // ("Their mission statement is “Play it forward”" after "Play it forward is their slogan".)
      if (slogans.has(wordingKey(text))) return;
      // ("*Hollins Brook Primary School — “Every day a step further”*" under "# Our Vision": the
      // organisation's own name — or any organisation's, in capitals and ending on its kind — is
      // no statement.)
      if (names.some((n) => wordingKey(n) === wordingKey(text)) || organisationName(text)) return;
      // One stretch of text states one statement: “We envision …” quoted after "vision statement"
      // is not also a second vision from "we envision".
      const spans = taken.get(sentence) ?? [];
      if (spans.some(([a, b]) => span[0] < b && span[1] > a)) return;
      spans.push(span);
      taken.set(sentence, spans);
      // What the sentence says before the statement, and what its next words say of it ("— it is
      // not"); a later clause ("…, which is why we have never sold …") speaks of something else.
      const end = Math.min(span[1], sentence.text.length);
      // Other quotations are someone's words, not the sentence's frame: "would" inside the
      // first of two quoted visions does not make the second hypothetical.
      // (", although critics call it quaint", ", though it could be shorter": a concession is a
      // clause of its own — it judges the statement; it does not report or imagine it.)
      const next = sentence.text.slice(end, end + 40);
      // ("— and we would gladly close our doors …": after a dash, a clause with a subject of its
      // own is the writer's, and so is its "would".)
      const outside = blankQuotations(
        sentence.text.slice(0, span[0]) +
          (CONCEDES.test(next) || OWN_CLAUSE.test(next) ? "" : next),
      );
      let confidence = base;
      // ("… and never rubbed it off: we exist to …": after a colon, a clause with a subject of its
      // own starts anew; a negation before the colon is that other clause's.)
      const framing = sentence.text.slice(0, span[0]);
      // (An aside on the key word, ", which did not exist before,", tells of the word, not of
      // this wording: a negation in it rejects nothing.)
      // ("Our mission hasn't changed since day one: …" keeps the wording: no rejection.)
      // ('two visions: to be "… would never …", and to see "…"': a quotation's own "never" is its
      // wording's, not a rejection of the next.)
      const clause = blankQuotations(
        (NEW_CLAUSE.exec(framing)?.[1] ?? framing)
          .replace(KEY_ASIDE, "")
          .replace(UNCHANGED, "")
          // ("Acme is not a big firm, but its mission is …": the negation is the other clause's.)
          .replace(BUT_OWN_CLAUSE, ""),
      );
      if (REJECTED.test(clause) || DENIED.test(sentence.text.slice(end))) confidence -= 0.45;
      if (HYPOTHETICAL.test(outside.replace(REPORTED_FUTURE, "").replace(ANYONE_COULD, "")))
        confidence -= 0.45;
      // "… was “…”. That wording has now been retired.": the next sentence may retire it.
      const following = extended(sentence).text.slice(
        sentence.text.length,
        sentence.text.length + 120,
      );
      // ("### 1961–1989: Founding" before "### 2016–present": a period the timeline has closed.)
      // ("Our new mission, which replaces the old one, is …": an aside on a new statement tells of
      // the one before it.)
      if (
        FORMER.test(NEW_ONE.test(framing) ? outside.replace(KEY_ASIDE, "") : outside) ||
        REPLACED_ONE.test(framing) ||
        FIRST_ONE.test(framing) ||
        RETIRED_NEXT.test(following) ||
        toldAsPast(framing, next) ||
        replacedDocument(framing, block.sentences[(position.get(sentence) ?? 0) - 1]?.text ?? "") ||
        past.has(block)
      )
        confidence -= 0.45;
      // ("… is “to sell the most tents.” It is not, and it never was.")
      if (DENIED_NEXT.test(following)) confidence -= 0.45;
      // ("“… the mission is to sell more policies,” said an analyst. Halvard rejected that
      // reading.": turned down in the sentences after it, or at the next paragraph's start.)
      else if (REJECTED_NEXT.test(following) || REJECTED_NEXT.test(nextOpening)) confidence -= 0.45;
      // ("“Our mission is …,” she told reporters": a quotation in the first person speaks for
      // the speaker's organisation, whoever reports it.)
      // ("“Put simply, our purpose is …,” she told …": a short lead may open the speaker's words.)
      const ownVoice = /["“](?:[^"“”.;:!?]{0,30},)?\s*(?:our|we)\b[^"“”]*$/i.test(
        sentence.text.slice(0, span[0]),
      );
      if ((HEARSAY.test(outside) || REAL_ONE.test(framing)) && !ownVoice) confidence -= 0.45;
      if (citing) confidence -= 0.6;
      if (othersVoice && FIRST_PERSON.test(framing)) confidence -= 0.6;
      // "Our job is to make them lighter": its object is named in the sentence before.
      if (LEANS_BACK.test(text)) confidence -= 0.45;
      if (defines(text)) confidence -= 0.45;
      // "Our mission is to [what you do] for [who you serve]": a template to fill in.
      if (/\[[^\]]{1,60}\]/.test(text)) confidence -= 0.6;
      // "Complete the vision: “A town where … or ______.”": a quiz's gap, the wording unfinished.
      if (/_{3,}/.test(text)) confidence -= 0.6;
      // Under "## Three filled-in examples", a statement that does not name the company is one.
      // (Near the statement only, so a huge sentence of many statements stays linear.)
      const near = sentence.text.slice(Math.max(0, span[0] - 200), span[1]).toLowerCase();
      if (examples && !starts.some((start) => near.includes(start))) confidence -= 0.45;
      const candidate = {
        kind,
        text,
        occurrence: { ...sentence.at(span[0]), section: name },
        confidence: round(confidence),
        evidence: { cue, context },
        quoted: /["']/.test(`${whole[span[0] - 1] ?? ""}${whole[span[0]] ?? ""}`),
      };
      const spot = `${candidate.occurrence.line}:${candidate.occurrence.column}`;
      if (spots.has(spot)) return;
      // Inside a statement this block already gave ("We intend to be …" within the quoted vision).
      const words = tokens(text).join(" ");
      // (The last few only: a hostile block of thousands of statements stays linear.)
      if (inBlock.slice(-8).some((t) => t.includes(words))) return;
      if (confidence >= KEEP) {
        found.push(candidate);
        kindsStated.add(kind);
        inBlock.push(words);
        spots.add(spot);
        stated.add(section);
        if (kind === "vision") visionIn.add(section);
        blockFound++;
      } else if (confidence >= NOTE) {
        uncertain.push({ kind, text, place: candidate.occurrence, cue });
        // (Unweakened by its frame: no hearsay, no rejection, nothing imagined.)
        if (cue === LONE_WANT && confidence === base) lone.push({ ...candidate, confidence: KEEP });
      }
    };

    /** The sentence and what follows it in the block (up to MAX_STATEMENT_CHARS), once each. */
    const joined = new Map<Sentence, { text: string; raw: string }>();
    const position = new Map(block.sentences.map((sentence, i) => [sentence, i]));
    const extended = (sentence: Sentence) => {
      const known = joined.get(sentence);
      if (known) return known;
      let text = sentence.text;
      let raw = sentence.raw;
      for (let i = (position.get(sentence) ?? 0) + 1; i < block.sentences.length; i++) {
        const next = block.sentences[i] as Sentence;
        if (text.length > MAX_STATEMENT_CHARS) break;
        text += ` ${next.text}`;
        raw += ` ${next.raw}`;
      }
      const result = { text, raw };
      joined.set(sentence, result);
      return result;
    };
    for (const sentence of block.sentences) {
      const own = sentence.text.length;
      const text = extended(sentence).text;
      // A question asks for a statement; it does not give one — but "The mission? To …" answers
      // itself in the next sentence.
      if (/\?\s*$/.test(sentence.text)) {
        readAnswer(sentence, block, position, add);
        continue;
      }
      readKeyFrames(text, own, sentence, block, position, names, add, kindsStated);
      readDescribedBack(sentence, block, position, names, add);
      for (const match of text.matchAll(ENVISION)) {
        if (match.index >= own) break;
        // ("What we envision is a world where …": the vision after the cleft's "is".)
        const cleft = /^(?:is|was)\s+/i.exec(text.slice(match.index + match[0].length));
        const start = match.index + match[0].length + (cleft?.[0].length ?? 0);
        // "We see a coast where …" frames its vision as "we envision" does: the future seen.
        const span = body(text, start, { np: true, any: true });
        // "The Pantry Network envisions …": a named subject that is not the company is someone else.
        const subject = NAMED_SUBJECT.exec(text.slice(Math.max(0, match.index - 60), start))?.[1];
        const other = subject !== undefined && companyNamed && !sharesName(subject, names);
        const base = (match[1]?.toLowerCase() === "we" ? 0.85 : 0.7) - (other ? 0.6 : 0);
        if (span) add("vision", sentence, span, base, "“we envision …”");
      }
      for (const match of text.matchAll(STRIVE)) {
        if (match.index >= own) break;
        // ("This page sets out what we are here to do, …": a clause naming a topic, not a frame.)
        const lead = text.slice(Math.max(0, match.index - 40), match.index);
        // ("What we're here to do is put …": a pseudo-cleft, its statement after "do is".)
        const after = match.index + match[0].length;
        const cleft = /^do,?\s+is\s+/i.exec(text.slice(after, after + 12));
        if (!cleft && /\b(?:what|why|how|where)\s+(?:we|it|they|\p{Lu}\S*)\s+$/iu.test(lead))
          continue;
        const { company: isCompany, we, it } = subjectAt(text, match.index);
        const quoted = match[2] !== "";
        // "X strives to …" in the company's own words states its mission; "we strive to" may;
        // "it is here “to …”" quotes the company's own words. ("We are here to …" in a pull quote
        // signed by a person is that person's remark.)
        // (Unless its signer leads the company: "— Harriet Cinderwick, managing director".)
        const ownWe =
          we && /exist|here/i.test(match[1] ?? "") && (!signed || signedByLeader(block));
        // ("Acme opened in 2004 with two staff. It sets out to …": a sentence opening with "It"
        // after one whose subject is the company speaks of the company.)
        const previous = block.sentences[(position.get(sentence) ?? 0) - 1]?.text ?? "";
        const itCompany =
          it &&
          /^\W*it\s*$/i.test(text.slice(0, match.index)) &&
          starts.some((start) =>
            previous.toLowerCase().replace(/^\W+/, "").startsWith(`${start} `),
          );
        const itOther =
          it && itElsewhere(text, match.index, block.sentences, position.get(sentence) ?? 0, names);
        const base =
          isCompany || ownWe || itCompany || (it && quoted && !itOther) ? 0.7 : we ? 0.4 : 0;
        if (base === 0) continue;
        const span = cleft
          ? body(text, after + cleft[0].length, { any: true })
          : body(text, after - (quoted ? 4 : 3), {});
        if (span)
          add("mission", sentence, span, base, `“${isCompany ? company : "we"} ${match[1]} to …”`);
      }
      for (const cue of everydayCues(text, own, names)) {
        const span = body(text, cue.start, { any: true });
        if (span) add(cue.kind, sentence, span, cue.base, cue.cue);
      }
      for (const match of text.matchAll(AIMS)) {
        if (match.index >= own) break;
        const subject = subjectAt(text, match.index);
        if (!subject.company && !subject.we && !subject.it) continue;
        // ("Highmoss goes bigger: it wants to be …": the rival's aim, not the company's.)
        if (
          !subject.company &&
          subject.it &&
          itElsewhere(text, match.index, block.sentences, position.get(sentence) ?? 0, names)
        )
          continue;
        // ("In 1990 it wanted to be …" is history; "the company said it wanted to be …" reports.)
        if (
          /^wanted/i.test(match[0]) &&
          !REPORTED_WANT.test(text.slice(Math.max(0, match.index - 40), match.index))
        )
          continue;
        // "what we want to become" describes a statement; it does not state one (nor "what
        // Ashby Lane hopes to become": the subject may be a name of several words; nor "how big
        // the company wants to be").
        const before = text.slice(Math.max(0, match.index - 50), match.index);
        if (WHAT_TOLD.test(before)) continue;
        // "where it wants to be as “a valley where …”": the quotation is the place, "be as" the frame.
        const start = match.index + match[0].length;
        // ("Marlow wants to be “the carrier …”": the quotation is the company it would be.)
        const as = /^(?:be|become)\s+(?:as\s+)?(?=["“‘'])/i.exec(text.slice(start, start + 20));
        // ("It shows where the company wants to be in future": where, told of, with no place
        // given after it, states nothing.)
        if (
          !as &&
          !/^(?:be|become)\s*:/i.test(text.slice(start, start + 20)) &&
          WHERE_TOLD.test(before)
        )
          continue;
        const span = body(text, start + (as?.[0].length ?? 0), { any: true });
        // Outside a vision section "aims to become …" is as often a goal: noted, not taken —
        // unless the sentence before speaks of the vision ("Our vision for 2030 is unchanged."),
        // a label on its line names it ("**Our vision** By 2030 we want …"), or the heading
        // names an ambition ("## Our ambition").
        const previous = block.sentences[(position.get(sentence) ?? 0) - 1];
        // ("X also has a vision, tucked away on its careers page: the company wants to be …": the
        // sentence names it before a colon.)
        const spoken =
          (previous !== undefined && /\bvision\b/i.test(previous.text)) ||
          /\bvision\b[^.;:!?]*:[^:]*$/i.test(
            text.slice(Math.max(0, match.index - 200), match.index),
          ) ||
          /^\W*(?:(?:our|the|its)\s+)?vision\b/i.test(text) ||
          /\bambitions?\b/i.test(section.heading);
        // ("Its vision is to be …; Norvale wants to be …": once the section has stated the vision,
        // what the company wants, told of it or in its own voice — "Weddings, reunions: we want
        // to be the place …" — comments on the vision: noted, not taken.)
        const comment = visionIn.has(section);
        // ("## Our mission" over "Hollin Yarn wants to be the friendliest wool shop …": the
        // section's opening sentence, the company it wants to be given as its mission — not a
        // later remark in it.)
        const opens =
          section.kind === "mission" &&
          firstBlock.get(section) === index &&
          position.get(sentence) === 0 &&
          !stated.has(section);
        const kind = opens ? "mission" : "vision";
        // ("## Why we exist" … "### Where we're going" over "We want to be …": a sub-heading
        // right above names the vision.)
        const above = blocks[index - 1];
        const headed =
          above?.section === section &&
          above.node.type === "heading" &&
          headingKind(plainText(above.node)) === "vision";
        // ("she said Fenwick wants to be “the first outdoor retailer …”": the company's own words
        // quoted are a wording, its vision, wherever they stand.)
        const quotedOwn = as !== null && subject.company;
        const base =
          (section.kind === "vision" || headed || spoken || opens || quotedOwn) && !comment
            ? 0.7
            : 0.45;
        if (!span) continue;
        add(kind, sentence, span, base, `“${match[0].trim()} …”`);
        // ("wanted to be “A” and “B”": two wordings given together, both its visions.)
        const second = as ? AND_QUOTE.exec(text.slice(span[1], span[1] + 20)) : null;
        const next = second && body(text, span[1] + second[0].length, {});
        if (next) add(kind, sentence, next, base, `“${match[0].trim()} …” and “…”`);
      }
      // "Tavola Foods wants to bring a proper Sunday lunch within reach of …": what the company
      // by name wants to do is noted, and kept as the mission where the page states nothing else
      // (below) — not a number's or a date's target ("wants to add two boats by 2027").
      for (const match of text.matchAll(WANTS_TO_DO)) {
        if (match.index >= own) break;
        if (!subjectAt(text, match.index).company) continue;
        const span = body(text, match.index + match[0].length, {});
        if (span && !ERRAND.test(text.slice(span[0], span[1])))
          add("mission", sentence, span, NOTE + 0.15, LONE_WANT);
      }
      const sectionKind = kindOf(section);
      // "## Looking ahead" over "We want every school in Acton to have … by 2030. Two do now.":
      // under a vision heading, a sentence that wants a future states it, among others — as it
      // does when the next sentence calls it the dream ("… he said. “That's the dream.”").
      const following = block.sentences[(position.get(sentence) ?? 0) + 1]?.text ?? "";
      const wanted =
        sectionKind === "vision" || DREAM_NEXT.test(following) ? visionFrame(sentence.text) : 0;
      if (wanted > 0) {
        const end = wanted + clauseEnd(sentence.text.slice(wanted));
        // (Once the section has stated its vision, what the company wants tells of it: noted.)
        add(
          "vision",
          sentence,
          [wanted, end],
          visionIn.has(section) ? 0.45 : 0.7,
          "“we want every … to …” or “we see a …” under a vision heading",
        );
      }
      // "## Our vision" over "Imagine a town where …" or "By 2035, every resident … will …".
      const future = sectionKind === "vision" && wanted === 0 ? futureFrame(sentence.text) : null;
      if (future !== null) {
        const end = future + clauseEnd(sentence.text.slice(future));
        add("vision", sentence, [future, end], 0.7, "a future told under a vision heading");
      }
      for (const match of text.matchAll(REPHRASE)) {
        if (match.index >= own) break;
        const named = match[1]?.toLowerCase() as StatementKind | undefined;
        // (Under a values heading, "describes it as “…”" glosses a value, not a statement.)
        if (!named && (section.kind === "values" || section.kind === "pillars")) continue;
        const kind = named ?? sectionKind ?? found.at(-1)?.kind;
        const span = body(text, match.index + match[0].length, {});
        // (A rewording reads as a statement does: "put it bluntly: “Pride doesn't pay …”" quips.)
        const worded = span !== null && statementWording(text.slice(span[0], span[1]));
        if (kind && span && worded)
          add(kind, sentence, span, 0.8, "a second wording (“phrases it …: “…””)");
      }
      // "… its mission was “…”. The new wording, published on Tuesday, reads: “To …”".
      const wording = wordingStart(sentence.text);
      if (wording > 0) {
        const at = position.get(sentence) ?? 0;
        const before = blocks[index - 1];
        const earlier = [
          ...(before?.section === section ? before.sentences : []),
          ...block.sentences.slice(0, at),
        ];
        const kind = namedBefore(earlier.map((s) => s.text));
        const span = kind ? body(text, wording, {}) : null;
        if (kind && span) add(kind, sentence, span, 0.8, "“the new wording reads: “…””");
      }
    }

    if (block.node.type === "table") {
      found.push(...tableStatements(block.node, name, context, names, prose));
      return;
    }
    // "… the one idea we work to: **to make a hearing test as easy to book as a haircut.**": the
    // company's own words, set off in bold after a colon (outside FAQ answers and examples).
    if (
      block.node.type === "paragraph" &&
      blockFound === 0 &&
      section.kind !== "faq" &&
      !examples
    ) {
      const parts = block.node.children;
      parts.forEach((part, i) => {
        const lead = parts[i - 1];
        if (part.type !== "strong" || lead?.type !== "text" || !OWN_LEAD.test(lead.value)) return;
        // ("Our goal this year: **to …**" sets off a target, not the mission.)
        if (NOT_A_STATEMENT.test(lead.value)) return;
        const words = foldQuotes(plainText(part)).replace(/[.!]$/, "");
        if (!/^to\s/i.test(words) || !startsWithVerb(words)) return;
        const sentence = block.sentences.find((s) => s.text.includes(words));
        const at = sentence?.text.indexOf(words) ?? -1;
        if (sentence && at !== -1)
          add("mission", sentence, [at, at + words.length], 0.6, "“… we work to: **to …**”");
      });
    }
    if (blockFound > 0) return;
    // A quotation under a mission or vision heading, or an FAQ answer to "What is X's mission?".
    const first = block.sentences[0];
    if (!first) return;
    const previous = blocks[index - 1];
    // "### What drives us" inside a broader section: the sub-heading right above speaks for it.
    // (So does one right above a lead-in into the line: "### Acme's mission", "… above the door:".)
    const above =
      previous && leadsInto(previous) && blocks[index - 2]?.section === section
        ? blocks[index - 2]
        : previous;
    const subHeading =
      section.kind !== "faq" && above?.section === section && above.node.type === "heading"
        ? plainText(above.node)
        : null;
    // (Only a heading about the statement: "Discovery with a Purpose" names a pillar.)
    const about = subHeading !== null && STATEMENT_HEADING.test(subHeading);
    const subKind = subHeading === null ? null : headingKind(subHeading);
    const around =
      subHeading !== null && about && (subKind === "mission" || subKind === "vision")
        ? { ...section, heading: subHeading, kind: subKind }
        : section;
    const asked = section.kind === "faq" ? askedKind(previous) : null;
    const lead = previous?.section === section ? plainText(previous.node) : "";
    // "We sum up our mission in three lines:" announces the list that is the mission; "Its
    // mission statement is printed on every timetable:" the quotation that follows.
    // (Its last sentence leads in: "Its mission statement reads: “…”. Its values are set out as a
    // list:" announces values; "To fulfil its mission, the college will:" announces means.)
    const leadIn = previous?.sentences.at(-1)?.text ?? "";
    // ("X's mission is “…”, and its values are printed on every lid:": the last named wins; so
    // does the last sentence's statement, "… its mission as “…”. Its vision, …, is shorter:".)
    const other = OTHER_LIST.test(lastListWord(leadIn));
    const said =
      /:\s*$/.test(lead) && !other && !SERVES.test(leadIn) && !PLAN.test(leadIn)
        ? (ANNOUNCES.exec(leadIn) ?? ANNOUNCES.exec(lead))
        : null;
    // (Not over a label of its own: "**Our mission is to:**" or "> **Our mission**" over a list.)
    const labelled = /:\s*$/.test(first.text) || wordCount(first.text) < 4;
    const put =
      said || other || labelled ? null : putsThe(leadIn, (name) => sharesName(name, names));
    // ("Our previous vision read simply “…”. It now reads:": "it" is the statement named before.)
    const retold =
      !said && !put && /:\s*$/.test(lead) && RETOLD.test(leadIn)
        ? namedBefore((previous?.sentences.slice(0, -1) ?? []).map((s) => s.text))
        : null;
    // (A purpose announced is the mission: "From today, Penhallow's purpose is:".)
    const saidKind = said ? (said.slice(1).find(Boolean) ?? "mission").toLowerCase() : put;
    const leadKind = saidKind ? statementKind(saidKind) : retold;
    const announced = leadKind === "mission";
    // "Those words … are still our mission.": the paragraph after a quotation may name it.
    const after = blocks[index + 1];
    // (So may its signature: "— Tallow Creek Dairy, mission statement adopted 2024".)
    const afterText = after?.sentences[0]?.text ?? "";
    const named = (NAMED_AFTER.exec(afterText) ?? SIGNED_AS.exec(afterText))?.[1]?.toLowerCase();
    const namedAfter =
      isQuotation(block) && after?.section === section && named ? statementKind(named) : null;
    // "Penhallow's purpose is:" over "to keep family dairy farming alive …": the line the lead-in
    // announces is set off by its own paragraph, as a quotation is by its marks.
    const announcedLine =
      (said !== null || put !== null) &&
      leadKind !== null &&
      block.node.type === "paragraph" &&
      block.sentences.length === 1 &&
      (/^\W*to\s+\p{Ll}/iu.test(first.text) ||
        startsWithVerb(first.text) ||
        (leadKind === "vision" && (VISION_LINE.test(first.text) || nounLine(first.text))));
    const kind =
      asked ??
      kindOf(around) ??
      (isQuotation(block) || announcedLine
        ? ((leadKind as StatementKind | null) ?? namedAfter)
        : null);
    // "**Our vision is where we are heading:**" over a single bullet: the bullet states it.
    if (
      (said || put) &&
      leadKind &&
      !asked &&
      block.node.type === "list" &&
      block.node.children.length === 1 &&
      block.sentences.length === 1 &&
      statementWording(first.text)
    ) {
      const span: [number, number] = [0, clauseEnd(first.text)];
      add(leadKind as StatementKind, first, span, 0.8, `one bullet after “${leadKind} …:”`);
      return;
    }
    // "# Tansy Farm" over "**We grow … , so …**": a bold line in the company's voice under its
    // name is its purpose, as a shop's sign under its name is. (Long: opening hours are short.)
    if (
      !kind &&
      section.depth === 1 &&
      firstBlock.get(section) === index &&
      sharesName(section.heading, names) &&
      boldLine(block) &&
      block.sentences.length === 1 &&
      wordCount(first.text) >= 10 &&
      wePresent(first.text)
    ) {
      add(
        "mission",
        first,
        [0, first.text.replace(/[.!\s]+$/, "").length],
        0.7,
        "a bold line under the name",
      );
      return;
    }
    if (!kind && !announced) return;
    // "- 2024 annual report (p. 3): “to give …”", "- the About page: “to protect …”": under a
    // mission or vision heading, a list of the company's documents each quoting a wording gives
    // each as a statement. (Not people's versions: "- Student A: “…”".)
    if (kind && !asked && block.node.type === "list") {
      const items = block.node.children.map((item) => foldQuotes(plainText(item)));
      if (items.length > 0 && items.every((item) => SOURCED.test(item))) {
        for (const sentence of block.sentences) {
          const source = SOURCED.exec(foldQuotes(sentence.text));
          const span = source && body(sentence.text, source[0].length, {});
          if (span) add(kind, sentence, span, 0.8, "a wording quoted from each source");
        }
        return;
      }
    }
    // A blockquote's first paragraph is the quotation; a "— Source, 2016" line after it is not.
    const quoted =
      block.node.type === "blockquote" && block.node.children[0]?.type === "paragraph"
        ? block.node.children[0]
        : block.node;
    const text = plainText(quoted);
    // ("> “I have come that they may have life …” > John 10:10 – our school verse": a verse the
    // page borrows for its heading, someone else's words.)
    if (
      block.node.type === "blockquote" &&
      block.node.children.slice(1).some((part) => VERSE_REFERENCE.test(plainText(part)))
    )
      return;
    // The one-sentence line right under "## Our purpose" or "## Where we're going" states it.
    // (After a caption line such as "*Aspirational — what we want to become*", if there is one.)
    const start = firstBlock.get(section) ?? -1;
    // (Or after a lead-in into it: "… and put it on a big sign above the door:" — not one into
    // the plan or the values.)
    const firstOfSection =
      around !== section ||
      start === index ||
      // ("*Every moment matters.*" over "To provide …": a strapline first, then the line.)
      (start === index - 1 &&
        (isCaption(blocks[start] as DocBlock) ||
          leadsInto(blocks[start] as DocBlock) ||
          strapline(blocks[start] as DocBlock)));
    // "Through teaching and service, Tollgate University educates …": the company, in the present.
    // (A name of two words or more is an organisation's even when the company was guessed wrong.)
    // "Harrowden in 2035: a borough of …": a short label, then the statement.
    const label = LINE_LABEL.exec(text)?.[0].length ?? 0;
    const line = text.slice(label);
    const present = OWN_PRESENT.exec(line)?.[1]?.split(/\s+/);
    const ownPresent =
      present !== undefined &&
      (present.length >= 2 || starts.includes(present[0]?.toLowerCase() ?? ""));
    // ("We make … . It is that simple.": a line, then the writer's remark on it. "To teach … .
    // Rivers are cold here.": a bare "To …" line is no sentence of the writer's, only the
    // statement; what follows it comments.)
    const remarked =
      section.depth > 1 &&
      block.node.type === "paragraph" &&
      ((block.sentences.length === 2 && REMARK_ON_IT.test(block.sentences[1]?.text ?? "")) ||
        (block.sentences.length >= 2 && infinitiveLine(first.text)));
    const leadLine =
      !asked &&
      kind !== null &&
      firstOfSection &&
      // (Under "## Our mission is to …" the heading stated it: the line below goes on.)
      !headingStatement(around.heading, names) &&
      singleConcept(around) &&
      // (A slide's one bullet is its line: "## Slide 2: Our mission" over "- To move …".)
      (block.node.type === "paragraph" ||
        (block.node.type === "list" && block.node.children.length === 1)) &&
      (block.sentences.length === 1 || remarked) &&
      // (A sentence about the statement — "X states its mission as …" — is not one, nor the
      // writer turning to the reader: "Let's take it word by word.")
      !KEY_WORD.test(text) &&
      !TO_READER.test(line) &&
      // ("Using the usual checklist, we can pick out:" leads into the list below it.)
      !/:\s*$/.test(text) &&
      (kind === "mission"
        ? /^\W*to\s/i.test(line) ||
          startsWithVerb(line) ||
          missionFrame(line) > 0 ||
          ownPresent ||
          wePresent(line) ||
          // ("**Our mission**" over "Expert hospital care for the valley, close to home.": under
          // a bare label, the line may name what the company gives.)
          // (A sentence's full stop ends it: a breadcrumb "Acme › About us › Our purpose" has none.)
          (LABEL.test(around.heading.trim()) &&
            wordCount(line) >= 5 &&
            /[.!]\s*$/.test(line) &&
            nounLine(line.split(",")[0] ?? ""))
        : VISION_LINE.test(line) ||
          // ("## Our vision" over "To give every patient the care we would want …": worded as
          // a mission may be, but the heading names it.)
          /^\W*to\s+\p{Ll}/iu.test(line) ||
          // "For every child to leave us confident …": the future wished for someone.
          /^\W*for\s+[^.,;:]{1,80}?\s+to\s+\p{Ll}/iu.test(line) ||
          TARGET_YEAR.test(line) ||
          visionFrame(line) > 0 ||
          WILL_BE.test(line) ||
          EVERYONE_NOW.test(line) ||
          nounLine(line));
    // ("In one line: to make …" answers "What is Acme's mission?": a word on how it is put first.)
    const opener = asked !== null ? (ANSWER_OPENER.exec(first.text)?.[0].length ?? 0) : 0;
    const answerText = first.text.slice(opener);
    // (An answer may open with its frame: "Acme aims to …" answers "What is Acme's mission?".)
    const quotation =
      isQuotation(block) ||
      announcedLine ||
      (asked !== null && /^\s*to\s+\w/i.test(opener ? answerText : text)) ||
      (asked === "mission" && missionFrame(text) > 0) ||
      leadLine;
    // A line in italics is a statement set off only when it reads as one, never a byline.
    const setOff = block.node.type === "paragraph" && !/^\W*["']/.test(text);
    // (An answer may go on after its "To …" sentence: "To take the guesswork out of staffing.
    // In practice that means …" answers "What's Acme's mission?" in its first sentence, which is
    // the one to judge.)
    const answered = asked !== null && /^\W*to\s+\p{Ll}/iu.test(answerText);
    const judged = answered ? answerText : text;
    if (
      quotation &&
      setOff &&
      (BYLINE.test(judged) ||
        TELLS_OF.test(judged) ||
        ABOUT_THE_PAGE.test(judged) ||
        // (Not "Rooted in …, we care for …": a clause of its own follows.)
        (startsWithParticiple(judged) && !/,\s+(?:we|our|it|they)\s/i.test(judged)) ||
        isCaption(block) ||
        PAGE_POINTER.test(judged) ||
        affiliationLine(judged) ||
        !(
          statementWording(judged) ||
          TARGET_YEAR.test(judged) ||
          WILL_BE.test(judged) ||
          ownPresent ||
          leadLine
        ))
    )
      return;
    if (quotation && kind) {
      const statementLike =
        /^\W*(?:to\s|we\s|our\s)/i.test(text) ||
        startsWithVerb(text) ||
        (kind === "vision" && leadLine);
      let confidence =
        asked || leadKind === kind || namedAfter === kind
          ? 0.8
          : singleConcept(around)
            ? 0.75
            : 0.35;
      // Once the section has stated its statement, a quotation after it that nothing announces
      // is someone's saying beside it (a founder's line), not a second statement.
      if (!asked && leadKind !== kind && stated.has(around)) confidence -= 0.45;
      // ("… the founders wrote it, and we have kept it as our mission since:": the last clause
      // names it the mission; the writing was where it came from.)
      // ("The people at Acme wrote their mission down and put it on a sign:": the company writing
      // its own, no one else's words.)
      const attributed =
        NOT_A_STATEMENT.test(lead.slice(-120)) &&
        !announcedLast(lead.slice(-120)) &&
        !WROTE_OWN.test(lead);
      if (NOT_A_STATEMENT.test(text) || attributed || NAMES_THE_SET.test(text)) confidence -= 0.5;
      // ("What our mission is NOT:" over the wordings it is not.)
      if (IS_NOT_LEAD.test(lead)) confidence -= 0.6;
      // A year dates history ("Founded in 1998"), unless the line sets it as its horizon.
      // ("… operator by 2030", "… to two million homes by 2040": a vision's or a mission's
      // horizon may come last, too; a leading label's year, "Harrowden in 2035:", is the line's
      // horizon.)
      // (A remark after the line — "That line has hung there since 1950." — dates the line.)
      const dated = leadLine ? (remarked ? first.text : line) : text;
      // (So does a year still to come, "… powering homes in 2060": a horizon, not history.)
      if (pastYear(dated) && !/\bby\s+20\d\d\b/i.test(dated)) confidence -= 0.3;
      if (!statementLike) confidence -= 0.2;
      // ("**Power from the valley, for the valley.**" over "Our mission is to …": a short line
      // the section's own framed statement comes right after is its tagline.)
      // (Not one a lead-in names the statement: "Our mission:" over "Make bookkeeping invisible …",
      // as a paragraph or as the heading a slide's label became.)
      const below = blocks[index + 1];
      if (
        leadKind !== kind &&
        !/:\s*$/.test(around.heading) &&
        !/^\W*(?:to|we|our)\s/i.test(text) &&
        wordCount(text) <= 8 &&
        below?.section === block.section &&
        below.sentences.some(
          (s) =>
            FRAMED_BELOW[kind].test(s.text) &&
            // (Not the same words framed again: the line is the statement, given twice.)
            !s.text.toLowerCase().includes(text.toLowerCase().replace(/[.!]+$/, "")),
        )
      )
        confidence -= 0.45;
      // A line of three or four words ("Up with the lark.") is a slogan's length, not a mission's
      // — but a vision line alone under its heading may be that short ("Health for every valley.").
      if (wordCount(text) < 5 && !(kind === "vision" && leadLine)) confidence -= 0.3;
      // ("# Our purpose" over "Moving what matters, on time." over "## Why we exist" and its own
      // wording: a short line under the page's title, with a part of the page for that statement
      // below, is the page's tagline.)
      // (Not a "To …" or "We …" line: worded as the statement itself.)
      if (
        around.depth === 1 &&
        !asked &&
        wordCount(text) <= 8 &&
        !/^\W*(?:to|we|our)\s/i.test(text) &&
        partKinds.has(kind)
      )
        confidence -= 0.45;
      // Unquoted, it ends where a comment on it begins (", according to the website") — but a
      // blockquote the lead-in announces ("… as our mission ever since:") is quoted whole.
      const quotedLine =
        /^\W*["']/.test(first.text) ||
        ((block.node.type === "blockquote" || announcedLine) && leadKind === kind);
      // "By 2030 we want a boathouse …": the vision is the thing wanted; "Our job is to keep …":
      // the mission is the job.
      // ("A thriving Marrowby: healthy people, …": a vision's own noun phrase before its colon.)
      const own = kind === "vision" && /^\W*an?\s/i.test(first.text);
      const skip = leadLine && !own ? (LINE_LABEL.exec(first.text)?.[0].length ?? 0) : opener;
      const from = skip + (kind === "vision" ? visionFrame : missionFrame)(first.text.slice(skip));
      // ("By 2035, a valley that …": a horizon opening the line is no clause of its own.)
      const horizon = HORIZON_OPENING.exec(first.text.slice(from))?.[0].length ?? 0;
      const span: [number, number] = [
        from,
        quotedLine
          ? first.text.length
          : from + horizon + clauseEnd(first.text.slice(from + horizon)),
      ];
      const sentencesOfQuote = block.sentences.filter(
        (s) =>
          s.offset < (quoted.position?.end.offset ?? Number.POSITIVE_INFINITY) &&
          !CITATION.test(s.text.trim()),
      ).length;
      if (sentencesOfQuote === 1 || (leadLine && remarked) || answered)
        add(kind, first, span, confidence, asked ? "answer to “What is the …?”" : "quotation");
      return;
    }
    // A list that is the mission: right under its heading, each item a clause starting with a verb
    // (or with "we" and its verb: "- We learn together in the light of Christ").
    // (Or the vision set out as lines: "- every town within an hour of Kendal by rail", each a
    // future told as a noun phrase of some length — short names are its pillars.)
    const listed = kind === "mission" || kind === "vision" ? kind : null;
    if (
      block.node.type === "list" &&
      !asked &&
      ((listed && singleConcept(around) && !ABOUT_STATEMENT.test(around.heading)) || announced)
    ) {
      const list = block.node as List;
      const introduced = /:\s*$/.test(lead);
      const items = list.children.map((item) => plainText(item));
      const clauses =
        items.length >= 2 &&
        items.length <= 6 &&
        wordCount(items.join(" ")) <= 60 &&
        // (Unless the lead-in's last sentence names the list the statement: "Its annual review
        // prints it as a short list under the heading “Our mission”:".)
        (!NOT_A_STATEMENT.test(lead) || announcedLast(lead.slice(-120))) &&
        !PURSUES.test(lead) &&
        // (Nor a checklist for any statement: "A strong mission statement usually:" under
        // "## What makes a good mission statement?".)
        !GENERIC_STATEMENT.test(lead) &&
        !GENERIC_STATEMENT.test(around.heading) &&
        // (One sentence spread over the bullets: "- to find …;", "- and to make sure …".)
        items.every(
          (item, i) =>
            (listed === "vision"
              ? futureLine(item)
              : startsWithVerb(
                  (i === items.length - 1 ? item.replace(LAST_JOIN, "") : item).replace(
                    WE_FIRST,
                    "",
                  ),
                )) && !/\b(?:mission|vision)\b/i.test(item),
        );
      if ((firstOfSection || introduced) && clauses) {
        // The items as written ("to melt …; to keep …"), only the whole cleaned at its ends.
        const joined = clean(items.map((i) => i.replace(/[\s.;,]+$/, "")).join("; "));
        const place = first.at(0);
        const stated = listed ?? "mission";
        // (Stated now: "The mission is a three-line list" further on speaks of it.)
        kindsStated.add(stated);
        found.push({
          kind: stated,
          text: joined,
          occurrence: { ...place, section: name },
          confidence: 0.75,
          evidence: { cue: "a list under the heading", context },
        });
      }
    }
  });
  // What the company by name wants to do is taken, or noted as borderline, only where it would be
  // the page's only statement: beside a stated mission it is no candidate worth a note.
  const alone = found.length === 0;
  const only = alone ? lone[0] : undefined;
  if (only) found.push(only);
  // A charity's or club's objects are its mission only where the page states no other: beside
  // one, they are the legal wording behind it ("our objects are the relief of need …"). A mission
  // an everyday word names ("Our job is to …", "The Board's role is to …") is the statement only
  // where the page names none in its own words: beside "Our purpose is …" it tells how that is done.
  const rank = (c: Candidate) => cueRank(c.evidence.cue);
  const own = found.filter((c) => !found.some((o) => o.kind === c.kind && rank(o) > rank(c)));
  found.splice(0, found.length, ...own);
  const noted = uncertain.filter((u) => u.cue !== LONE_WANT || (alone && !only));
  return { candidates: outsideHistory([...found, ...repeats(blocks, found)]), uncertain: noted };
}

/** The statement a key word names: "purpose" names the mission. */
const statementKind = (word: string) => (word === "purpose" ? "mission" : word) as StatementKind;

/** Each quotation's words blanked ('""'): someone's words, not the sentence's own frame. */
const blankQuotations = (text: string) => text.replace(/["“][^"“”]*["”]/g, '""');

const LONE_WANT = "“X wants to …” (the page's only statement)";
/**
 * "In pursuit of that purpose the Club shall:": a list of what the body does for a statement given
 * before it, not the statement.
 */
const PURSUES =
  /\bin\s+(?:pursuit|furtherance|support|service)\s+of\s+(?:its|that|this|the|our|their)\s+(?:mission|purpose|vision|objects?|aims?)\b/i;

/**
 * A sentence that only remarks on the line before it: "It is that simple.", "That line has hung
 * above the bench since 1950.", "We are a long way from it."
 */
/**
 * "To teach every child to swim.": a line that is only an infinitive clause, a verb after "to" —
 * not "To be honest, we …", an opening phrase before a clause of its own.
 */
function infinitiveLine(text: string): boolean {
  const rest = /^\W*to\s+(.*)$/is.exec(text)?.[1] ?? "";
  return rest !== "" && startsWithVerb(rest) && !/,\s+(?:we|i|it|they|you|he|she)\s/i.test(rest);
}

const REMARK_ON_IT =
  /^\W*(?:(?:that|this)(?:\s+(?:line|sentence|phrase|wording|promise|idea))?\s+(?:is|was|has|sums|says)\b|it(?:\s+is|['’]s)\s+(?:that|as)\s+simple\b|(?:those|these)\s+words\b|[^.!?]{0,60}\b(?:from|of|to|towards?|on)\s+it[.!]\s*$)/i;

/** After a quotation's close, "and" opening a second one: `" and "`, `", and to be "`. */
/**
 * "2024 annual report (p. 3): “", "the company's About page, reproduced on p. 5: “": one of the
 * company's own documents (where, in brackets or after a comma, may follow), then its quotation.
 */
const SOURCED = new RegExp(String.raw`^[^":]{0,60}${OWN_DOCUMENT}[^":]{0,40}:\s*(?=")`, "i");

/**
 * "what we want to become", "how big the company wants to be", "where the company wants to be":
 * a statement told of, by its subject.
 */
const TOLD_SUBJECT = String.raw`\s+(?:[^\s.!?;:]+\s+){0,3}[^\s.!?;:]+\s*$`;
const WHAT_TOLD = new RegExp(String.raw`\b(?:what|how)${TOLD_SUBJECT}`, "i");
const WHERE_TOLD = new RegExp(String.raw`\bwhere${TOLD_SUBJECT}`, "i");
/** "By 2035, ", "In 2030, ": the year a line's future is set in, before its words. */
const HORIZON_OPENING = /^\W*(?:by|in)\s+(?:the\s+end\s+of\s+)?20\d\d,\s+/i;

/**
 * "Our mission is …", "The vision is …": a statement framed in its own words — or in the
 * company's own first person: "we exist to …", "we're here to …", "we envision …".
 */
const FRAMED_BELOW: Record<"mission" | "vision", RegExp> = {
  mission:
    /\b(?:our|its|the)\s+(?:mission|purpose)(?:\s+is\b|:)|\bwe(?:\s+exist|\s+are\s+here|['’]re\s+here)\s+to\s/i,
  vision: /\b(?:our|its|the)\s+vision(?:\s+is\b|:)|\bwe\s+(?:envision|envisage|see\s+a)\s/i,
};

/** "hasn't changed", "was not part of this review": the wording kept, no rejection. */
const UNCHANGED =
  /\bha(?:s|ve)(?:n['’]t|\s+not|\s+never)\s+(?:(?:really|actually|much|ever|fundamentally)\s+)?(?:changed|moved|shifted|budged)\b|\b(?:is|was|were|are)(?:n['’]t|\s+not)\s+part\s+of\s+(?:this|the)\s+(?:review|rewrite|refresh|update|change|consultation)\b/gi;
const AND_QUOTE = /^["']\s*,?\s+and\s+(?:to\s+be\s+)?(?=["'])/i;

/** A concession after the statement: ", although …", ", though …", ", even if …". */
/** "'s About page", "'s website": the company's own page, as the subject of a report. */
const OWN_PAGE =
  /['’]s\s+(?:(?:about|careers|home|own)\s+page|website|site|annual\s+report|handbook)$/;
/** "… says it", "… stated that it": a report whose "it" is its subject. */
const REPORTS_IT =
  /\s+(?:says|said|states|stated|explains|explained|insists|insisted|writes|wrote|maintains)\s+(?:that\s+)?it$/;
const CONCEDES = /^\W*(?:although|though|even\s+(?:if|though)|whereas)\b/i;
/** A dash's or semicolon's clause with a subject of its own: "— and we would …", "; they …". */
const OWN_CLAUSE = /^\s*(?:[—–;]|-\s)\s*(?:(?:and|but|so)\s+)?(?:we|they|i)\s/i;

/** "and " or "or " opening the last bullet of a sentence spread over a list. */
const LAST_JOIN = /^\W*(?:and|or)\s+/i;

/**
 * The clause after a sentence's last colon when it opens with its own subject: ": we exist to ",
 * ": our purpose is ", ": we're here to ".
 */
const NEW_CLAUSE =
  /:\s+((?:we|they|it|the\s+company|(?:our|its|their)\s+\p{L}+)(?:['’](?:re|ve|s))?\s[^:]*)$/iu;

/** All before ", but" when the clause after opens with its own subject: ", but its mission …". */
const BUT_OWN_CLAUSE =
  /^.*,\s+but\s+(?=(?:we|they|it|the\s+company|(?:our|its|their)\s+\p{L}+)\s)/isu;

/**
 * A relative clause set off by commas, ", which did not exist before,", or any aside in dashes,
 * "— and it's on the wall, so I can't get it wrong —": it tells of the key word, and a negation in
 * it rejects nothing.
 */
const KEY_ASIDE = /,\s+(?:which|who)\s+[^,;:"]{1,80},|\s[—–]\s[^.;:"—–]{1,120}?\s[—–]\s/gi;

/** The capitalised name right before "envisions" ("The Pantry Network envisions "), if any. */
const NAMED_SUBJECT =
  /(?:^|[^\p{L}])((?!(?:We|They|It|Our|Its|Their|The|This|He|She|I|You)\s)[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})\s+\S+\s+$/u;

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** The text names a year that has come: "Founded in 1998", "since 2014" (not "in 2060"). */
function pastYear(text: string): boolean {
  const now = new Date().getFullYear();
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) <= now);
}

/**
 * "Harbour's values are plain words, fair claims and owning it.": a line whose subject is the
 * values (under a purpose title) gives the set, not the mission.
 */
const NAMES_THE_SET = /^[^.!?:]{0,60}?\b(?:values|principles|beliefs)\s+(?:are|include)\b/i;

/** "Hollins Brook Primary School": capitalised words ending on an organisation's kind. */
function organisationName(text: string): boolean {
  return (
    ENDS_IN_KIND.test(text) &&
    text.split(/\s+/).every((word) => /^(?:\p{Lu}|&$|of$|the$|and$)/u.test(word))
  );
}

/** "We " opening a line of a mission set out as lines, before its verb. */
const WE_FIRST = /^we\s+(?=\p{Ll})/iu;
