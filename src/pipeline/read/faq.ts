/**
 * FAQ pairs from a FAQ section: `### Question?` headings followed by answer paragraphs, or
 * paragraphs written `Q1: …? A1: …` / `**Q: …?** A: …`, or a question paragraph followed by its
 * answer. Labels ("Q1:", "A:") are kept in the text but not in the model.
 */
import type { ListItem, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { FaqEntry } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { commentLine } from "./comment-lines.js";
import { DECORATION, decoration, plainText } from "./text.js";

export interface FoundFaq {
  entry: FaqEntry;
  /** The nodes the pair is written in; the first is where the body shows it. */
  nodes: RootContent[];
  /** For the second and later pairs of an FAQ written as one list: shown after this node. */
  after?: RootContent;
}

/**
 * "Q1:", "Question 2.", a bold "4." numbering the question, and an exported toggle's "▶ Expand:"
 * (a wiki's collapsed block) — none of them is part of the question.
 */
const Q_LABEL =
  /^\s*(?:[▶►▸▼▾]\s*)?(?:(?:expand|toggle|show)\s*:\s*)?(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b|\d{1,2}[.)]\s)?\s*/i;
const A_LABEL = /^\s*(?:A(?:nswer)?\s*\d*\s*[:.)])\s*/i;
const INLINE_PAIR = /^\s*(Q(?:uestion)?\s*\d*\s*[:.)].*?\?)\s*(A(?:nswer)?\s*\d*\s*[:.)][\s\S]*)$/i;

const QUESTION_HEADING =
  /\?\s*$|^\s*(?:what|how|why|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\b/i;

/** The question of a `<details>` block; bounded so a hostile tag costs linear time. */
const SUMMARY =
  /<summary\b[^>]{0,200}>([^<]{1,500}(?:<(?!\/summary)[^>]{0,200}>[^<]{0,500}){0,10})<\/summary>/i;

/** Titles in a row, set apart by a middle dot. */
/** An email address, a phone number or a web address opening the text: contact details. */
const CONTACT =
  /^\s*(?:[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()-]{6,}\d|https?:\/\/\S+|www\.\S+)(?:\s*[·|•,]|\s*$)/u;
const ITEM_ROW = /\S\s+·\s+\S/u;
const text = (node: RootContent | undefined) => (node ? plainText(node) : "");
const line = (node: RootContent) => node.position?.start.line ?? 1;

/** A bold label that is a person's name, with their firm after a comma: "Ana Pike, Tarn Securities:". */
const SPEAKER =
  /^\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:,\s*[^:?]{1,60})?:\s*$/u;

/**
 * "**Was this analysis useful?** Subscribe … [Sign up →](…)", "*Like this teardown?* Get the next
 * one in your inbox. [Subscribe](…)": a question that asks the reader to act, answered by a link
 * to do it — the page's call to action, not a question it answers.
 */
function callToAct(node: RootContent): boolean {
  if (node.type !== "paragraph" || !node.children.some((child) => child.type === "link"))
    return false;
  // (The answer opens by telling the reader what to do; "You can download the full strategy"
  // answers a question.)
  return CALL_TO_ACT.test(text(node));
}
const CALL_TO_ACT =
  /^[^?]{3,60}\?\W*(?:subscribe|sign\s+up|browse|download|get\s+the\s+next|join|follow\s+us|book\s+(?:a|your)|apply\s+now|see\s+(?:our\s+)?open)\b/i;

/** "Was this article helpful?", "Did this answer your question?": a page's feedback widget. */
const RATE_THE_PAGE =
  /^\W*(?:(?:was|is)\s+this\s+(?:article|page|answer|post|guide|information|content)\s+(?:helpful|useful)|did\s+this\s+(?:(?:article|page|answer)\s+help|answer\s+your\s+question)|did\s+you\s+find\s+what\s+you\s+were\s+looking\s+for)\b/i;

/**
 * "### [How regional water companies write their purpose](https://…)": a related post's title,
 * a heading that is only a link and asks nothing — not a question the page answers.
 */
function linkedTitle(node: RootContent): boolean {
  return (
    node.type === "heading" &&
    node.children.length === 1 &&
    node.children[0]?.type === "link" &&
    !/\?\s*$/.test(text(node))
  );
}

export function findFaq(blocks: DocBlock[]): FoundFaq[] {
  const found: FoundFaq[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as DocBlock;
    if (block.section.kind !== "faq") continue;
    const { node } = block;
    if (
      linkLine(node) ||
      commentLine(node) ||
      callToAct(node) ||
      linkedTitle(node) ||
      RATE_THE_PAGE.test(text(node))
    )
      continue;
    const sameSection = (i: number) => blocks[i]?.section === block.section;

    // "1. **Can I visit at any time?** Yes, …", "1. Who owns it?" then the answer indented: an FAQ
    // written as a list, one pair per item.
    if (node.type === "list") {
      const pairs = node.children.map((item) => itemQuestion(item));
      if (pairs.length > 0 && pairs.every((p) => p !== null)) {
        pairs.forEach((pair, i) => {
          const entry = {
            ...(pair as Omit<FaqEntry, "line">),
            line: line(node.children[i] as RootContent),
          };
          found.push(i === 0 ? { entry, nodes: [node] } : { entry, nodes: [], after: node });
        });
        continue;
      }
    }
    // "| Question | Short answer |" over rows of a question and its answer: one pair per row.
    if (node.type === "table") {
      const rows = node.children.slice(1).map((row) => row.children.map(text));
      if (
        rows.length > 0 &&
        rows.every(([asked, answer]) => /\?\s*$/.test(asked ?? "") && answer)
      ) {
        rows.forEach(([asked, answer], i) => {
          const entry = {
            question: (asked ?? "").replace(Q_LABEL, "").trim(),
            answer: (answer ?? "").trim(),
            line: line(node.children[i + 1] as RootContent),
          };
          found.push(i === 0 ? { entry, nodes: [node] } : { entry, nodes: [], after: node });
        });
        continue;
      }
    }
    // "**What is Acme's mission?**" and its answer in one paragraph (a soft line break apart).
    // ("▸ **Do we have core hours?** …": a marker before the bold question decorates it.)
    const marked = node.type === "paragraph" && decoration(node.children[0]);
    const lead = node.type === "paragraph" ? node.children[marked ? 1 : 0] : undefined;
    const leadText = lead?.type === "strong" ? plainText(lead).replace(Q_LABEL, "") : "";
    // ("**Ana Pike, Tarn Securities:** Thanks. Is the pricing here to stay?": a speaker's turn in
    // a transcript's Q&A, not a question the page answers.)
    if (lead?.type === "strong" && SPEAKER.test(plainText(lead))) continue;
    const whole = marked ? text(node).replace(DECORATION, "") : text(node);
    // ("**Ready to talk?** hello@… · 01584 …": a call to action answered by contact details.)
    const rest = whole.slice(plainText(lead ?? node).length);
    if (lead && /\?\s*$/.test(leadText) && CONTACT.test(rest)) continue;
    if (lead && /\?\s*$/.test(leadText) && whole.length > plainText(lead).length + 1) {
      found.push({
        entry: {
          question: leadText.trim(),
          answer: rest.replace(A_LABEL, "").trim(),
          line: line(node),
        },
        nodes: [node],
      });
      continue;
    }
    // "Where is the mill?" and its answer on the next line of the same paragraph.
    const [asked, ...answered] = node.type === "paragraph" ? mdastToString(node).split("\n") : [];
    const plain = asked?.replace(Q_LABEL, "").trim() ?? "";
    if (/\?$/.test(plain) && answered.join("").trim() && !/\?\s*$/.test(text(node))) {
      found.push({
        entry: {
          question: plain,
          answer: answered.join(" ").replace(A_LABEL, "").replace(/\s+/g, " ").trim(),
          line: line(node),
        },
        nodes: [node],
      });
      continue;
    }
    // "<details><summary>Question?</summary>" (a disclosure widget): only its text is read.
    const summary = node.type === "html" ? SUMMARY.exec(node.value) : null;
    const asking = node.type === "heading" || node.type === "paragraph" || summary !== null;
    const question = summary
      ? (summary[1] ?? "")
          .replace(/<[^>]*>/g, "")
          .replace(/\s+/g, " ")
          .trim()
      : asking
        ? text(node).replace(Q_LABEL, "")
        : "";
    // A heading asks when it ends in "?" or starts like a question; "### Related posts" does not.
    // (Titles set apart by "·" are a row of links, their last title's "?" no question of the
    // row's: "Read next: Knots for beginners · Why do sails tear?" — an imported page's links.)
    const asks =
      node.type === "heading" || summary
        ? QUESTION_HEADING.test(question)
        : /\?\s*$/.test(question) && !ITEM_ROW.test(question);
    if (asks) {
      // A question (heading or paragraph ending in "?") answered by the paragraphs after it.
      const answers: RootContent[] = [];
      let next = index + 1;
      while (sameSection(next) && isAnswer(blocks[next]?.node))
        answers.push(blocks[next++]?.node as RootContent);
      if (answers.length > 0 || node.type === "heading") {
        found.push({
          entry: {
            question,
            answer: answers.map(text).join("\n\n").replace(A_LABEL, ""),
            line: line(node),
            ...(answers[0] ? { answerLine: line(answers[0]) } : {}),
          },
          nodes: [node, ...answers],
        });
        index = next - 1;
        continue;
      }
    }
    if (node.type === "paragraph") {
      const pair = INLINE_PAIR.exec(text(node));
      if (pair) {
        found.push({
          entry: {
            question: (pair[1] ?? "").replace(Q_LABEL, "").trim(),
            answer: (pair[2] ?? "").replace(A_LABEL, "").trim(),
            line: line(node),
          },
          nodes: [node],
        });
      }
    }
  }
  return found;
}

/**
 * A list item led by a bold question and answered by the rest of it, or whose first paragraph
 * is a question and the blocks after it the answer.
 */
function itemQuestion(item: ListItem): Omit<FaqEntry, "line"> | null {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph") return null;
  const lead = first.children[0];
  if (lead?.type === "strong") {
    const question = plainText(lead).replace(Q_LABEL, "").trim();
    if (!/\?$/.test(question)) return null;
    const answer = text(item).slice(plainText(lead).length).replace(A_LABEL, "").trim();
    return { question, answer };
  }
  const question = text(first).replace(Q_LABEL, "").trim();
  const answer = rest.map(text).join("\n\n").replace(A_LABEL, "").trim();
  return /\?$/.test(question) && answer ? { question, answer } : null;
}

function isAnswer(node: RootContent | undefined): boolean {
  if (!node || node.type === "heading") return false;
  if (node.type === "paragraph") {
    const value = text(node);
    return !/\?\s*$/.test(value) && !INLINE_PAIR.test(value);
  }
  return node.type === "list" || node.type === "blockquote";
}

/**
 * "**You may also like:** [A vs B: which is better?](…) · [What is a vision?](…)": links to other
 * pages, their titles questions of those pages, not of this FAQ.
 */
export function linkLine(node: RootContent): boolean {
  if (node.type !== "paragraph") return false;
  const links = node.children.filter((child) => child.type === "link").length;
  // Between the links only marks, and at most a bold label before them ("Read next:").
  const label = node.children[0]?.type === "strong" && /:\s*$/.test(text(node.children[0]));
  const between = node.children
    .filter((child, i) => child.type !== "link" && !(label && i === 0))
    .map(text)
    .join("");
  return links >= 2 && !/[\p{L}\p{N}]/u.test(between);
}
