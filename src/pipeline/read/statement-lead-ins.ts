/**
 * What the words around a line say of it: a lead-in that announces the statement ("our
 * mission:"), or something else (a plan, the means that serve it, a list of values), and a next
 * sentence that names the line before it ("Those words are still our mission.", "That's the
 * dream.") or retires it ("That wording has now been retired.").
 */
import { KEY_WORD } from "./statement-wording.js";

/**
 * A next sentence that retires the wording just given: "That wording has now been retired." (An
 * aside may tell its history first, and a wording taken down is as retired as one replaced:
 * "That wording, introduced in 1994 by its founder, disappeared from the website", "That line is
 * gone.") So does one that thanks it before the turn: "It served us well, but …", "That wording
 * carried us through the pandemic, but …", "Neither aged especially well." (Praise alone keeps it:
 * "It has served us well for ten years.")
 */
const RETIRED_SUBJECT = String.raw`(?:(?:that|this|the)\s+(?:old\s+)?(?:wording|line|version|statement|sentence|mission|vision)|this|that|it)(?:\s*,[^,.;!?]{1,100},)?`;
const RETIRED_VERB = String.raw`(?:has|had|was|is)\s+(?:now\s+|since\s+|quietly\s+|formally\s+|officially\s+|later\s+)?(?:been\s+)?(?:retired|replaced|dropped|abandoned|withdrawn|superseded|removed|taken\s+down|gone)|(?:quietly\s+)?(?:disappeared|vanished)|no\s+longer\s+(?:appears|features|stands)`;
const THANKED = String.raw`(?:(?:has\s+)?served\s+(?:us|them|it|the\s+\p{L}+)\s+well|carried\s+(?:us|them|the\s+\p{L}+)\s+through|did\s+(?:its|the)\s+job)\b[^.;!?]{0,80}?,\s*but`;
const AGED = String.raw`(?:neither|(?:it|that|this)\s+(?:has\s+not|hasn['’]t|did\s+not|didn['’]t))\s+(?:\p{L}+ly\s+)?aged?\s+(?:\p{L}+ly\s+)?well`;
export const RETIRED_NEXT = new RegExp(
  String.raw`^\s*(?:${RETIRED_SUBJECT}\s+(?:${RETIRED_VERB}|${THANKED})|${AGED})\b`,
  "iu",
);

/**
 * A next sentence that denies the wording just given: "It is not, and it never was.", "That isn't
 * true.", or denies that the company words it so: "That is not how the company puts it", "That
 * isn't what Acme says", "That is not Orlan's mission" — a quoted speaker's too: "“It isn't.”",
 * "“We're not.”"; a concession may come first: "It's a good line, but it isn't how the company
 * frames what it does".
 * (Not one that goes on to say what it is: "It is not a slogan but a promise.")
 */
// (Or calls it something else outright: "That was a target, not a reason to exist.")
export const DENIED_NEXT =
  /^\s*["“”']?\s*(?:[^.;:!?]{0,60},\s+but\s+)?(?:(?:we|they)(?:['’]re|\s+are)(?:n['’]t|\s+not)\s*[.!;—–]|(?:it|this|that)\s+(?:is|was)(?:n['’]t|\s+not)(?:(?:\s+(?:true|right|correct|real))?\s*(?:[.,;!—–]|and\b)|\s+(?:(?:the|its|their|our|the\s+company['’]s|[\p{Lu}][\p{L}&-]*['’]s?)\s+)?(?:mission|vision|purpose)\b|\s+(?:how|what)\s+[^.;:!?]{1,40}?\s+(?:puts|put|says|said|describes|described|words|worded|calls|called|sees|saw|frames|framed)\b)|(?:it|this|that)\s+(?:is|was)\s+(?:(?:only|just|really)\s+)?(?:a|an)\s+(?:target|goal|slogan|tagline|objective|boast|ambition),\s+not\b)/iu;

/**
 * "Halvard rejected that reading", "Varga rejects that flatly", "The company disputes this": a
 * sentence soon after a wording, its subject turning it down — someone else's reading of the
 * mission, not the company's own.
 */
export const REJECTED_NEXT =
  /(?:^\s*|[.!?]["”’]?\s+)["“]?(?:(?:the\s+(?:company|firm|business|group|charity|board|society|co-?op))|[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,3}|he|she|they)\s+(?:has\s+|have\s+)?(?:\p{L}+ly\s+)?(?:reject(?:s|ed)?|disput(?:es|ed)|den(?:ies|ied)|dismiss(?:es|ed))\s+(?:that|this|the|such|it)\b/u;

/** A sentence naming the quotation before it: "Those words … are still our mission." */
export const NAMED_AFTER =
  /^\W*(?:(?:those|these|the|that|this)\s+(?:words|lines?|sentence)\b[^.]*?\b(?:is|are|remains?)|(?:it|this|that)\s+(?:is|remains))\s+(?:still\s+)?(?:our|its|the company's)\s+(mission|vision)\b/i;

/**
 * A quotation's signature naming what it is: "— Tallow Creek Dairy, mission statement adopted
 * 2024", "– Fernhill Trust, our vision". (A purpose is scored as the mission.)
 */
export const SIGNED_AS =
  /^\s*[—–-]\s*[^,.;]{1,80},\s*(?:(?:its|our|the)\s+)?(?:(?:new|current|official)\s+)?(mission|vision|purpose)(?:\s+statement)?\b/i;

/** A first-person lead-in ending in a colon: "it's still the one we work to:". */
export const OWN_LEAD = /\b(?:we|our|us)\b[^.!?]*:\s*$/i;

/** A next sentence naming the wish before it: "That's the dream.", "This is our vision." */
export const DREAM_NEXT =
  /^\W*(?:that|this)(?:['’]s|\s+is)\s+(?:the|our|my)\s+(?:dream|vision|ambition)\b/i;

/**
 * A lead-in naming the statement that follows it: "our mission:", "the vision statement reads:",
 * "the mission adopted in 2022 reads:" (the act that made it the current one), "Here's what we're
 * here to do:" (a mission), "Under the heading *Mission* on its site, the company writes:" (the
 * heading it is published under), "Acme publishes this mission:" (a verb of giving one), "From
 * today, Penhallow's purpose is:" (a purpose only as the line's last words, for the mission);
 * an aside on its adoption may stand before "is" ("Fenwright's new purpose, agreed by the board
 * in October 2023, is:").
 */
export const ANNOUNCES =
  /\b(?:our|its|their|')s?\s*(mission|vision)\b|\b(?:our|its|their|')s?\s*(?:(?:new|current|revised|updated)\s+)?(purpose)(?:\s+statement)?(?:,\s+[^,.;:!?"]{1,60},)?(?:\s+(?:is|reads))?\s*:\s*$|\b(?:publishes|published|gives|gave|states|stated|displays|displayed|prints|printed|adopted|chose|agreed|approved|endorsed)\s+(?:this|the\s+following|a|one)\s+(?:(?:new|current|short|single|official)\s+)?(mission|vision)\b|\b(mission|vision)(?:\s+statement)?(?:\s+(?:adopted|agreed|approved|published|chosen|written|drafted|rewritten|revised)\s+[^,.;:!?"]{1,40}?|,\s+(?:adopted|agreed|approved|published|chosen|written|drafted|rewritten|revised)\s+[^,.;:!?"]{1,60},)?\s+(?:is|reads)\b|\bwhat\s+we(?:'|’)?re\s+here\s+(?:to\s+do|for)\b|\bwhat\s+we\s+are\s+here\s+(?:to\s+do|for)\b|\bwhy\s+we\s+exist\b|\b(?:under\s+(?:the|a|an|its|their)\s+(?:heading|title)|headed|titled|entitled)\s+["“‘']?(?:our\s+)?(mission|vision)\b|\bunder\s+(?:the|a|an|its|their)\s+["“‘']?(?:our\s+)?(mission|vision)["”’']?\s+(?:heading|title|tab|section)\b/i;

/** "To fulfil its mission, …", "how we deliver our vision": what serves the statement, not it. */
export const SERVES =
  /\b(?:fulfil|fulfill|deliver|achieve|meet|carry\s+out|live\s+out|live\s+up\s+to|support|pursue|advance|serve)s?\s+(?:its|our|their|the|this)\s+(?:\w+\s+)?(?:mission|vision)\b/i;

/** "Over the next three years we will:": the steps of a plan follow, not the statement. */
export const PLAN = /\b(?:we|it|they)\s+(?:will|shall|plan\s+to|intend\s+to)\s*:\s*$/i;

/** A lead-in naming a list of something other than the statement: "Its values are …:". */
export const OTHER_LIST =
  /\b(?:values|principles|beliefs|goals|objectives|commitments|pillars|priorities|aims)\b/i;

/** What a lead-in names last: a statement, or a list of something else. */
export function lastListWord(leadIn: string): string {
  const named = leadIn.match(new RegExp(`${KEY_WORD.source}|${OTHER_LIST.source}`, "gi"));
  return named?.at(-1) ?? "";
}

/**
 * Whether a lead-in's last clause names what follows as the statement: "they wrote one line above
 * the door, and we have kept it as our mission ever since:" — the writing was its origin.
 */
export function announcedLast(lead: string): boolean {
  const last = lead.split(/[;,]\s+(?:and|but|so)\s+|;\s+/).at(-1) ?? "";
  return ANNOUNCES.test(last);
}

/**
 * A lead-in telling where a page of the company's puts "the mission": "The new About page puts the
 * mission right at the top:", "The annual report leads with the vision:" — a reviewer pointing to
 * the quotation below. The subject is the page, the company or a pronoun; another organisation's
 * ("Thornley Bank puts the mission on its homepage:") announces its own.
 */
const PUTS_THE =
  /^(.{0,80}?)\s*\b(?:puts?|places|placed|(?:opens|opened|leads|led|starts|started|begins|began)\s+with|sets\s+out|quotes|quoted)\s+the\s+(?:(?:new|current)\s+)?(mission|vision)\b/iu;
const PAGE_SUBJECT =
  /\b(?:page|site|website|homepage|report|brochure|handbook|prospectus|leaflet|poster|plan|strategy|deck|it|they|the\s+(?:company|firm|bank|school|charity|trust|business))\b/i;

/** The kind a "… puts the mission …:" lead-in announces, when its subject is the company's. */
export function putsThe(leadIn: string, own: (name: string) => boolean): string | null {
  const match = PUTS_THE.exec(leadIn);
  if (!match || !/:\s*$/.test(leadIn)) return null;
  const subject = match[1] ?? "";
  const owners = [...subject.matchAll(/(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)*)(?:'|’)s\b/gu)];
  if (owners.some((owner) => !own(owner[1] ?? ""))) return null;
  return PAGE_SUBJECT.test(subject) || own(subject) ? (match[2] ?? null) : null;
}
