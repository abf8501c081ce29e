/**
 * A frame that sets its statement in the company's past: "In those early years the family
 * described their mission as …", "When it was founded, the mission was …" — history, not the
 * current statement (unless the frame comes back to the present: "…; today its mission is …").
 * ("When I started Acme, …" too, or "When Mira and I started …": the founders' own start.)
 * (Not "back then" alone: "Back then we put it as “…”" gives a second wording of the company's.)
 */

/**
 * "Their first rule book set out their purpose as …", "its original charter", "The early pitch
 * deck described …": the founders' own document, whose wording is the company's past.
 */
const FOUNDING_PAPER = String.raw`(?:its|their|our|his|her|the)\s+(?:very\s+)?(?:(?:first|original|founding)\s+(?:rule\s*book|rules|constitution|charter|minute\s+book|articles|trust\s+deed|deed|prospectus|pitch\s+deck)|(?:early|earliest|old|first|original)\s+(?:pitch\s+deck|brochure|leaflet))`;

/** "when the first inn opened", "when Acme opened its first shop": the company's first days. */
const FIRST_OPENED = String.raw`when\s+(?:(?:its|their|our|the)\s+(?:very\s+)?first\s+\p{L}+(?:\s+\p{L}+)?\s+(?:opened|launched)|(?:it|we|they|\p{Lu}\p{L}+)\s+opened\s+(?:its|their|our)\s+(?:very\s+)?first)`;

/** A time in the company's past, told before the statement. */
const EARLY_TIME = new RegExp(
  String.raw`\b(?:in\s+(?:those|the|its|their|our|his|her)\s+(?:very\s+)?(?:early|first|founding)\s+(?:few\s+)?(?:years|days|months|decades?)|in\s+those\s+days|at\s+first(?!\s+(?:glance|sight|look|blush|read))|in\s+the\s+beginning|at\s+(?:its|their|our|the)\s+founding|when\s+(?:it|we|they|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:was|were)\s+(?:first\s+)?(?:founded|started|set\s+up|launched|formed|established|incorporated|registered|created)|when\s+(?:I|we|\p{Lu}\p{L}+\s+and\s+I)\s+(?:first\s+)?(?:started|founded|set\s+up|launched)|${FIRST_OPENED}|${FOUNDING_PAPER})\b`,
  "iu",
);

/** ", which she still keeps,": a relative clause set off by commas. */
const ASIDE = /,\s+(?:which|who|that)\b[^,]*,/gi;

/** A word that brings the frame back to the present. */
const NOW = /\b(?:today|now|nowadays|currently|these\s+days|still)\b/i;
/**
 * Before the statement, so do "since" and "has been": held from then until now ("Since 2019 its
 * mission has been …").
 */
const SINCE = /\b(?:since|ha(?:s|ve)\s+been)\b/i;

/**
 * "In 2012, Acme defined its mission as …", "When we last set out a strategy, in 2018, we
 * described …": a year gone by, as a time (not "in its 2023 report"), and a verb telling what was
 * said then.
 */
/** After a time, in its sentence: a verb telling what was said then. */
const TOLD_VERB = String.raw`(?=[^.;:!?]*\b(?:described|defined|stated(?!\s+(?:mission|vision|purpose|aim|values)\b)|summed\s+up|set\s+out|phrased|worded|framed|expressed|called)\b)`;
const YEAR_TOLD = new RegExp(String.raw`\bin\s+(?<year>1[89]\d\d|20\d\d)\b${TOLD_VERB}`, "i");

/**
 * "Our last plan (2019–2024) described our mission as …": a document of a period that has ended,
 * and a verb telling what it said.
 */
const PERIOD_TOLD = new RegExp(
  String.raw`\b(?:1[89]|20)\d\d\s*[–—-]\s*(?<year>(?:1[89]|20)?\d\d)\b${TOLD_VERB}`,
  "i",
);

/** "Before 2019, …", "prior to 2016": a time before a year gone by. */
const BEFORE_YEAR = /\b(?:before|prior\s+to)\s+(?<year>1[89]\d\d|20\d\d)\b/i;
/**
 * "Four years ago our last plan set out a vision of …": a time some years back — unless the
 * wording was adopted then, and holds now ("Two years ago we adopted a new mission: …").
 */
const YEARS_AGO =
  /\b(?:\d{1,2}|a\s+few|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+(?:years|decades)\s+ago\b(?![^.;:!?]*\b(?:new|adopt(?:ed|s)?|introduc(?:ed|es)|launch(?:ed|es)|unveil(?:ed|s))\b)/i;

/**
 * The words that set a statement in the company's past, or null: the early time or the year the
 * frame (the words before it, in its sentence) tells; the words after it may bring it back
 * ("…, and it still does").
 */
function pastFrame(frame: string, after: string): RegExpExecArray | null {
  const period = PERIOD_TOLD.exec(frame);
  // ("2019–24": the end year's century is the start's.)
  if (period?.groups?.year?.length === 2)
    period.groups.year = `${period[0].slice(0, 2)}${period.groups.year}`;
  const year = YEAR_TOLD.exec(frame) ?? BEFORE_YEAR.exec(frame) ?? period;
  const past =
    EARLY_TIME.exec(frame) ??
    YEARS_AGO.exec(frame) ??
    (year && Number(year.groups?.year) < new Date().getFullYear() ? year : null);
  // (Not a "still" in an aside on the paper: "The early pitch deck, which she still keeps, …".)
  return past !== null &&
    !NOW.test(frame.slice(past.index).replace(ASIDE, "")) &&
    !SINCE.test(frame) &&
    !NOW.test(after)
    ? past
    : null;
}

/** Whether the words before a statement (in its sentence) set it in the company's past. */
export function toldAsPast(frame: string, after = ""): boolean {
  return pastFrame(frame, after) !== null;
}

/**
 * Whether a set's lead-in tells of the company's first days ("When we started Loomwell … we wrote
 * five values on a whiteboard:"): as `toldAsPast`, but not by a reaction "at first" ("People laugh
 * at them at first"), which times the people, not the set.
 */
export function foundingSet(lead: string): boolean {
  const past = pastFrame(lead, "");
  return past !== null && !/\bat\s+first\b/i.test(past[0]);
}

/**
 * "When we started Acme, we painted our values on the door. They were …": a set the sentence
 * before puts in the company's past, named in the past tense — the values it held then.
 */
export function heldOnce(text: string, before: string): boolean {
  return /^\W*(?:they|these|those)\s+were\b/i.test(text) && toldAsPast(before);
}

/** "That plan", "the old strategy": a document the sentence before may say was replaced. */
const THAT_DOCUMENT =
  /^\W*(?:that|the\s+(?:old|previous|earlier|former))\s+(?:plan|strategy|document|version|charter|framework|wording|statement)\b/i;
/** "… replaces Strategy 2025", "… superseded the 2015 plan": something replaced. */
const REPLACES = /\b(?:replace[sd]?|replacing|supersede[sd]?|superseding)\b/i;

/**
 * "Strategy 2035 replaces Strategy 2025. That plan set out our mission as …": a frame opening on
 * the document the sentence before says is replaced tells the replaced wording.
 */
export function replacedDocument(frame: string, before: string): boolean {
  return THAT_DOCUMENT.test(frame) && REPLACES.test(before);
}
