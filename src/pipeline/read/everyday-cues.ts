/**
 * Sentence cues for a statement worded the everyday way, without the words mission or vision:
 * "everything we do comes back to one idea: …", "everything we do is about helping …", "The point
 * of the Larder is simple — …", "Our goal is a town where …". Each gives where the statement
 * starts; `body` finds where it ends.
 */
import { PLACE_WHERE, sharesName } from "./statement-cues.js";
import type { StatementKind } from "./statements.js";

export interface EverydayCue {
  kind: StatementKind;
  /** Index in the text where the statement starts. */
  start: number;
  base: number;
  cue: string;
}

/** "everything we do comes back to one idea: …", "all we do starts from one thing —". */
const ONE_IDEA =
  /\b(?:everything|all)\s+(?:that\s+)?we\s+do\s+(?:comes?\s+(?:back|down)\s+to|starts?\s+(?:with|from))\s+(?:one|a\s+single|this)\s+(?:idea|thing|aim|purpose)\s*(?::|[—–])\s*/gi;

/**
 * "Everything we do is about helping …": what the company does, told as the doing all its work
 * serves (not a quality: "Everything we do is about quality").
 */
const ALL_ABOUT =
  /\b(?:everything|all)\s+(?:that\s+)?we\s+do\s+is\s+(?:about|for)\s+(?=\p{Ll}+ing\s)/giu;

/** "The point of the Larder is simple — …": what the company (group 1) is for. */
const POINT_OF =
  /\b[Tt]he\s+(?:whole\s+)?point\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,4})\s+is\s+(?:simple|clear|this)\s*(?::|[—–]|\s-\s)\s*/gu;

/**
 * "Our goal is a Barford where …": a goal that is a place, not a number, is the future wanted.
 * (Any other goal is a target: "Our goal is to lend 500 drills".) The look to the sentence's end is
 * bounded, so a run of such openings without a full stop costs linear time.
 */
const GOAL_PLACE = new RegExp(
  String.raw`\b[Oo]ur\s+(?:long-term\s+|ultimate\s+|real\s+)?(?:goal|hope|dream)\s+is\s+(?=${PLACE_WHERE}[^.;!?\d]{0,400}(?:[.;!?]|$))`,
  "gu",
);

/** "The reason we get up in the morning is to …": what the company is for, in its own voice. */
const GET_UP =
  /\b(?:the\s+)?reason\s+(?:we|I)\s+get\s+up(?:\s+(?:in\s+the\s+morning|each\s+day|every\s+day))?\s+is\s+(?=to\s)/gi;

/** "At the heart of everything we do is a simple idea: …" — or "everything Acme does" (group 1). */
const HEART_IDEA =
  /\b[Aa]t\s+the\s+heart\s+of\s+(?:everything|all)\s+(?:that\s+)?(?:we\s+do|([\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3})\s+does)\s+(?:is|lies)\s+(?:a|one|this)\s+(?:simple\s+|single\s+)?(?:idea|belief|conviction|principle)\s*(?::|[—–])\s*/gu;

/** "We want a world in which every girl can play …": the future place the company wants. */
const WANT_WORLD =
  /\b[Ww]e\s+(?:want|long\s+for|dream\s+of|are\s+working\s+(?:for|towards?))\s+(?=(?:a|an)\s+(?:world|future|country|society|region|city|town)\s+(?:in\s+which|where)\s)/g;

/**
 * "We exist so that no family …", "Acme exists so that …" (the name, group 1): what the company is
 * for, told as what its existing makes true. The statement is the clause after "so that".
 */
const EXIST_SO =
  /\b(?:[Ww]e|([\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3}))\s+exists?\s+(?:only\s+|simply\s+)?so\s+that\s+(?=\p{L})/gu;

/** Each cue's pattern and what it gives; `owned`: group 1, when matched, must name the company. */
const CUES: { pattern: RegExp; kind: StatementKind; base: number; cue: string; owned?: true }[] = [
  { pattern: ONE_IDEA, kind: "mission", base: 0.75, cue: "“everything we do … one idea: …”" },
  { pattern: ALL_ABOUT, kind: "mission", base: 0.75, cue: "“everything we do is about …”" },
  // (The point of the company, not of a meeting: "The point of the AGM is simple — …".)
  {
    pattern: POINT_OF,
    kind: "mission",
    base: 0.75,
    cue: "“the point of X is simple — …”",
    owned: true,
  },
  { pattern: GOAL_PLACE, kind: "vision", base: 0.7, cue: "“our goal is a town where …”" },
  { pattern: WANT_WORLD, kind: "vision", base: 0.75, cue: "“we want a world in which …”" },
  {
    pattern: EXIST_SO,
    kind: "mission",
    base: 0.7,
    cue: "“we exist so that …”",
    owned: true,
  },
  { pattern: GET_UP, kind: "mission", base: 0.75, cue: "“the reason we get up … is to …”" },
  {
    pattern: HEART_IDEA,
    kind: "mission",
    base: 0.75,
    cue: "“at the heart of everything we do is a simple idea: …”",
    owned: true,
  },
];

/** The everyday cues in `text` that start before `own` (the sentence's own length). */
export function everydayCues(text: string, own: number, names: string[]): EverydayCue[] {
  const found: EverydayCue[] = [];
  for (const { pattern, kind, base, cue, owned } of CUES)
    for (const match of text.matchAll(pattern)) {
      if (match.index >= own) break;
      if (owned && match[1] !== undefined && !sharesName(match[1], names)) continue;
      found.push({ kind, start: match.index + match[0].length, base, cue });
    }
  return found;
}
