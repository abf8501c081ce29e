/**
 * The frame a line under a statement heading opens with, before the statement itself: "Our job
 * is to …", "Acme was set up to …", "By 2030, we'd like Barford to be …". The statement is what
 * follows; the frame only says whose it is.
 */

/**
 * A subject that is the company: "we" or a capitalised name of up to five words. (Case-sensitive
 * on purpose: with the `i` flag `\p{Lu}` matches any letter.)
 */
const SUBJECT = String.raw`(?:[Ww]e|[\p{Lu}][\p{L}&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}&'’.-]*){0,4})`;

/** "Our job is to …", "we set out to …", "At Acme we aim to …", "Acme aims to …". */
const JOB = new RegExp(
  String.raw`^\W*(?:(?:[Oo]ur|[Mm]y)\s+(?:job|task|aim|calling)\s+is|(?:At\s+${SUBJECT},?\s+)?[Ww]e\s+(?:want|aim|try|set\s+out)|(?![Ww]e\s)${SUBJECT}\s+(?:aims|strives|sets\s+out))\s+(?=to\s)`,
  "u",
);
/**
 * "Acme was set up to …", "we're here to …" ("still here to …"), "Acme exists so that …", "Acme
 * describes itself as a charity that exists to …".
 */
const SET_UP = new RegExp(
  String.raw`^\W*${SUBJECT}(?:\s+(?:(?:was|were|is|are)\s+set\s+up|exists?|(?:is|are)\s+(?:still\s+)?here|(?:describes|sees|calls)\s+itself\s+as\s+(?:a|an)\s+[^.,;:]{1,40}?\s+(?:that|which)\s+exists)|['’]re\s+(?:still\s+)?here)\s+(?=to\s)|^\W*${SUBJECT}\s+exists?\s+so\s+that\s+`,
  "u",
);

/** The length of the purpose frame a mission line opens with, or 0. */
export function missionFrame(line: string): number {
  return (JOB.exec(line) ?? SET_UP.exec(line))?.[0].length ?? 0;
}

/** What is wanted: "a town …", "Barford to be …", or (without a year) "every pupil to …". */
const PLACE = String.raw`(?:a|an)\s|[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,3}\s+to\s+(?:be|become|have)\s`;
/** (A group named at length: "every secondary school in Ashby Vale to …".) */
const EVERY = String.raw`(?:every|each|all)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,5}?\s+to\s+\p{Ll}`;
const WANT = String.raw`[Ww]e(?:\s+(?:want|would\s+like)|['’]d\s+like)\s+`;
/**
 * The company by name wanting a future for everyone ("Quill Health wants every rural clinic … to
 * have …"); a name wanting a thing ("Ruth wants a proper showroom") may be anyone's wish.
 */
const NAMED_WANT = String.raw`[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,3}\s+(?:wants|would\s+like)\s+(?=${EVERY})`;

/**
 * "We believe every patient should leave calmer than they arrived": what the company holds
 * everyone should have, the future it wants (read so under a vision heading only).
 */
const BELIEVE_SHOULD = String.raw`[Ww]e\s+believe\s+(?:that\s+)?(?=(?:every|each|all|no)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,5}?\s+(?:should|deserves?|can|will)\s)`;

/**
 * "We see a valley that produces all it uses": the future the company pictures (read so under a
 * vision heading only; "We see a lot of …" is what it meets today).
 */
const SEEN = String.raw`[Ww]e\s+(?:see|picture|imagine|envisage)\s+(?=(?:a|an)\s+(?!(?:lot|few|number|couple|handful|range|variety|rise|fall|need|gap|problem)\b))`;

/**
 * "By 2030, we want a …", "We'd like Barford to be …", "At Acme, we want every pupil to …",
 * "We'd like to be a practice where …": the future the company wants, told by wanting it (not
 * "we want you to tell us"). The frame, a horizon ("By 2030") included, is not the statement.
 */
const WANTED = new RegExp(
  String.raw`^\W*(?:[Bb]y\s+20\d\d,?\s+|[^.,;:\d]{1,40},\s+)?(?:${WANT}(?:to\s+be\s+(?=(?:a|an)\s))?(?=${PLACE}|${EVERY})|${NAMED_WANT}|${BELIEVE_SHOULD}|${SEEN})`,
  "u",
);

/** The length of the wanting frame a vision line opens with, or 0. */
export function visionFrame(line: string): number {
  return WANTED.exec(line)?.[0].length ?? 0;
}

/** "Imagine a town where …": the reader asked to picture the place, which is the vision. */
const IMAGINE = /^\W*Imagine\s+(?=(?:a|an)\s+(?:[\p{L}'’-]+\s+){1,3}(?:where|in\s+which|when)\s)/u;
/**
 * "By 2035, every resident … will …", "By the end of 2026, no engineer … should need …": a future
 * state with its horizon, told in the future tense — not the company's own promise ("we will …"),
 * which is a commitment.
 */
const HORIZON_WILL =
  /^\W*(?:By|In)\s+(?:the\s+end\s+of\s+)?20\d\d,?\s+(?!(?:we|I|our)\s)(?:[\p{L}\d'’-]+\s+){1,8}?(?:will|should)\s+(?!not\b)\p{L}/u;

/** A share of something, a target's measure: "at least half of our projects", "two thirds". */
const SHARE =
  /\b(?:half|(?:a|one|two)\s+(?:third|quarter)s?|three\s+quarters|per\s*cent|percent|twice|double|triple)\b/i;

/**
 * Where the vision starts in a line under a vision heading that tells a future without wanting
 * it, or null: after "Imagine", or at the line's start for the future tense. (Not with a number
 * past the horizon: "By 2030, 400 homes will …" is a target; nor with a share anywhere in it.)
 */
export function futureFrame(line: string): number | null {
  const imagine = IMAGINE.exec(line);
  if (imagine) return imagine[0].length;
  const will = HORIZON_WILL.exec(line);
  if (!will) return null;
  // (A standard's number is no target: "an ISO 20022 message".)
  if (/\d/.test(line.slice(will[0].length).replace(/\b\p{Lu}{2,}\s+\d+/gu, ""))) return null;
  if (SHARE.test(line)) return null;
  return /^\W*/.exec(line)?.[0].length ?? 0;
}
