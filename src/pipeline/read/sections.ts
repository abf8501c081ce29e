/**
 * Split the document into sections at `#`/`##` headings (`###` on a page that has no `##`) and
 * classify each by its heading words. Deeper headings stay inside their section (value names, FAQ
 * questions, sub-parts).
 */
import type { Heading, Root, RootContent } from "mdast";
import type { SectionKind } from "../../schema/schema.js";
import { plainText } from "./text.js";

export interface SectionNodes {
  heading: string;
  slug: string;
  line: number;
  depth: number;
  kind: SectionKind;
  /** Block nodes of the section, heading excluded. */
  nodes: RootContent[];
}

/**
 * "Action guidelines", "conduct guidelines": how companies — Japanese ones above all, in English —
 * name the conduct they hold their people to, a set as principles are. (Bare "guidelines" are as
 * often a style guide's or a form's.)
 */
export const CONDUCT_GUIDELINES = String.raw`(?:action|conduct|behaviou?r(?:al)?)\s+guidelines`;

const KIND_WORDS: [SectionKind, RegExp][] = [
  [
    "faq",
    /\b(faqs?|frequently asked|questions|(?:quick|short|straight)\s+answers|^(?:good|need|things)\s+to\s+know$|people also ask|(?:often|commonly|usually) ask(?:ed)?|you ask(?:ed)?|q\s*&\s*a|^ask\s+(?:us|the|an?|our)\b(?=[^:?]{0,40}$))\b/i,
  ],
  [
    "takeaways",
    /\b(take-?aways?|took\s+away|key points|key lessons|summary|in short|in brief|tl;\s?dr)\b/i,
  ],
  ["pillars", /\b(pillars?)\b/i],
  [
    "values",
    new RegExp(
      String.raw`\b(values|principles|(?:each|every)\s+(?:core\s+)?(?:value|principle|belief)|tenets|brand truths|non-negotiables|credo|culture|beliefs|believes|stands? for|we value|we believe|commitments|we hold (?:on\s*)?to|we hold dear|we (?:treasure|cherish)|we hold (?:each other|one another|ourselves) to|we care about|we live by|we(?:(?:'|’)ll)? (?:won(?:'|’)t|will not|will never|never) compromise on|what matters (?:most )?to us|${CONDUCT_GUIDELINES}|our (?:dna|code)\b(?!\s+of\b))\b`,
      "i",
    ),
  ],
  // "The five we landed on", "The four we chose": a count chosen, no noun — the values a rewrite
  // ended with (a page about writing them: "## How we did it", then this). (The count words are
  // spelt out here: enumeration.ts, whose COUNT this would be, imports this module.)
  [
    "values",
    /^\W*(?:the|our)\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:we|that\s+we)\s+(?:(?:finally|eventually|actually)\s+)?(?:landed\s+on|chose|picked|kept|settled\s+on|ended\s+up\s+with|agreed(?:\s+on)?|went\s+with|arrived\s+at))\W*$/iu,
  ],
  // "Our 5 P’s", "Our Four Cs": the house's own set named by its count and shared initial (not
  // "The 4 Ps", a textbook's marketing mix).
  [
    "values",
    /^\W*[Oo]ur\s+((?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+\p{Lu}['’]?s)\W*$/u,
  ],
  // "The Rovers Way", "The Northline Way": a house's own name for the code its people sign up to.
  ["values", /^\W*The\s+\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){0,2}\s+(Way)\W*$/u],
  [
    "vision",
    /\b(vision|envision|where we(?:'|’)?re (?:going|headed|heading)|where (?:is|are) (?:it|they|the \w+) (?:going|headed|heading)|where we are (?:going|headed|heading)|where we (?:want|hope|aim|plan) to (?:be|get)|looking ahead|the long view|future we(?:'|’)?re building|(?:world|future|place|town|city|coast|country) we (?:want|imagine))\b/i,
  ],
  [
    "mission",
    /\b(mission|purpose|why we exist|why we do (?:what we do|it|this)|why we(?:'|’)?re here|why we are here|what drives us|what we(?:'|’)?re (?:here )?for|what we are (?:here )?for|what we(?:'|’)?re here to do|what we are here to do)\b/i,
  ],
];

/** "… that aren't", "… which are not our": a negation right before the kind's word. */
const NOT_BEFORE =
  /\b(?:aren['’]t|are\s+not|isn['’]t|is\s+not|not)\s+(?:(?:our|the|a|an|its|core)\s+)?$/i;

/** "The values of a wetland", "Value for money": the word, not the company's values. */
const NOT_COMPANY_VALUES = /\bvalues?\s+(?:of\s+(?:a|an)\b|for\s+money\b)|\bshareholder\s+value/i;

/** "Hallow Lane Food Bank in brief", "Tri-Borough at a glance": a named organisation's profile. */
const PROFILE =
  /^\W*\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}'’&-]*){0,5}\s+(?:in\s+brief|at\s+a\s+glance)\W*$/u;

/** "… briefing and Q&A", "News & FAQs": the FAQ joined on as one of two parts. */
const JOINED_FAQ = /\S\s+(?:and|&)\s+(?:faqs?|q\s*&\s*a)\b/i;

/**
 * "ten questions for Brackenfold's HR director", "Five questions with Ana Reyes", "Q&A with
 * Hollin's brand director": an interview; "Questions from the panel", "Audience Q&A": questions
 * people in the room put, a transcript's, not the readers' ("Frequently asked questions from
 * analysts" is still an FAQ).
 */
const INTERVIEW_TITLE =
  /\b(?:[Qq]uestions\s+(?:for|with)\s+\p{Lu}|Q\s*&\s*A\s+with\s+(?:(?:the|our|its|their)\s+)?\p{L}|[Qq]uestions\s+from\s+(?:the\s+)?(?:panel|audience|floor|judges)\b|(?:[Aa]udience|[Pp]anel)\s+(?:[Qq]uestions|Q\s*&\s*A)\b)/u;

/** Three topics or more in a row: "a, b, and c", "a, b, c". */
const TOPICS = /,[^,]+,\s*(?:and\s+)?\S|,[^,]+\s+and\s+\S[^,]*,/;

/** The kind named by the earliest of the heading's keywords ("Mission … and Vision" → mission). */
export function sectionKind(heading: string): SectionKind {
  if (NOT_COMPANY_VALUES.test(heading) && !/\b(?:mission|vision)\b/i.test(heading)) return "other";
  // "Mission statement FAQ", "Key takeaways on the vision": the section's form wins over its topic.
  // (Not a standfirst listing the post's topics, "The results of the vote, the new wording, and
  // answers to your questions": one of them is no form for all that follows.)
  // (Nor a profile of someone named, "Hallow Lane Food Bank in brief": their facts, no summary.)
  // (Nor a title joining the FAQ to another part, "…: media briefing and Q&A": the page holds
  // both, and its Q&A has a heading of its own below.)
  const standfirst =
    (TOPICS.test(heading) && heading.split(/\s+/).length > 8) ||
    PROFILE.test(heading) ||
    JOINED_FAQ.test(heading);
  // (Nor an interview's title, "Ten questions for Brackenfold's HR director": its questions are
  // put to someone, not the readers' own.)
  const interview = INTERVIEW_TITLE.test(heading);
  /** A form the heading cannot name: neither in a standfirst, nor an FAQ in an interview's title. */
  const ruledOut = (kind: SectionKind) =>
    (standfirst && (kind === "faq" || kind === "takeaways")) || (interview && kind === "faq");
  for (const kind of ["faq", "takeaways"] as const) {
    if (ruledOut(kind)) continue;
    const words = KIND_WORDS.find(([k]) => k === kind)?.[1];
    if (words?.test(heading)) return kind;
  }
  let best: { kind: SectionKind; index: number } | undefined;
  for (const [kind, pattern] of KIND_WORDS) {
    if (ruledOut(kind)) continue;
    const match = pattern.exec(heading);
    // ("Things people ask about that aren't tenets": what the part says is not the set.)
    if (match && NOT_BEFORE.test(heading.slice(0, match.index))) continue;
    if (match && (!best || match.index < best.index)) best = { kind, index: match.index };
  }
  return best?.kind ?? "other";
}

/** Slugs in use, and per base slug the next number to try (so many equal headings stay linear). */
export interface Slugs {
  taken: Set<string>;
  next: Map<string, number>;
}

export function newSlugs(): Slugs {
  return { taken: new Set(), next: new Map() };
}

export function slugify(text: string, slugs: Slugs): string {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 80) || "section";
  let slug = base;
  let n = slugs.next.get(base) ?? 1;
  for (; slugs.taken.has(slug); n++) slug = `${base}-${n}`;
  slugs.next.set(base, n);
  slugs.taken.add(slug);
  return slug;
}

const QUESTION =
  /^\W*(?:what|how|why|who|when|where|which|is|are|does|do|did|can|should|will|has|have)\b.*\?\s*$/i;

/**
 * What follows the heading at `at` opens an FAQ: the next heading is deeper and asks a question, or
 * the next paragraph opens on a bold question — the FAQ's first entry.
 */
function questionsUnder(tree: Root, at: number, heading: Heading): boolean {
  const next = tree.children.slice(at + 1, at + 4).find((node) => node.type === "heading");
  if (next?.type === "heading" && next.depth > heading.depth && QUESTION.test(plainText(next)))
    return true;
  // ("### FAQ" over "**What is Aalund Audio's mission?**" and its answer: bold questions.)
  const first = tree.children[at + 1];
  const lead = first?.type === "paragraph" ? first.children[0] : undefined;
  return lead?.type === "strong" && QUESTION.test(plainText(lead));
}

/**
 * "## Thinking of joining?" over "### Do I need to read music?", "### How much does it cost?",
 * "### Can I come along and try it first?": a part whose sub-headings are all readers' questions,
 * three or more, each over a short answer, is an FAQ whatever its heading calls it. (Read up to the
 * next heading as high: the parts are read once each.)
 */
function questionsBelow(tree: Root, at: number, heading: Heading): boolean {
  let questions = 0;
  let blocks = 0;
  for (let k = at + 1; k < tree.children.length; k++) {
    const next = tree.children[k] as RootContent;
    if (next.type !== "heading") {
      if (++blocks > 4) return false;
      continue;
    }
    if (next.depth <= heading.depth) break;
    if (!asksQuestion(plainText(next))) return false;
    questions++;
    blocks = 0;
  }
  return questions >= 3;
}

/** An FAQ section the page gives no heading of its own, opening at `node`. */
function faqSection(node: RootContent, depth: number, slugs: Slugs): SectionNodes {
  return {
    heading: "Frequently asked questions",
    slug: slugify("frequently asked questions", slugs),
    line: node.position?.start.line ?? 1,
    depth,
    kind: "faq",
    nodes: [],
  };
}

/** A paragraph's bold opening question ("**Can I bring my dog?** …"), else null. */
function boldQuestion(node: RootContent): string | null {
  const lead = node.type === "paragraph" ? node.children[0] : undefined;
  const text = lead?.type === "strong" ? plainText(lead).trim() : "";
  return text.endsWith("?") ? text : null;
}

/** Fewest questions that make an FAQ of a run no heading names. */
const UNNAMED_FAQ_QUESTIONS = 3;

/**
 * Where an FAQ the page does not call one starts: the first of three or more bold questions a
 * reader asks — one sentence each, asked outright, twelve words at most — all under one heading,
 * each answered before the next. An interview asks otherwise: its questions run through the whole
 * page, open on "You …" or "So …", a speaker's name or a preamble sentence.
 */
function boldQuestionRun(tree: Root): number | undefined {
  const at: number[] = [];
  let heading: RootContent | undefined;
  let under: RootContent | undefined;
  for (const [index, node] of tree.children.entries()) {
    if (node.type === "heading") heading = node;
    const question = boldQuestion(node);
    if (question === null) continue;
    if (at.length > 0 && under !== heading) return undefined;
    if (!QUESTION.test(question) || /[.!]\s/.test(question) || question.split(/\s+/).length > 12)
      return undefined;
    // (Answered: in the paragraph after its line break, or by the next block.)
    const next = tree.children[index + 1];
    const answered =
      plainText(node).trim().length > question.length ||
      (next !== undefined && next.type !== "heading" && boldQuestion(next) === null);
    if (!answered) return undefined;
    under = heading;
    at.push(index);
  }
  return at.length >= UNNAMED_FAQ_QUESTIONS ? at[0] : undefined;
}

export function splitSections(tree: Root): SectionNodes[] {
  const sections: SectionNodes[] = [];
  const slugs = newSlugs();
  let current: SectionNodes | undefined;
  const sectionDepth = partDepth(tree);
  // A page with its own FAQ heading keeps its question headings elsewhere as section titles.
  const ownFaq = tree.children.some(
    (node) => node.type === "heading" && sectionKind(plainText(node)) === "faq",
  );
  const unnamedFaq = ownFaq ? undefined : boldQuestionRun(tree);
  for (const [index, node] of tree.children.entries()) {
    if (node.type === "yaml") continue;
    // "**Can I bring my dog?**" and its answer, twice more, under "## Planning your visit": an FAQ
    // the page does not call one. A section that opens on it takes the FAQ kind; else it opens one.
    if (index === unnamedFaq && current && current.kind === "other") {
      if (current.nodes.length === 0) current.kind = "faq";
      else {
        current = faqSection(node, current.depth, slugs);
        sections.push(current);
      }
    }
    // "## What is Acme's mission?" after an FAQ heading, or a run of such headings with short
    // answers, is one question of the FAQ, not a section of its own.
    if (node.type === "heading" && node.depth <= sectionDepth && asksQuestion(plainText(node))) {
      const previous = sections.at(-1);
      const run =
        current &&
        current === previous &&
        (current.kind === "faq" || (!ownFaq && questionRun(tree, node)));
      if (current && run) {
        if (current.kind !== "faq") {
          // The run starts here: an FAQ section holds it.
          current = faqSection(node, node.depth, slugs);
          sections.push(current);
        }
        current.nodes.push(node);
        continue;
      }
    }
    // (An FAQ's `###` headings are its questions, even then.)
    const starts = node.type === "heading" && (node.depth <= 2 || current?.kind !== "faq");
    const caps = capsHeading(node);
    // ("### Questions we get asked a lot" inside "## Where we're going": an FAQ opens at any
    // depth, and its questions are the deeper headings under it, up to the next as high as it.)
    const deeper = node.type === "heading" && node.depth > sectionDepth;
    const faqOpens =
      deeper &&
      current?.kind !== "faq" &&
      sectionKind(plainText(node)) === "faq" &&
      questionsUnder(tree, index, node);
    const faqEnds = deeper && current?.kind === "faq" && node.depth <= current.depth;
    if (
      (node.type === "heading" && node.depth <= sectionDepth && starts) ||
      caps ||
      faqOpens ||
      faqEnds
    ) {
      const heading = caps ?? plainText(node);
      const kind = sectionKind(heading);
      current = {
        heading,
        slug: slugify(heading, slugs),
        line: node.position?.start.line ?? 1,
        depth: node.type === "heading" ? node.depth : sectionDepth,
        kind:
          kind === "other" && node.type === "heading" && questionsBelow(tree, index, node)
            ? "faq"
            : kind,
        nodes: [],
      };
      sections.push(current);
      continue;
    }
    if (!current) {
      // Text before the first heading: an untitled opening section.
      current = {
        heading: "",
        slug: slugify("introduction", slugs),
        line: node.position?.start.line ?? 1,
        depth: 1,
        kind: "other",
        nodes: [],
      };
      sections.push(current);
    }
    current.nodes.push(node);
  }
  return sections;
}

/**
 * The depth the page's parts start at: its shallowest heading below `#` (`##` by default), so a
 * page with no `##` that uses `###` for its parts (under a `#` title) is split at `###`. A page
 * whose one heading at that depth opens its body, with deeper headings below that name
 * different parts Credo reads ("## Case note: …" over "### 2. Values" and "### 4. Questions for
 * discussion"), has set its title one level down: its parts are the deeper ones, and that heading
 * stands as a `#` title would.
 */
export function partDepth(tree: Root): Heading["depth"] {
  const headings = tree.children.filter((node): node is Heading => node.type === "heading");
  // A word processor's export sets its parts as `#` ("# 1. Introduction", "# 2. Who we are",
  // "# 3. Our four pillars") with `##` inside them: three or more `#` headings are the parts.
  if (headings.filter((node) => node.depth === 1).length >= 3) return 1;
  const below = headings.filter((node) => node.depth >= 2);
  const shallowest = Math.min(6, ...below.map((node) => node.depth));
  const depth = (shallowest === 6 ? 2 : shallowest) as Heading["depth"];
  // (A `#` title may stand above it only in its words, the page's title given twice, whole or
  // shortened as a masthead does, "Members' News · Spring 2025" under "Millbrook Co-op Members'
  // News — Spring 2025": a different one makes it the first part of a longer whole, "## Section
  // 1: Who we are".)
  const [first] = below;
  const title = first ? titleWords(plainText(first)) : [];
  const others = headings.filter((node) => node !== first);
  const alone = others.every(
    (node) =>
      node.depth > depth ||
      (node.depth === 1 &&
        headings.indexOf(node) < headings.indexOf(first as Heading) &&
        title.length >= 2 &&
        title.every((word) => titleWords(plainText(node)).includes(word))),
  );
  if (first?.depth !== depth || !alone) return depth;
  // Parts, not one part's items ("### Integrity", "### Courage"): they name two kinds of part.
  const kinds = new Set(
    headings
      .filter((node) => node.depth === depth + 1)
      .map((node) => sectionKind(plainText(node)))
      .filter((kind) => kind !== "other"),
  );
  return (kinds.size >= 2 ? depth + 1 : depth) as Heading["depth"];
}

/** A title's words in lower case, without its punctuation ("members", "news", "spring", "2025"). */
function titleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

/**
 * "OUR MISSION" alone on a line: a heading that lost its markup when the page was copied. Plain
 * text only (a bold "**FOR IMMEDIATE RELEASE**" is emphasis), at most five words.
 */
function capsHeading(node: RootContent): string | null {
  if (node.type !== "paragraph" || node.children.length !== 1) return null;
  const only = node.children[0];
  if (only?.type !== "text") return null;
  const text = only.value.trim();
  const caps = /^[\p{Lu}\d][\p{Lu}\d&'’ ,-]*$/u.test(text) && /\p{Lu}{2}/u.test(text);
  return caps && text.split(/\s+/).length <= 5 ? text : null;
}

/**
 * A question that opens on the asker's own case — "My dog is very nervous. Can you still help?",
 * "I work nights. Can I book online?" — a reader's, as an FAQ words them (an interviewer's tells
 * of the person asked: "You've gone from one person to 38. How …?").
 */
function readerQuestion(text: string): boolean {
  return READER_TOLD.test(text) && QUESTION.test(text.split(/(?<=[.!])\s+/).at(-1) ?? "");
}
const READER_TOLD = /^\W*(?:my|i|i['’]m|i['’]ve|we|we['’]re|our)\s/i;

/** A heading that asks a question: a question word first, or a reader's own case, then one. */
const asksQuestion = (text: string) => QUESTION.test(text) || readerQuestion(text);

/**
 * Whether `node` starts two or more question headings in a row, each answered in a few blocks —
 * and not followed by the page's takeaways: an FAQ closes an article, while questions its
 * takeaways sum up are its own sections ("## What is Acme's mission?" … "## Key takeaways").
 */
function questionRun(tree: Root, node: Heading): boolean {
  const start = tree.children.indexOf(node);
  let questions = 0;
  let blocks = 0;
  for (const next of tree.children.slice(start)) {
    if (next.type === "heading" && next.depth <= node.depth) {
      const text = plainText(next);
      // (An interview's: a question put to the person, "You've gone from one person to 38. How
      // do you keep the culture?", "And now?" — the run's questions are theirs too.)
      // (Not a reader telling of themselves first: "My dog is very nervous. Can you still help?")
      const asked = readerQuestion(text);
      if (/\?\s*$/.test(text) && !asked && (!QUESTION.test(text) || /[.!]\s/.test(text)))
        return false;
      if (!asksQuestion(text)) {
        if (sectionKind(text) === "takeaways") return false;
        break;
      }
      questions++;
      blocks = 0;
    } else if (++blocks > 4) return false;
  }
  return questions >= 2;
}

/**
 * What a page titled as a Q&A ("# About the Trust: your questions answered") sets before its
 * first question: the page's own opening text, no answer. (Read once per section.)
 */
export function beforeQuestions(section: SectionNodes, node: RootContent): boolean {
  if (section.kind !== "faq" || section.depth !== 1) return false;
  let opening = openings.get(section);
  if (!opening) {
    const first = section.nodes.findIndex((n) => n.type === "heading");
    opening = new Set(first < 0 ? [] : section.nodes.slice(0, first));
    openings.set(section, opening);
  }
  return opening.has(node);
}

const openings = new WeakMap<SectionNodes, Set<RootContent>>();
