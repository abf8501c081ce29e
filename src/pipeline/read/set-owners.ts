/**
 * Who owns a list of values: a lead-in or heading may give it to an organisation other than the
 * company ("Marcher's values – …", "## Pikestaff's mission and values", "At Northpaw we hold
 * ourselves to three principles: …", "the values set out by the Department for Education"), or a
 * sentence may quote a rival's for comparison.
 */
import { COUNT } from "./enumeration.js";
import { NOT_SUBJECT, sharesName } from "./statement-cues.js";

/**
 * A capitalised name of `fewest` to five words, short linking words inside it allowed, and a
 * plural's possessive before a further word of it ("Northmoor Students' Union" — not "The
 * Institute's Council", the institute's council).
 */
const WORD = String.raw`\p{Lu}[\p{L}&.-]*(?:(?<=s)['’](?=\s+\p{Lu}))?`;
const nameOf = (fewest: number) =>
  String.raw`${WORD}(?:\s+(?:(?:of|for|and|&)\s+)?${WORD}){${fewest - 1},4}`;
const NAME = nameOf(1);
/** A name of two or more capitalised words: a name even where it opens the sentence. */
const LONG_NAME = nameOf(2);
const SET_WORD = String.raw`(?:[Vv]alues|[Pp]rinciples|[Bb]eliefs)\b`;

const OWNERS = [
  // "Marcher's values", "Pikestaff's mission and values", "Brindle Mutual's own core values".
  new RegExp(String.raw`(${NAME})['’]s?\s+(?:[\p{L}-]+\s+){0,3}?${SET_WORD}`, "u"),
  // "Pikestaff's mission is '…', and its values are …": "its" is the name the sentence opened on.
  new RegExp(
    String.raw`(${NAME})['’]s?\s[^.;:!?]{0,80}?\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?${SET_WORD}`,
    "u",
  ),
  // "the co-operative Marcher Stores lists four values: …", "Dunmore Society had its own set of
  // values", "the Fell Federation, which has its own values", "one bank, Ferrow Bank, publishes
  // values of …": the name as the subject of giving or having had them (a lone capitalised word only after a lower-case one: "Staff have three values" at a
  // sentence's start names no one).
  new RegExp(
    String.raw`(?:(?<=\p{Ll}\s)(${NAME})|(${LONG_NAME}))(?:,\s+which|,)?\s+(?:also\s+)?(?:lists|names|publishes|has|had|keeps|kept|describes|sets\s+out)\s+(?:[\p{L}-]+\s+){0,4}?${SET_WORD}`,
    "u",
  ),
  // ("Brenmark also publishes four group values": one word at the sentence's start, "also"
  // after it — one more body the text has told of, giving its own.)
  new RegExp(
    String.raw`(?:^|[.!?]\s+)(${NAME})\s+also\s+(?:lists|names|publishes|has|keeps|describes|sets\s+out)\s+(?:[\p{L}-]+\s+){0,4}?${SET_WORD}`,
    "u",
  ),
  // "Carrow Freight, the market leader, whose values are …": a relative clause gives them to the
  // name before it (an apposition opening "the" or "a" may stand between).
  new RegExp(
    String.raw`(${NAME}),\s+(?:(?:the|a|an)\s+[^,;:]{1,40},\s+)?whose\s+(?:[\p{L}-]+\s+){0,2}?${SET_WORD}`,
    "u",
  ),
  // "At Northpaw we hold ourselves to …", "At Corvel, where I work, we have …": the speaker's
  // own firm.
  new RegExp(String.raw`\b[Aa]t\s+(${NAME}),?(?:\s+where\s+[^,;:]{1,40},)?\s+(?:we|our)\b`, "u"),
  // "Kettlewick Mill in West Yorkshire, a family mill that has run on three principles": a
  // relative clause after an apposition gives them to the name before it.
  new RegExp(
    String.raw`(${NAME})(?:\s+in\s+${NAME})?,\s+(?:the|a|an)\s+[^,;:]{1,40}?\s+(?:that|which)\s+[^,;:.!?]{0,40}?\b${SET_WORD}`,
    "u",
  ),
];

/** "the values set out by the Department for Education": a set another body wrote. */
const SET_OUT_BY = new RegExp(
  String.raw`${SET_WORD}\s+(?:set\s+out|defined|laid\s+down|prescribed|required)\s+by\s+(?:the\s+)?(${NAME})`,
  "u",
);
/**
 * "we follow the seven principles set out by the Co-operative Alliance", "Acme follows …": the
 * company taking another body's set as its own rule (not teaching or promoting it).
 */
const FOLLOWS =
  /\b(?:we|it|\p{Lu}[\p{L}&'’-]*)\s+(?:follows?|adopts?|adopted|lives?\s+by|works?\s+(?:to|by)|abides?\s+by|upholds?)\s+(?:the|its|our)\s/u;

/**
 * Capitalised words that open a sentence or point back, naming no one ("In", "The", "Our"); and a
 * word on someone's time there ("Former Verdance, left in 2023, …": an ex-employee, of the firm).
 */
const OPENERS =
  /^(?:(?:The|A|An|In|At|On|For|By|To|Of|With|From|Like|Unlike|And|But|So|As|Our|Its|Their|This|These|Those|Your|His|Her|Each|Every|It|We|They|Everyone|Everybody|Former|Current|Ex|Will|Would|Can|Could|Does|Do|Did|Is|Are|Was|Were|Has|Have|Should|Shall|May|Might|How|What|Why|When|Where|Which|Who)(?:\s+|$))+/;

/** Common nouns for the company or its people, capitalised in a heading: "The Company's Values". */
const OWN_PEOPLE =
  /^(?:Company|Business|Firm|Organi[sz]ation|Charity|Brand|Group|Team|Staff|People|Founders?|Co-founders?|Family|Members?|Management|Leadership|Board|Directors|Employees)$/;

/** A name that is only a set's title ("Principles" of "Our Principles"). */
const TITLE = new RegExp(`^${SET_WORD}`, "u");

/**
 * Whether `text` (a set's lead-in or its section's heading) gives the set to a named owner that
 * is not one of the company's `names`.
 */
export function ownedElsewhere(text: string, names: string[]): boolean {
  if (names.length === 0) return false;
  const owners = FOLLOWS.test(text) ? OWNERS : [...OWNERS, SET_OUT_BY];
  return owners.some((pattern) => {
    const owner = pattern
      .exec(text)
      ?.slice(1)
      .find((name) => name !== undefined)
      ?.replace(OPENERS, "");
    // ("a page headed Our Principles, which sets out …": the set's own title is no owner.)
    if (owner === undefined || owner === "" || OWN_PEOPLE.test(owner) || TITLE.test(owner))
      return false;
    return !sharesName(owner, names);
  });
}

/**
 * A name opening a sentence as its subject, an apposition between commas allowed, then the word
 * after it: "Marlpit Foods plays it safe.", "Ovenly, an app for home bakers, says …".
 */
const SUBJECT_OPENING = new RegExp(
  String.raw`^\W*(${NAME})(['’]s?)?(?:,\s+\p{Ll}[^,;:.!?“”"]{0,100},)?\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}+))?`,
  "u",
);

/** A verb after a name that makes it the sentence's subject: "says", "has", "launched", "had". */
// (Common past forms that end in neither: "Grachtwerk, the cargo-bike maker, told investors …",
// "Corvel Health, which makes …, came to us with …".)
const SUBJECT_VERB =
  /^(?!(?:its|this|his)$)(?:\p{Ll}+(?:s|ed)|had|will|would|can|could|may|might|must|should|told|said|made|gave|wrote|set|put|took|kept|led|ran|won|sold|built|became|began|brought|bought|chose|held|paid|sent|spent|stood|went|grew|left|came|met|found|got|saw)$/u;

/** "Last year", "In 2023,", "Earlier this month": a time before the sentence's subject. */
const TIME_OPENING =
  /^\W*(?:(?:Last|This|Next)\s+(?:year|month|week|spring|summer|autumn|winter|season|quarter)|In\s+(?:19|20)\d\d|(?:Earlier|Later)\s+this\s+(?:year|month|week))\s*,?\s+/;

/** A modal or auxiliary: the word before it is the subject, not a verb. */
const AUXILIARY = /^(?:will|would|can|could|may|might|must|should|shall|are|were|have|do|did)$/;

const COUNT_ALONE = new RegExp(`^${COUNT}$`, "i");

/** One capitalised word in the plural: "Customers", "Critics" (not "Swiss", "Bus"). */
const PLURAL = /^\p{Lu}\p{Ll}*[^s\s]s$/u;

/**
 * The organisation `sentence` opens on as its subject: the name before its verb or its
 * possessive ("Marlpit Foods' mission"). Not an opener ("In Leeds the firm …": a place or a time;
 * "Instead its …", "I asked …"), the company's people, a role before a person ("Chief executive
 * Jo Bell said …") or a plural common noun ("Customers say …", "Critics' view"). A time may come
 * first: "Last year Corvel Health … came to us".
 */
export function openingSubject(sentence: string): string | undefined {
  const [, name, possessive, next = "", after = ""] =
    SUBJECT_OPENING.exec(sentence.replace(TIME_OPENING, "")) ?? [];
  const owner = name?.replace(/^The\s+/, "");
  if (!owner || OPENERS.test(owner) || OWN_PEOPLE.test(owner) || TITLE.test(owner))
    return undefined;
  if (NOT_SUBJECT.test(owner.split(/\s/)[0] as string)) return undefined;
  // ("Four things are in our DNA.": a count alone opening the sentence names no one.)
  if (COUNT_ALONE.test(owner)) return undefined;
  if (possessive) return PLURAL.test(owner) && !/s$/.test(possessive) ? undefined : owner;
  if (!SUBJECT_VERB.test(next)) return undefined;
  // ("Regular readers will know …": a word in "-s" before a modal is the subject's noun, and the
  // capital only the sentence's.)
  if (AUXILIARY.test(after) && /s$/.test(next)) return undefined;
  return PLURAL.test(owner) && !/s$/.test(next) ? undefined : owner;
}

/**
 * Whether a sentence speaks of an organisation other than the company (whose `names` never count
 * as another's): one opening with "Its", "Their", "It" or "They" speaks of the name the sentence
 * `before` it opens on ("Marlpit Foods plays it safe. Its values — …", "Ovenly, an app for home
 * bakers, states its purpose as “…”. It lists four values: …"); one that opens on a name and
 * speaks of "its" or "their" gives that name what it lists ("Tallow Bread describes its purpose
 * as “…” and lists three principles: …"), or that has the set ("Copperleaf has six values: …").
 */
export function pointsElsewhere(text: string, before: string, names: string[]): boolean {
  if (names.length === 0) return false;
  // ("Ezekiel Treloar painted three rules above the door, and the company still calls them its
  // values": the founder's rules, which the company holds as its own.)
  if (COMPANY_CALLS.test(text)) return false;
  // ("It reads:": the card or the poster the sentence before told of, no one's — a company
  // lists and says, a card reads.)
  if (WRITING_READS.test(text)) return false;
  const pronoun = POINTER.test(text);
  // (Not someone who only remarks on the company: "Dev admits it's more hope than plan." —
  // "They also wrote three values" after it is the company.)
  // (An organisation says its own: "Forkful says its mission is …. Its values are …".)
  const remark = REMARKS.test(before) && !OWN_STATEMENT.test(before);
  const owner =
    (pronoun
      ? remark
        ? undefined
        : openingSubject(before)
      : /\b(?:its|their)\s/i.test(text) || HAS_SET.test(text)
        ? openingSubject(text)
        : undefined) ??
    // ("The group values are set out in the report: Aldergate says it is guided by …": the
    // clause after the colon has a subject of its own, who holds what it lists.)
    openingSubject(AFTER_COLON.exec(text)?.[1] ?? "");
  return owner !== undefined && !sharesName(owner, names);
}

/** "the company still calls them its values": the company holding a set as its own. */
const COMPANY_CALLS =
  /\bthe\s+(?:company|firm|business|organi[sz]ation|group|charity|school|bakery)\s+(?:still\s+|now\s+)?(?:calls?|counts?|treats?)\s+(?:them|these|those)\s+(?:as\s+)?its\b/i;

/** The clause after a sentence's first colon, when it opens on someone saying or listing. */
const AFTER_COLON = new RegExp(
  String.raw`^[^:]{1,200}:\s+(${NAME}\s+(?:says|said|states|stated|claims|lists|describes|publishes|names)\b.*)$`,
  "su",
);

/**
 * Whether the paragraph right before block `index` leads in to it on another organisation's
 * behalf: its last sentence names a set and points elsewhere ("Kindlecup is a different animal.
 * Its mission is …, and its values are published as" over a table).
 */
export function leadsInForOther(
  sentences: { text: string }[] | undefined,
  names: string[],
): boolean {
  const at = (sentences?.length ?? 0) - 1;
  const last = sentences?.[at]?.text ?? "";
  return SET_MENTION.test(last) && pointsElsewhere(last, referent(sentences ?? [], at), names);
}
const SET_MENTION = /\b(?:values|principles|beliefs)\b/i;

/**
 * Whether the "it" right before `index` in a sentence speaks of an organisation other than the
 * company: the subject the sentence opens on before a colon or semicolon ("Highmoss goes bigger:
 * it wants to be …"), or — "It" opening the sentence — the one the sentence before is about
 * ("Highmoss goes bigger. It wants to be …").
 */
export function itElsewhere(
  text: string,
  index: number,
  sentences: { text: string }[],
  position: number,
  names: string[],
): boolean {
  const lead = text.slice(0, index).replace(/\bit\s*$/i, "");
  if (/^\W*$/.test(lead)) return pointsElsewhere(text, referent(sentences, position), names);
  if (!/[:;]\s*$/.test(lead)) return false;
  const owner = openingSubject(lead);
  return owner !== undefined && names.length > 0 && !sharesName(owner, names);
}

/** "Copperleaf has six values: …": a name opening the sentence holds the set it lists. */
const HAS_SET =
  /^\W*[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3}\s+(?:also\s+)?(?:has|lists|publishes|keeps|names)\s+(?:\S+\s+){0,2}(?:values|principles|beliefs)\b/u;

/**
 * A sentence opening that points back to the organisation named before it: a pronoun, or "the
 * company" ("Cobalt Line is the challenger. … The company lists four values: …").
 */
const POINTER =
  /^\W*(?:its|their|it|they|the\s+(?:company|firm|brand|business|chain|retailer|group|airline|bank|charity)\b)\s/i;

/**
 * The sentence a pointing sentence at `position` speaks of: the nearest one before it in the
 * paragraph that does not itself point back ("Cobalt Line is the challenger. Its mission is ….
 * The company lists …" → the first) nor speak of what was just quoted ("It's a lovely line");
 * the sentence before when none does.
 */
export function referent(sentences: { text: string }[], position: number): string {
  for (let i = position - 1; i >= 0; i--) {
    const text = sentences[i]?.text ?? "";
    // ("It's a lovely line …": the statement just quoted, spoken of; no one it points to.)
    if (!POINTER.test(text) && !FRONTED_POINTER.test(text) && !/^\W*it['’]s\s/i.test(text))
      return text;
  }
  return sentences[position - 1]?.text ?? "";
}

/** "With more than 600 shops, it competes …": a pronoun subject after an opening phrase. */
const FRONTED_POINTER = /^[^,.;:"“]{1,100},\s+(?:it|they)\s+(?!is\s|was\s|seems\s)/i;

/** "It reads:": a written thing speaking, not an organisation. */
const WRITING_READS = /^\W*it\s+(?:reads|runs|goes)\b/i;

/** "says its mission is …": the sayer gives its own statement, as an organisation does. */
const OWN_STATEMENT =
  /\b(?:says|said|states|stated)\s+(?:its|their)\s+(?:mission|vision|purpose|values)\b/i;

/** A sentence opening on a person's name and a verb of saying: a remark, no owner. */
const REMARKS =
  /^\W*\p{Lu}[\p{L}'’-]+\s+(?:admits|says|said|adds|added|jokes|joked|notes|noted|explains|explained|concedes|conceded|insists|insisted)\b/u;

const RIVAL =
  /\b(?:rivals?|competitors?|competing|unlike|compared? (?:with|to)|contrast(?:ed)?\s+(?:(?:that|this|it|them)\s+)?with|in\s+contrast\s+to)\b/i;

/**
 * A comparison with the page's own other set ("unlike the values, they may change", "compared
 * with our values"): no rival — unless the set is someone's ("unlike the values of most banks").
 */
const OWN_SET_COMPARED =
  /\b(?:unlike|compared? (?:with|to))\s+(?:the|our)\s+(?:values|principles|beliefs)\b(?!\s+(?:of|at|in)\b)/gi;

/** A sentence that compares with a rival: the values it lists are the rival's, not the company's. */
export function namesRival(text: string): boolean {
  return RIVAL.test(text.replace(OWN_SET_COMPARED, ""));
}

/**
 * "here are three values I would swap in: …", "My own suggested values are …", "I'd propose
 * these instead: …", a consultancy's "we'd suggest cutting to three …:": the writer's own
 * rewrite, offered in place of the company's; no set of its.
 */
const WRITERS_OWN =
  /\b(?:values|principles|beliefs)\s+I\s+(?:would|might|could)\b|\b(?:values|principles|beliefs)\s+I['’]d\b|\b(?:I|we)(?:\s+would|['’]d)\s+(?:suggest|propose|swap\s+in|substitute|offer|recommend)\b|\bmy\s+(?:own\s+)?(?:suggested|proposed|alternative|replacement)\s+(?:values|principles|beliefs|list)\b/i;

/** Whether a sentence gives the writer's own suggested values, not the company's. */
export function writersOwn(text: string): boolean {
  return WRITERS_OWN.test(text);
}
