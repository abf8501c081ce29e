/**
 * Questions that ask for a statement: an FAQ question ("What is Acme's mission?", "What is the
 * co-op for?"), a terse one the next sentence answers ("The mission? To …"), one about the future
 * the company wants — and the organisation such a question (or "the purpose of …") names.
 */
import type { DocBlock } from "./blocks.js";
import type { Sentence } from "./sentences.js";
import { missionFrame, visionFrame } from "./statement-frames.js";
import type { AddCandidate } from "./statement-key-frames.js";
import { clauseEnd } from "./statement-span.js";
import type { StatementKind } from "./statements.js";
import { plainText } from "./text.js";

/** A question about the future the company wants: "plans for the future", "where is X heading". */
const FUTURE_QUESTION =
  /\b(?:plans?|hopes?)\s+for\s+the\s+future\b|\bwhere\s+(?:is|are)\s+[^?]{1,40}\s+heading\b/i;

/** "The mission?", "Our vision?": a question the next sentence answers. */
const ASKS_ITSELF =
  /^\W*(?:(?:and|so)\s+)?(?:the|our|its|their|[\p{Lu}][\p{L}&-]*'s?)?\s*(mission|vision)(?:\s+statement)?\?\s*$/iu;

/** The organisation a question may ask about: by its kind or a capitalised name (not "the fee"). */
const ORG_KIND =
  "(?:co-?op(?:erative)?|charity|trust|company|firm|club|society|foundation|organi[sz]ation|business|school|council|network|partnership|enterprise)";

const ORG_NAME = String.raw`[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3}`;

/** "… of the Esk Library": an organisation named after the key word. */
export const OF_NAME = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${ORG_NAME})`, "u");

const ASKED_ORG = String.raw`(?:[Tt]h(?:e|is)\s+)?(?:${ORG_KIND}|${ORG_NAME})`;

/** A question asking what the company is for: "What is the co-op for?", "Why does X exist?". */
const FOR_WHAT = new RegExp(
  String.raw`^\W*(?:[Ww]hat\s+(?:is|are)\s+${ASKED_ORG}\s+for|[Ww]hy\s+(?:does|do)\s+(?:${ASKED_ORG}|we)\s+exist)\?\s*$`,
  "u",
);

/** The kind a FAQ question asks for ("What is Acme's mission statement?", "And the vision?"). */
export function askedKind(block: DocBlock | undefined): StatementKind | null {
  return block ? askedIn(plainText(block.node)) : null;
}

/** "Q:", "Q2.", "A:", "Answer –": the label an FAQ sets before its question or its answer. */
const QA_LABEL = /^\W*(?:Q|A|Question|Answer)\s*\d{0,2}\s*[:.)–—-]\s*/i;

/** "In one line:", "In short,", "Simply put:": a word on how an answer is put, before it. */
export const ANSWER_OPENER =
  /^\W*(?:in\s+(?:one|a)\s+(?:line|sentence|word)|in\s+short|in\s+brief|simply\s+put|put\s+simply|briefly)\s*[:,]\s*(?=to\s)/i;

/** Where the words after an FAQ's "Q:" or "A:" label start (0 when there is none). */
function afterLabel(text: string): number {
  return QA_LABEL.exec(text)?.[0].length ?? 0;
}

/** The kind a question's text asks for. */
function askedIn(labelled: string): StatementKind | null {
  const text = labelled.slice(afterLabel(labelled));
  // ("What was Veldt's old mission?": its answer is history, not a wording of today's.)
  if (ASKS_PAST.test(text)) return null;
  const terse = ASKS_ITSELF.exec(text);
  if (terse) return (terse[1] as string).toLowerCase() as StatementKind;
  // "What is the co-op for?", "Why does Acme exist?": what it is for is its mission.
  if (FOR_WHAT.test(text)) return "mission";
  return questionKind(text);
}

/** A question after a former wording: "What was …?", "… old mission", "… used to be?". */
const ASKS_PAST =
  /^\W*(?:what|which|how)\s+(?:was|were|did)\b|\b(?:old|former|previous|original|first)\s+(?:mission|vision|purpose)\b|\bused\s+to\b/i;

/** The kind "What is Acme's mission statement?" asks for: the one of the two it names. */
function questionKind(text: string): StatementKind | null {
  if (!/\?\s*$/.test(text) || !/^\W*(?:what|which)\b/i.test(text)) return yesNoKind(text);
  // (A purpose is the mission; "the purpose of the values" asks what something else is for.)
  if (/\b(?:mission|purpose(?!\s+of\b))\b/i.test(text) && !/\bvision\b/i.test(text))
    return "mission";
  if (/\bvision\b/i.test(text) && !/\bmission\b/i.test(text)) return "vision";
  return null;
}

/** "Does Acme have a vision?", "Is there a mission statement?": the kind a yes-or-no question asks about. */
function yesNoKind(text: string): StatementKind | null {
  if (!/\?\s*$/.test(text) || !YES_NO.test(text)) return null;
  const mission = /\b(?:mission|purpose)\b/i.test(text);
  const vision = /\bvision\b/i.test(text);
  return mission === vision ? null : mission ? "mission" : "vision";
}
const YES_NO =
  /^\W*(?:does|do|has|have|is\s+there|are\s+there)\s[^?]{0,60}\b(?:a|an|any)\s+(?:\w+\s+)?(?:mission|purpose|vision)\b/i;
const WANT_TO_BE = /^\W*we\s+(?:want|would\s+like|hope|aim)\s+to\s+(?=(?:be|become)\s)/i;
/** "Yes.", "Yes –", "Yes, ": an answer's first word granting the question. */
const YES = /^\W*yes\b\s*[.!,;:–—-]?\s*/i;

/**
 * A sentence that asks a question gives no statement, but "The mission? To …" (or "plans for the
 * future? We'd like …") is answered by the sentence after it.
 */
export function readAnswer(
  sentence: Sentence,
  block: DocBlock,
  position: Map<Sentence, number>,
  add: AddCandidate,
): void {
  // ("**What is the co-op for?** To generate …": what it is for is its mission.)
  // (In an FAQ, a question with its answer on the line under it: "**What is Acme's mission?**"
  // then "To make …", one paragraph.)
  const asks =
    ASKS_ITSELF.exec(sentence.text)?.[1] ??
    (FOR_WHAT.test(sentence.text) ? "mission" : undefined) ??
    (block.section.kind === "faq" ? (askedIn(sentence.text) ?? undefined) : undefined);
  const next = block.sentences[(position.get(sentence) ?? 0) + 1];
  const kind = (asks ?? "").toLowerCase() as StatementKind;
  // ("Our vision? A town where …": a vision may answer with a noun phrase.)
  // ("What's the mission, in one line?" — "Making ops boring …": a gerund answers it too.)
  // (Not a frame or an aside opening the answer: "According to its website, …".)
  const answer =
    kind === "vision"
      ? /^\W*(?:to|a|an)\s/i
      : /^\W*(?:[Tt]o\s|(?!(?:According|Including|Regarding|Following|Depending|Speaking|Looking|Thinking|Starting|Being|Having|Nothing|Something|Everything|Anything)\b)\p{Lu}\p{Ll}+ing\s)/u;
  // ("In short, to give …": a word on how it is put may open the answer.)
  const label = next ? afterLabel(next.text) : 0;
  const from = label + (ANSWER_OPENER.exec(next?.text.slice(label) ?? "")?.[0].length ?? 0);
  const reply = next?.text.slice(from) ?? "";
  const answered = Boolean(asks && next && answer.test(reply));
  if (answered && next) {
    add(kind, next, [from, from + clauseEnd(reply)], 0.85, `“The ${kind}? To …”`);
  }
  // "**What is Acme's mission?** Acme aims to …": an answer in the question's paragraph that
  // opens with a purpose frame gives the mission after it.
  const question = sentence.text.slice(afterLabel(sentence.text));
  const frame = !answered && next && questionKind(question) === "mission" ? missionFrame(reply) : 0;
  if (next && frame > 0) {
    const end = from + frame + clauseEnd(reply.slice(frame));
    add("mission", next, [from + frame, end], 0.8, "an answer “Acme aims to …”");
  }
  // "Does Acme have a vision?" — "Yes. We want to be …": the statement after the "yes".
  const yes = next && YES.exec(reply);
  const kindAsked = yes ? yesNoKind(question) : null;
  if (next && yes && kindAsked) {
    const rest = reply.slice(yes[0].length);
    const [said, offset] = rest.trim()
      ? [next, from + yes[0].length]
      : [block.sentences[(position.get(sentence) ?? 0) + 2], 0];
    const text = said?.text.slice(offset) ?? "";
    // (Asked for the vision, "We want to be …" gives it: the question names what is wanted.)
    const at =
      (kindAsked === "vision" ? visionFrame : missionFrame)(text) ||
      (kindAsked === "vision" ? (WANT_TO_BE.exec(text)?.[0].length ?? 0) : 0);
    if (said && at > 0) {
      const end = offset + at + clauseEnd(text.slice(at));
      add(kindAsked, said, [offset + at, end], 0.8, `“Does X have a ${kindAsked}?” “Yes. We …”`);
    }
  }
  // "What are your plans for the future? We'd like to be a …": the future it wants.
  const wanted = next && FUTURE_QUESTION.test(sentence.text) ? visionFrame(next.text) : 0;
  if (next && wanted > 0) {
    const end = wanted + clauseEnd(next.text.slice(wanted));
    add("vision", next, [wanted, end], 0.7, "“plans for the future? We'd like …”");
  }
}
