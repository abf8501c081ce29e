/**
 * The cues a statement is read from — the frames around the words mission and vision — and what
 * lowers confidence in one: a wording rejected, imagined, retired, reported by a critic, owned by
 * another company, or spoken of in general.
 */
import { tag } from "./nlp.js";
import type { StatementKind } from "./statements.js";

export const KEY =
  /\b(missions?|visions?|purpose|why we exist|guiding light|north star|reason for being|raison d['’][eê]tre|job|role|calling|objects|ambition|aspiration|aim|dream|what\s+we(?:['’]re|\s+are)\s+(?:about|for)|what\s+gets\s+us\s+out\s+of\s+bed|(?:future|world)\s+we(?:['’]re|\s+are)?\s+(?:working\s+(?:towards?|for)|building|striving\s+for|want\s+to\s+see|hope\s+for)|where\s+we\s+(?:want|hope|aim|plan|mean)\s+to\s+be(?:\s+by\s+(?:19|20)\d\d)?)(\s+statements?)?\b/gi;
/**
 * "The future we're working towards is one where …", "Where we want to be by 2030: …": a vision
 * told by the future it wants.
 */
export const FUTURE_KEY = /^(?:future|world|where)\s/;
/** A key that names its owner itself ("… comes back to why we exist: to …"). */
export const FIRST_PERSON_KEY = "why we exist";
/**
 * Everyday phrases that name the company's purpose in its own voice and own it themselves ("What
 * we're about: …", "What we're for: …"): read only as a line's label or subject, never
 * mid-sentence.
 */
export const OWN_PURPOSE =
  /^(?:what\s+(?:we(?:'re|\s+are)\s+(?:about|for)|gets\s+us\s+out\s+of\s+bed)|where\s+we\s+\w+\s+to\s+be\b.*)$/;
/** Everyday words for a statement ("our job is to …", "our ambition for 2035 is a …"). */
export const EVERYDAY = new Set([
  "reason for being",
  "aim",
  // (Keys are looked up with their apostrophe and accent folded: see `keyWord`.)
  "raison d'etre",
  "job",
  "role",
  "calling",
  // ("The objects of the Club are to …": a constitution's word for what it is for.)
  "objects",
  "ambition",
  "aspiration",
]);
/** Keys that name a vision only when owned: "Marlowe's dream is “…”" (not "the dream is big"). */
export const OWNED_VISION = new Set(["dream"]);
/**
 * Keys that name a statement without saying which: its wording decides (see `kindByWording`).
 * They count only when owned.
 */
export const AMBIGUOUS = new Set(["purpose", "guiding light", "north star", ...EVERYDAY]);
/** A KEY match as the sets above list it: lower case, singular, apostrophe and accent folded. */
export function keyWord(match: string): string {
  return match
    .toLowerCase()
    .replace(/(?<=mission|vision)s$/, "")
    .replace(/’/g, "'")
    .replace(/ê/g, "e");
}
/** "two visions: to be “A” and “B”" — every quotation after it is one statement (the count in 1). */
export const COUNTED_BEFORE = /\b(two|three|four|several|\d)\s+(?:\w+\s+)?$/i;
/**
 * "Acme describes its vision as …": a verb of wording before the key, which "as" follows (a
 * plural subject's form too: "Both reports describe Acme's vision as …"). "The plan describes the
 * council's vision as …" in the present only: "an advertisement described the business's purpose
 * as …" told what someone once wrote of it.
 */
export const BEFORE_KEY_AS =
  /\b(?:highlights?|describe[sd]?|define[sd]?|state[sd]?|frame[sd]?|sums? up|summed up|summari[sz]e[sd]?|express(?:es|ed)?|articulate[sd]?|presents?|presented|puts?|words?|worded|phrases?|phrased|gives?|gave|sets? out|captures?|captured|sees|saw|views|viewed|regards|regarded)\s+(?:its|their|our|the company's|the brand's|[\p{Lu}][\p{L}&-]*'s?)\s+(?:\w+\s+)?$|\b(?:describes|defines|states|frames|sums\s+up|summari[sz]es|expresses|articulates|presents|gives|sets\s+out|captures)\s+the\s+[\p{L}-]+['’]s\s+(?:\w+\s+)?$/iu;
/**
 * The verbs that link a key word to its statement: "is", "has long been", "boils down to", and a
 * passive verb of wording before "as" ("is stated as", "can be summed up as"). (Not "is about …":
 * what a statement is about is the writer's summary — "is about access, not sales".)
 */
// (The passive first: "is" alone would end the match before "stated as".)
const LINKS = String.raw`(?:is|are|can\s+be|could\s+be)\s+(?:best\s+)?(?:stated|described|given|framed|phrased|worded|written|summed\s+up|summari[sz]ed|expressed|put|defined|captured)\s+as|is|are|was|remains|reads|(?:will|would)\s+(?:now\s+|henceforth\s+)?be|ha(?:s|ve)\s+(?:\w+\s+)?been|(?:boils|comes)\s+down\s+to`;
/** " the board adopted in March 2024", " that the trustees agreed": who adopted a statement. */
export const ADOPTED_BY = String.raw`\s+(?:that\s+|which\s+)?(?:the|our|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:adopted|agreed|approved|chose|wrote|published|signed\s+off|settled\s+on)(?:\s+(?:in|on|at|last)\s+[^,.;:"“”]{1,30}?)?`;

/**
 * "… of TikTok is", "… as a council is", "… and values are", "… has always been" — then the
 * statement ("is of “…”", "is of a …": what the vision is of; "is that every child …", "is that
 * “no one …”", "is that by 2030 …": the future told of everyone, quoted or dated — not "is that it
 * is vague"; "is for “every member to …”": the future wished for someone, quoted or not). An
 * aside set off by commas or dashes may stand before "is" ("mission, printed on the door and in
 * the handbook, is …", "mission — in its words — is …", "mission (same as the other poster
 * said) is …"): where it was given (not "purpose — to put … — is one of the clearest" nor
 * "mission, to give …, is now the first slide": set off, "to …" is the statement); and a short
 * one after it ("is, in short, to …").
 * A word of time may stand before "is" ("our mission now is …", "our vision today is …"): the
 * current wording, said so; so may "here" ("our mission here is …": the place the page speaks
 * for). So may "which" after a comma ("publishes a vision, which is “to …”"):
 * the vision named, then its wording. (An aside opening with a quotation is the wording itself:
 * "vision, 'a dry home for all', is the line staff quote most"; a short quoted title inside
 * one is not: 'mission, as printed on the "Our Story" page, is "to …"', nor a verse it cites:
 * 'vision, inspired by the words "Let your light shine" (Matthew 5:16), is for …'.) Who adopted it, and
 * when, may too: "The purpose the board adopted in March 2024 is “to …”".
 */
export const IS = new RegExp(
  String.raw`^(?:\s+(?:(?:of|at|for)\s+|as\s+(?:a|an|the)\s+)[^,.;:"]{1,60}?|${ADOPTED_BY})?(?:\s+and\s+(?:values|vision|purpose|mission))?(?:,\s+(?!["'“‘]|to\s)(?:[^,.;:"“”]|["“][^"“”,.;:]{1,40}["”]|(?<=\d):(?=\d)){1,120},|\s+[—–]\s*(?!\s|to\s)[^.;:"—–]{1,120}?\s*[—–]|\s*\([^()"“”]{1,80}\))?(?:\s+(?:now|today|still|always|truly|here))?(?:,\s+which|,)?\s+(?:${LINKS})\b(?:,\s+(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+,)?\s*(?:(?:simply|now|still|clear|this|as follows|nothing\s+less\s+than|no\s+less\s+than|quite\s+simply|essentially|basically)\b)?\s*:?\s*(?:(?:of|for)\s+(?=(?:a|an)\s|["'])|for\s+(?=["']?[^,.;:"]{1,60}?(?:,\s+[^,.;:"]{1,40},)?\sto\s+\w)|(?:of|for)\s+(?=[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:where|in\s+which|that|whose)\s)|that\s+(?=["']|(?:every|each|all|no|nobody|everyone|everybody)\b|(?:by|in)\s+20\d\d\b))?`,
  "iu",
);
/** "aimed at …:", "written for …:" before a colon that names an audience, not a wording. */
const AUDIENCE = String.raw`(?:aimed|written|meant|intended|addressed|directed|targeted|pitched)\s+(?:at|for|to)\b[^.:;!?]{0,60}:\s*(?!["'“‘]|to\s)`;
/**
 * "… is simple yet powerful: To …" (no other key word before the colon; a participle may stand
 * before the verb: "the vision agreed in 2021 remains unchanged:"); "… has stayed close to
 * the founder's: to …", told as one that has lasted. (Not "is aimed at a different audience: staff
 * and trustees": who it is for, named after the colon — unless the wording is quoted or "to …".)
 * ("Our mission here is simple: to …": "here" before the verb, as IS reads it; so may an aside:
 * "Our purpose, as it's written on the wall, is two short sentences: “…”"; "Its vision sits directly
 * underneath: “…”": where it stands on the page, then its quoted words — unless they carry their
 * own frame, "“Our mission is to …”", which reads them; nor "Alongside the mission sits a vision:
 * “…”", where the verb brings in the next statement.)
 */
export const IS_COLON = new RegExp(
  String.raw`^(?:\s+statement)?\s+(?:sits|comes|follows|appears|stands)\b(?!\s+(?:a|an|its|our|their)\s+(?:[\w-]+\s+)?(?:mission|vision|purpose)\b)[^.:;"!?]{0,80}:\s*(?=\**["“‘](?!\s*(?:our|its|the)\s+(?:mission|vision|purpose)\b))|^(?:\s+(?:of|at|for)\s+[^,.;:"]{1,60}?)?(?:\s+(?:agreed|adopted|approved|published|launched|set\s+out)\s+(?:in|on|at|by|last)\s+[^,.;:"]{1,30}?)?(?:,\s+(?!["'“‘])[^,.;:"“”]{1,120},)?(?:\s+here)?\s+(?:is|are|was|remains|stays|ha(?:s|ve)\s+(?:stayed|remained)|ha(?:s|ve)\s*(?:n[o'’]t|\s+not|\s+never)\s+changed|(?:boils|comes)\s+down\s+to)(?:\s+|\s*(?=:))(?!${AUDIENCE})(?:(?!mission|vision|pillars|values|principles|components|commitments|priorities)[^.:;"!?—–]){0,60}(?::|[—–]|\s-\s)\s*`,
  "i",
);
/** "since 1988", "that year", "ever since": when a wording became the statement, before its colon. */
const SINCE = String.raw`(?:ever\s+since|since\s+(?:\d{4}|then|the\s+\w+)|(?:that|this|the\s+same|each|every)\s+(?:year|day|spring|summer|autumn|winter)|to\s+this\s+day|from\s+the\s+(?:start|outset|beginning))`;
/**
 * "Mission: …", "vision (2025): …", "Vision 2030: …", "The mission at Acme: …", "the vision the members adopted in
 * 2022: …", "the vision, from the careers page: …", "Impact (our vision): …" — not "the purpose in
 * action: …", which introduces an illustration, nor "its mission in three places: …", the places.
 */
export const LABEL = new RegExp(
  String.raw`^(?:\s+(?:19|20)\d\d)?(?:\s+(?:of|at(?!\s+(?:least|most|all|first|best|worst|heart|times|once)\b)|for)\s+[^,.;:"]{1,60}?)?(?:,?\s+in\s+(?!action\b|practice\b|(?:\w+\s+)?(?:places|locations|spots)\b)[^,.;:"]{1,40}|,\s+(?:from|on)\s+(?:the|its|their|our)\s+[^,.;:"]{1,40}|,\s+(?:simply|put simply|simply put|in short|in brief|in a word|briefly)(?:\s+put)?)?(?:\s+(?:that\s+)?(?:we|they|it|the\s+[\p{L}-]+|[\p{Lu}][\p{L}&-]*)\s+(?:adopted|agreed|approved|chose|wrote|drafted|published|settled on)(?:\s+in\s+\d{4})?)?(?:\s+${SINCE})?(?:\s+(?:plainly|simply|clearly|succinctly|explicitly)|\s+(?:goes|went)\s+further)?\s*(?:\([^)]{0,40}\)|\))?\s*(?::|[—–]|\s-\s)\s*`,
  "u",
);
/**
 * "a vision at Alderbrook to “…”" — not two things proposed together: "a new vision for the Trust
 * and a revised set of values to replace …".
 */
export const AT_TO =
  /^\s+(?:at|of|for)\s+(?:the\s+)?[\p{Lu}](?:(?!\s+and\s+(?:a|an|the)\s)[^,.;:"]){0,40}?\s+(?=to\b)/u;
/**
 * "The X mission statement, “…,” highlights". (An opening mark: in '"… focused on that mission,"
 * pointing to …' the mark after the comma closes a quotation the key word stands in.)
 */
export const COMMA_QUOTE = /^\s*,\s*(?=["'](?!\s))/;
/** "It reads, in full:", "It is, in short,": a short aside between the verb and the wording. */
const VERB_ASIDE = String.raw`(?:,\s+[^.!?"“‘',:;]{1,24}(?=[,:]),?)?`;
/**
 * "Acme's vision statement, first published in 2012, describes “…”", "the mission statement
 * reads “…”": a verb of wording, perhaps after an aside in commas, then the quotation.
 */
export const STATEMENT_SAYS =
  /^(?:\s*,\s*[^".;:!?]{1,100}?,)?\s+(?:describes|reads|says|states|runs)\s*:?\s*(?=["'])/;
/**
 * "the mission statement of TikTok “…”". (Not a straight mark closing a quotation the key word
 * stands in: 'searching for "Acme mission statement", it is …'.)
 */
export const DIRECT_QUOTE = /^(?:\s+(?:of|at|for)\s+[^,.;:"]{1,60}?)?\s*(?=["'](?![\s,.;:!?)]))/;
/**
 * " as ", or " as becoming " before a quotation ("describes its vision as becoming “…”"); a short
 * aside in commas may come first ("gives its vision, word for word, as “…”"); or a few words on
 * how, then its words quoted after a colon ("puts the company's vision more bluntly: “…”") — not
 * a quotation with its own frame ("puts its purpose like this: “Our purpose is to …”"), read by it.
 */
export const AS =
  /^(?:,\s+[^,.;:"“”]{1,30},)?\s+as\s+(?:(?:becoming|being)\s+(?=["“‘']))?|^(?:\s+[\p{L}-]+){1,4}\s*:\s*(?=["“‘'](?!\s*(?:our|its|the)\s+(?:mission|vision|purpose)\b))/iu;
/** "a vision the company describes as “…”": the company's own wording, quoted after it. */
export const DESCRIBED_AS =
  /^\s+(?:that\s+|which\s+)?(?:the\s+(?:company|firm|business|brand|chain|charity|organi[sz]ation)|it|they|we)\s+(?:describes?|described|sums?\s+up|summed\s+up|words?|worded|frames?|framed)\s+as\s+(?=["'])/i;
/** "… was to prove", "…, in the words of its director, was “…”": the verb in the past. */
export const PAST = /^(?:\s+(?:of|at|for)\s+[^,.;:"]{1,60}?)?(?:,\s+[^,.;:"]{1,60},)?\s+was\b/i;
/** "adopted the vision of becoming “…”". */
export const OF_BECOMING = /^(\s+of\s+)(?:becoming|being)\s+/i;
/** "… a single mission. It is to …", "… is unchanged. Adopted in 2019, it describes “…”". */
export const NEXT_IT = new RegExp(
  String.raw`^[^.!?]{0,120}[.]\s+(?:[^.!?"“,]{1,40},\s+)?(?:it|this)\s+(?:is|reads|describes|states|says)${VERB_ASIDE}\s*:?\s*(?=to\b|["'“‘])`,
  "i",
);
/**
 * "A mission only matters if people use it. Ours is to …": after a remark on the word, the next
 * sentence gives the company's own.
 */
export const OURS_NEXT = /^[^.!?]{0,120}[.]\s+ours\s+is\s*:?\s*(?=to\b|["'“‘])/i;
/** "Its mission, to make …, sounds modest". */
export const COMMA_TO = /^\s*,\s*(?=to\s+\p{L})/u;
/**
 * "We envision …", "Acme imagines a …", "the company envisions …", "we want to see city centres
 * where …", "we see a (fen) coast where …", "we see a food and medicine supply chain in which …" or "… a Rotterdam and a Bristol where …" (not "we see
 * a few firms where …": a count), "we picture a school year in which …", "we dream of a day when
 * …", "we look forward to a town where …", "we're building a future where …". Case-sensitive on
 * purpose: with the `i` flag `\p{Lu}` matches any letter, and any word before "imagines" became a
 * subject.
 * ("To see a town where …" is a statement in the infinitive, "To" no subject: it stays whole.)
 */
export const ENVISION =
  /\b([Ww]e|[Tt]hey|[Ii]t|company|firm|brand|business|organi[sz]ation|group|charity|founders?|co-founders|board|trustees|leadership\s+team|(?!To\b)[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})(?:\s+(?:envisions?|imagines?(?=\s+(?:a|an|the)\s)|sees?(?=\s+(?:a|an)\s+(?!(?:lot|few|number|couple|handful|range|variety)\b)(?:[\p{L}-]+\s+){1,5}(?:and\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3})?(?:where|in\s+which)\s)|pictures?(?=\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}(?:where|in\s+which|for\s+whom)\s)|(?:wants?|hopes?|would\s+(?:like|love)|longs?)\s+to\s+see(?=\s+["“‘]?(?:a|an)\s|\s+["“‘]?(?:[\p{L}-]+\s+){1,3}(?:where|in\s+which)\s)|(?:dream(?:s|ed)?\s+of|looks?\s+forward\s+to)(?=\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}(?:where|when|in\s+which)\s))|(?:['’]re|\s+are)\s+building(?=\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,2}(?:where|in\s+which)\s))\s+/gu;
/** A sentence that opens with ENVISION's frame: "Acme envisions …", "We picture a …". */
export const ENVISION_LEAD = new RegExp(`^${ENVISION.source}`, "u");
/**
 * "X strives to …", "we exist to …", "we're here to …", "X sets out to …", "says it is here “to
 * …”" (the quotation mark, if any, is group 2).
 */
export const STRIVE =
  /\b(strives?|exists?|(?:is|are|'re)\s+here|sets?\s+(?:out|itself)|aims?(?=\s+to\s+["“]))\s+(["“']?)to\s+/gi;
/**
 * "Acme strives to …", "We exist to …", "we're here to …" at the start of a labelled statement
 * ("describes its mission in one sentence: Acme strives to …"), or of the line under a mission
 * heading ("We work to reach carers early, …"): the frame, not the statement.
 */
export const STRIVE_LEAD =
  /^([Ww]e|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})(?:\s+(?:strives?|exists?|works?|seeks?|sets?\s+(?:out|itself))|(?:['’]re|\s+are)\s+here)\s+(?=to\s)/u;
/**
 * "By 2030, Pennant wants to be …", "We aim to become …" at the start of a labelled vision
 * ("**Vision:** By 2030, Pennant wants to be the bakery …"): the frame, not the vision.
 */
export const WANTS_LEAD =
  /^(?:By\s+(?:the\s+end\s+of\s+)?20\d\d,?\s+)?([Ww]e|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})\s+(?:wants?|aims?|hopes?|aspires?|intends?)\s+to\s+(?=(?:be|become)\b)/u;
/**
 * "Acme aims to become …", "aspires to be …", "wants to be …": a vision in the company's name.
 * ("wanted" only reported — "the company said it wanted to be …" — see REPORTED_WANT.)
 */
export const AIMS =
  /\b(?:aims?|aspires?|wants?|wanted|hopes?|intends?)\s+to\s+(?=(?:be|become)\b|(?:a|an)\s)/gi;
/** "Tavola Foods wants to bring …": what the company wants to do, not to be (AIMS reads that). */
export const WANTS_TO_DO = /\b(?:wants|aims|hopes)\s+(?=to\s+(?!(?:be|become)\b)\p{Ll})/gu;
/** "said it wanted to", "told staff that it wanted to": a present want, reported in the past. */
export const REPORTED_WANT =
  /\b(?:said|told\s+\p{L}+|announced|explained|stated|wrote)\s+(?:that\s+)?(?:it|they|we|the\s+company)\s+$/iu;
/**
 * "phrases it a little differently: “…”", "we put it as “…”", "describes the vision that sits
 * alongside it as “…”", "the wording on page two is a little different: “…”": a second wording,
 * quoted — not a
 * figure of speech about one ("describes the vision as “the thing we point at”"); or set off by
 * "as:" ("restates our mission as: to make …").
 */
export const REPHRASE =
  /\b(?:phrase|put|word|state|restate|say|describe|sum|write)s?\s+(?:it|(?:the|its|our|their)\s+(mission|vision)(?:\s+(?:that|which)\s+[^,.;:"“]{1,40}?)?)(?:(?:\s+\w+){0,3}\s*:|\s+as)\s*(?=["'](?!(?:the|one|something|that|this)\s)|(?<=(?:mission|vision)\s+as\s*:\s*)to\s+[a-z])|\bthe\s+wording\b[^.;:!?"“]{0,60}?\s+(?:is|was)\s+(?:(?:a\s+(?:little|bit)|slightly|subtly|somewhat)\s+)?different\s*:\s*(?=["“])/gi;

/** Around the statement: a wording the text rejects, imagines or speaks of in general. */
export const REJECTED =
  /\b(?:not|isn't|wasn't|never|no longer|wrongly|mistakenly|misattributed|often (?:quoted|attributed|cited)|(?:sometimes|often|widely|occasionally)\s+credited|claim(?:s|ed|ing)?|rumou?r|myth|forum|supposedly|allegedly)\b|n't\b/i;
/** (Not "puts it like this: “…”", which introduces the wording itself.) */
export const HYPOTHETICAL =
  /\b(?:such as|for example|for instance|e\.g\.|might|could|would|imagine (?:if|that|you|a company|an organi[sz]ation)|suppose|hypothetical|like this(?!\s*:)|example)\b/i;
/**
 * "the company's purpose would now be “…”": the company's own coming wording, reported — not a
 * hypothetical ("a better mission would be …" has no owner).
 */
export const REPORTED_FUTURE =
  /\b(?:its|their|our|\p{L}+['’]s)\s+(?:new\s+)?(?:mission|purpose|vision)\s+would\s+(?:now\s+|henceforth\s+)?be\b/giu;
/**
 * "one you could read out on the quay", "something anyone would recognise": a modal for anyone at
 * all judges the statement's quality; it does not imagine the statement.
 */
export const ANYONE_COULD = /\b(?:you|anyone|anybody|everyone|people)\s+(?:could|would|might)\b/gi;
/**
 * "The group has rewritten its mission and cut its values …": a line telling what happened to the
 * statement — news of it, not its wording, even set off in bold under a headline.
 */
export const TELLS_OF =
  /\b(?:rewr(?:ote|itten|ites?)|chang(?:ed|es?)|updat(?:ed|es?)|refresh(?:ed|es)|replac(?:ed|es?)|unveil(?:ed|s)|publish(?:ed|es)|announc(?:ed|es?)|drop(?:ped|s)|scrap(?:ped|s)|revis(?:ed|es?)|overhaul(?:ed|s)|adopt(?:ed|s))\s+(?:its|their|a|the)\s+(?:new\s+|old\s+)?(?:mission|purpose|vision|values)\b/i;
/** "It is not:", "What our mission is NOT:": a lead-in giving what something is not. */
export const IS_NOT_LEAD = /\b(?:is|are|was|were)(?:n['’]t|\s+not)\s*:\s*$/i;
/** Right after a statement, words that deny it: "— it is not", ", which is wrong", "is a myth". */
export const DENIED =
  /^\W*(?:but\s+)?(?:(?:it|this|that|which)\s+(?:is|was)(?:n't|\s+not|\s+wrong|\s+false|\s+a\s+myth)|(?:is|was)\s+(?:wrong|false|not\s+true|a\s+myth)|said\s+nobody|wrong)/i;
/** "… supersedes our 2016 mission, “…”": the wording named right after is the one replaced. */
export const REPLACED_ONE =
  /\b(?:replac(?:es|ing)|supersed(?:es|ing)|succeed(?:s|ing))\s+(?:the|its|our|their|his|her|\p{Lu}[\p{L}'’-]*['’]s?)\s[^.;:!?"“”]{0,60}?\b(?:mission|vision|purpose|statement|wording)\b[^.;:!?"“”]*["“‘']?$/iu;
/**
 * "The company's first mission, written in 1998 …, was “…”": the first wording, told in the past
 * (not "Our first mission is to …", a priority).
 */
export const FIRST_ONE =
  /\b(?:very\s+)?first\s+(?:mission|vision|purpose)(?:\s+statement)?\b(?=[^.;!?"“”]*\b(?:was|were|read)\b)/i;
/** "our new mission", "The new purpose": a statement told as the one now adopted. */
export const NEW_ONE = /\bnew\s+(?:mission|vision|purpose)\b/i;
/** A wording the text says was replaced: "Until 2019 the mission was …", "the former mission". */
export const FORMER =
  /\b(?:until\s+(?:\d{4}|recently|then|last)|former|formerly|previous|previously|old|older|original|originally|used to|replaced|retired|rewrote|rewritten|dropped|abandoned)\b/i;
/**
 * Someone else's account of it: a critic's or a writer's, a joke, a complaint. (Not the company
 * telling its own people: "told staff on Tuesday that its purpose is …" announces it; nor its
 * leader telling anyone: "Chief executive Leila Marsh told drivers that …"; nor the writer's
 * hedge, "— still painted on the wall, I'm told —". "Dr Okafor told us to check it" is an
 * instruction, no report.)
 */
export const HEARSAY =
  /\b(?:(?<!\b(?:chief executive|ceo|founder|chair|chairman|chairwoman|president|managing director|spokes(?:person|man|woman))(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3},?(?:,\s+who\s+[^,;:]{1,80},)?\s+)(?<!\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+)told(?!\s+(?:its\s+|their\s+|all\s+)?(?:staff|employees|workers|colleagues|shareholders|investors|(?:the\s+)?workforce)\b|\s+(?:us|me|them|you|him|her)\s+to\s)|writer|journalist|columnist|commentator|analyst|blogger|reviewer|pundit|complain(?:s|ed|ing)?|critic(?:s|ism)?|joked?|quipped|grumbled?|sneered|accused|sarcastic(?:ally)?|mock(?:s|ed|ing)?|suggest(?:s|ed|ing)?)\b/iu;

/**
 * "its real mission", "Acme's “real” mission" (the word in scare quotes, or the two broken across
 * a hard-wrapped page's lines): the speaker's own reading of it, not its words.
 */
export const REAL_ONE = /\breal["”’']?\s+(?:mission|vision|purpose)\b/i;
export const GENERIC_BEFORE = /\b(?:a|an|your|any|every|each|good|great|strong|effective)\s+$/i;
/** How a statement set off on its own starts: "To …", "A world where …", "We …". */
export const STATEMENT_START = /^\W*(?:to\s|a\s|an\s|the\s|we\s|our\s)/i;
/** Any organisation at all, as a definition of the word speaks of one ("what a business does"). */
export const ANY_ORGANISATION = /\b(?:an?|the)\s+(?:organi[sz]ation|business|company|firm)\b/i;
/** Words of a definition or advice, not of a company's statement. */
export const GENERIC = new RegExp(`${ANY_ORGANISATION.source}|\\b(?:your|what an?)\\b`, "i");
/** A line naming who wrote or speaks ("Posted by …", "A message from the Headteacher"). */
export const BYLINE =
  /\b(?:posted|updated|published|written by|min read|reading time|(?:message|letter|word|note|welcome)\s+from)\b|·|\|/i;
/**
 * A line about the article itself, not the company: "Part of our “Then and now” series, in which
 * we trace …", "In this piece we look at …", "Next in the series: …".
 */
export const ABOUT_THE_PAGE =
  /\bpart\s+of\s+(?:our|a|the)\b[^.!?]{0,60}?\bseries\b|\b(?:in\s+)?this\s+(?:article|post|piece|series|essay|column|newsletter|guide)\b|\bnext\s+in\s+(?:the|this|our)\s+series\b/i;
/**
 * A quotation in a mission section that is something else. (Not the passive "no household is
 * ever told to boil its water": no one reports it.)
 */
export const NOT_A_STATEMENT =
  /\b(?:objective|objectives|goal|goals|target|targets|slogan|tagline|strapline|motto|catchphrase|campaign|jingle|advert|founder|chief executive|ceo|said|says|writes|wrote|(?<!\b(?:is|are|was|were|be|been|being|gets?|ever)\s)told(?!\s+to\s)|remembers|recalls|testimonial|review)\b/i;

/** A show, a publication or a course speaking of itself: "this show", "our newsletter". */
const MEDIUM = String.raw`(?:this|the|our|my)\s+(?:show|podcast|episode|blog|post|article|newsletter|series|channel|column|course|module|book|chapter|site|website)\b`;
const OF_MEDIUM = new RegExp(String.raw`^\s+of\s+${MEDIUM}`, "i");
const MEDIUMS = new RegExp(String.raw`\b${MEDIUM}['’]s?\s+$`, "i");

/**
 * A statement owned by a name that is not the company's ("its neighbour, Stannary Ales, whose
 * mission is …", "Rivalco's mission is …") belongs to someone else. `sentence` is the sentence
 * before the key word (up to 200 characters): "its" may refer to a subject far back in it.
 */
export function ownerPenalty(sentence: string, rest: string, names: string[]): number {
  // ("Amara's vision for Lanthorn is …": whoever's words, the vision is the company's.)
  const forWhom = /^\s+for\s+([\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})/u.exec(rest)?.[1];
  if (forWhom && sharesName(forWhom, names)) return 0;
  const before = sentence.slice(-60);
  const named =
    // ("the University of Tarrant, whose mission …": "of" inside a name; "At St Brannock's our
    // vision": the sentence's opening preposition is not.)
    // ("Harwick’s own published mission": two words may stand between; "That's why our mission":
    // a contraction owns nothing.)
    /(?<![\p{L}])(?!(?:That|It|There|Here|What|Who|Where|Let|He|She)['’]s\b)([\p{Lu}][\p{L}&.-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}&.-]*){0,3})\s*(?:['’]s?|(?:,|\s[—–])\s+whose|\(\s*whose)\s*(?:\w+\s+){0,2}$/u.exec(
      before,
    )?.[1] ??
    // "At Puddleduck, our mission is …", "At Puddle & Pine our own mission": the speaker's employer.
    /\b[Aa]t\s+([\p{Lu}][\p{L}&.-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}&.-]*){0,3}),?\s+(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:own\s+)?$/u.exec(
      before,
    )?.[1] ??
    // "**Hexley Mops**, Hull — “Our mission is …”": a listing quoting the business it names.
    quotedBy(before) ??
    // "Our own mission at Hearthside is …": the name after "at" or "of" owns it.
    /^\s+(?:at|of)\s+([\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})/u.exec(rest)?.[1];
  if (/\b(?:rivals?|competitors?|competing|neighbou?rs?)\b/i.test(before)) return 0.6;
  // ("Some payroll companies describe their mission as …": companies named only by their kind.)
  if (KIND_THEIR.test(before)) return 0.6;
  // ("the mission of this show is to …", "this newsletter's mission": the medium's own, not the
  // company's it talks about.)
  if (OF_MEDIUM.test(rest) || MEDIUMS.test(before)) return 0.6;
  // ("Your manager's job is to help you grow", "my sister's mission": a person's, told to
  // someone.)
  if (/\b(?:your|my|his|her)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s?\s*(?:\w+\s+)?$/iu.test(before))
    return 0.6;
  // ("her own personal mission is …": anyone's personal mission is theirs, not the company's.)
  if (/\bpersonal\s+$/i.test(before)) return 0.6;
  // ("We are members of the ferry association and contribute to its wider mission": in the
  // company's own first person, "its" is another body's — the company's would be "our".)
  if (/^\W*(?:we|our)\b/i.test(sentence) && /\b(?:its|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before))
    return 0.6;
  // (A capitalised opener is no part of it: "At St Brannock's", "From Acme's".)
  const owner = named && (withoutOpeners(named) || named);
  // "The library's vision is …" on a city's page: a unit's, unless the company is named for it.
  // "Its group mission is …" on a dairy's page: the owning group's, unless the company is it.
  const group = /\b(?:the|its|their)\s+(group|parent|holding)(?:\s+company)?\s+$/i.exec(
    before,
  )?.[1];
  if (group && !sharesName(group, names)) return 0.6;
  const unit = UNIT_OWNER.exec(before)?.[1];
  if (unit && !sharesName(unit, names) && !namedForKind(unit, names)) return 0.6;
  // "Scarborne, by contrast, says its mission is …": "its" is the sentence's named subject's.
  const subject = owner ? undefined : pronounOwner(sentence);
  // ("Management describes its vision as …": the company's own people speak for it.)
  if (subject) return sharesName(subject, names) || OWN_PEOPLE.test(subject) ? 0 : 0.6;
  // "a Dutch holding company whose own (stated) mission is …": a "whose" after no company name —
  // unless a name stands in apposition to it ("Calder & Pike, the Halifax joinery firm whose …").
  if (!owner && /\bwhose\s+(?:\w+\s+)?$/i.test(before)) {
    const named = APPOSED_WHOSE.exec(sentence.slice(-200))?.[1];
    return named && sharesName(named, names) ? 0 : 0.6;
  }
  if (!owner) return 0;
  // ("Management's ambition", "the Board's vision": the company's own people speak for it.)
  return sharesName(owner, names) ||
    /^(?:The|Its|Our|Their|This)$/.test(owner) ||
    OWN_PEOPLE.test(owner)
    ? 0
    : 0.6;
}

/** Organisations by their kind, in the plural, then "their": "The bigger firms … their". */
const KIND_THEIR =
  /\b(?:firms|companies|businesses|agencies|brands|charities|start-?ups|banks|retailers|chains|providers|organi[sz]ations|employers|consultancies|studios)\b[^.;:!?]*\btheir\s+(?:own\s+)?(?:stated\s+)?$/i;

/** "Calder & Pike, the Halifax bespoke joinery firm whose stated …": the name the "whose" is of. */
const APPOSED_WHOSE =
  /([\p{Lu}][\p{L}&.'’-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}&.'’-]*){0,3}),\s+(?:the|a|an)\s+[^,;:"“”]{1,80}?\s+whose\s+(?:\w+\s+)?$/u;

/** The company's own people by their role: "Management", "the Board". */
const OWN_PEOPLE = /^(?:Management|Leadership|Board|Directors)$/;

/**
 * The business a listing quotes in its own voice (QUOTED_BY) — not a publication the speaker told
 * it to: 'Chief executive Ola Brandt told *Water Trade Monthly*: "Our purpose is …'.
 */
function quotedBy(before: string): string | undefined {
  const quoted = QUOTED_BY.exec(before);
  return quoted && !TOLD_TO.test(before.slice(0, quoted.index)) ? quoted[1] : undefined;
}
const TOLD_TO =
  /\b(?:told|tells|telling|(?:said|says|wrote|writes|speaking|talking|spoke)\s+to|interview\s+with)\s+(?:the\s+)?[^\p{L}\s]*$/iu;

/** A name (and a place after a comma), a dash or colon, then an open quotation in its voice. */
const QUOTED_BY =
  /([\p{Lu}][\p{L}&.-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}&.-]*){0,4})(?:,\s+[\p{Lu}][\p{L}-]*)?\s*(?:[—–:]|\s-)\s*["“]\s*(?:[Oo]ur\s+(?:own\s+)?)?$/u;

/**
 * "the library's", "the department's own", "our trust's", "the church's own" (on its food bank's
 * page): a part of an organisation, or one it belongs to or answers to, owning a statement.
 */
const UNIT_OWNER =
  /\b(?:the|our|its)\s+(department|library|team|division|programme|program|project|unit|office|committee|subsidiary|campaign|fund|initiative|school|faculty|trust|federation|network|alliance|association|regulator|government|ministry|parent(?:\s+company)?|owner|shareholder|partner|funder|diocese|church|university|college|foundation|institute|consortium|coalition)['’]s?\s+(?:own\s+)?(?:\w+\s+)?$/i;

/**
 * Whether `owner` names the company: its words (but legal forms and sentence openers) are all in
 * one of the company's names, or hold all of every one — "Penhallow" and "Penhallow Hotels Ltd"
 * do, a sister "Penhallow Lodges" or a network "Pantry Network" beside "Oakhurst Pantry" does not.
 */
export function sharesName(owner: string, names: string[]): boolean {
  const own = words(owner);
  const known = names.map(words).filter((n) => n.length > 0);
  if (own.length === 0 || known.length === 0) return false;
  return (
    known.some((name) => own.every((w) => name.includes(w))) ||
    known.every((name) => name.every((w) => own.includes(w))) ||
    // ("P&V" on Penrose & Vail's page, "HVE" on Hollin Valley Energy's: its initials.)
    (INITIALS.test(owner) &&
      known.some((name) => name.length >= 2 && name.map((w) => w[0]).join("") === own.join("")))
  );
}

/** Capitals alone, maybe joined by "&" or dots: "P&V", "HVE", "M.&S." — a name's initials. */
const INITIALS = /^(?:\p{Lu}[&.]?){2,6}$/u;

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w));

/** Words in a captured name that are not the name: a legal form, an article, a sentence opener. */
const FILLER = new Set(
  "the a an and of ltd limited plc inc llc co corp today now then still also however instead".split(
    " ",
  ),
);

/**
 * Words that start a sentence capitalised without naming anyone (among them times: "Last spring
 * the trust revealed its new vision").
 */
export const NOT_SUBJECT =
  /^(?:The|A|An|In|At|On|For|By|Its|This|That|These|Those|But|And|As|Like|Unlike|When|While|After|Before|Since|Today|Now|Then|Yet|So|Our|We|It|They|Their|Here|There|Still|Even|Also|However|Instead|Last|Next|Earlier|Later|Recently|Yesterday|Once|Soon|Meanwhile|Finally|From|With|I|What|Which|Who|How|Why|Where|If|Because|Although|Though|He|She|You|All|Both|Many|Most|Some|Several|Few|Other|Another|Such|No|Any|Does|Do|Did)$/;

/**
 * A lone capitalised word opening an inverted sentence, a place or a participle before the verb
 * ("Above the door is …", "Painted above the door is …"): no name. (Other openers — "Honestly,
 * their …", "Compare the line a chain called its …" — leave the owner unknown, so still someone's.)
 */
function openerOnly(word: string, from: string): boolean {
  if (/\s/.test(word)) return false;
  const first = tag(from.slice(0, 80))[0];
  return first?.pos === "ADP" || (first?.pos === "VERB" && /(?:ed|en|wn)$/i.test(word));
}

/** A capitalised name without the words that only open a sentence ("Last", "At", "The"). */
function withoutOpeners(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !NOT_SUBJECT.test(w))
    .join(" ");
}

/**
 * The name a trailing "its"/"their" refers to, or the subject that "has a (different) mission":
 * the last capitalised name before it, if any.
 */
function pronounOwner(sentence: string): string | undefined {
  if (!/\b(?:its|their|ha(?:s|ve|d)\s+(?:a|an))\s+(?:\w+\s+)?$/i.test(sentence)) return undefined;
  // ("Greyhaven Bank – a lender that competes with Acme – describes its mission": an aside in
  // dashes names no subject; blanked, so places in it still count.)
  const before = sentence.replace(DASH_ASIDE, (aside) => " ".repeat(aside.length));
  // (Not a place or a complement: "Ellery Hardware, a shop in Bath, states its mission", "in the
  // UK and Norway"; nor a page of a site: "The About page says their mission is …".)
  const names = [...before.matchAll(/[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3}/gu)]
    .filter((m) => !PLACE_BEFORE.test(before.slice(0, m.index)))
    // ("Painted above the door is their mission: …": a sentence opening on a verb or a
    // preposition, capitalised only by its place, names no one.)
    .filter(
      (m) =>
        !(
          /(?:^|[.!?]\s+)\W*$/.test(before.slice(0, m.index)) &&
          openerOnly(m[0], before.slice(m.index))
        ),
    )
    .filter(
      (m) => !/^\s+(?:page|website|site|section|tab)\b/i.test(before.slice(m.index + m[0].length)),
    )
    .map((m) => ({
      name: withoutOpeners(m[0]),
      end: m.index + m[0].length,
      // ("The Gloucestershire manufacturer": after "the", a name before a lowercase noun.)
      described:
        (/^The\s/.test(m[0]) || /\bthe\s+$/.test(before.slice(0, m.index))) &&
        DESCRIBED_NOUN.test(before.slice(m.index + m[0].length)),
    }))
    .filter((m) => m.name !== "");
  const last = names.at(-1);
  // "The Darlington-based mutual, which …, said its vision is …": a place or a kind before the
  // noun describes the page's company by what it is, as "the company" does; it names no other.
  if (last?.described) return undefined;
  // "Founded … by engineer Arne Tidewell, the company employs …. Its mission …": the company
  // itself is the subject after the last name.
  if (last && GENERIC_SUBJECT.test(before.slice(last.end))) return undefined;
  return last?.name;
}

/** An aside between spaced dashes: " – a lender that competes with Acme – ". */
const DASH_ASIDE = /\s[–—]\s[^–—]{1,150}?\s[–—]\s/g;

/**
 * A lowercase noun right after a name, not owning anything ("manufacturer, which …") — not a
 * preposition or a verb ("The University of …", "The Board said …").
 */
const DESCRIBED_NOUN =
  /^\s+(?!(?:of|and|or|in|at|on|for|to|from|by|with|said|says|told|tells|has|had|have|is|was|are|were|will|would|can|could|announced|added)\b)\p{Ll}[\p{L}-]*(?![\p{L}'’-])/u;

/**
 * A preposition (and "the", and names joined to it, of one word or more: "across the English
 * Midlands and North") before a name: a place or a complement.
 */
const PLACE_BEFORE =
  /\b(?:in|of|from|at|near|on|to|for|by|across)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*)*(?:\s*,\s*|\s+(?:and|or)\s+))*$/u;

/** "the company employs …": the page's company as a clause's subject (not "of the company"). */
const GENERIC_SUBJECT =
  /(?:^|[,.;]\s+|\b(?:and|but)\s+)(?:the|this)\s+(?:company|firm|business)\s+(?!['’])[a-z]+/;

/**
 * "north star is to become …", "purpose: a world where …", "ambition is for every town to …" → a
 * vision; "… to make …" → a mission.
 */
export function kindByWording(rest: string): StatementKind {
  // ("… for 2035 is a borough where …": a period before the verb; ", which we also call our
  // vision, is a town where …": an aside set off by commas, as IS allows; " the board adopted in
  // 2024 is …": who adopted it.)
  const start = rest.replace(
    new RegExp(
      String.raw`^(?:\s+(?:of|at|for)\s+[^,.;:"]{1,60}?(?=\s+(?:is|are|was)\b)|${ADOPTED_BY}(?=\s+(?:is|was)\b))?(?:,\s+[^,.;:"]{1,120},)?[^\p{L}"']*(?:is|are|was)?\s*:?\s*(?:of\s+)?["']?`,
      "u",
    ),
    "",
  );
  // ("is for every town to have …": a future wished for others, as "vision is for …" words it.)
  // ("to be there when something goes wrong", "to be on hand": being somewhere is a doing.)
  return /^(?:to\s+)?(?:be(?!\s+(?:there|here|on\s+hand|around|available)\b)|become)\b|^(?:a|an|the)\s|^for\s+[^,.;:"]{1,80}?\s+to\s+\p{Ll}/iu.test(
    start,
  )
    ? "vision"
    : "mission";
}

/** "a Leeds where …", "a school week in which …": the future place a vision describes. */
export const PLACE_WHERE = String.raw`(?:a|an)\s+(?:[\p{L}'’-]+\s+){1,3}(?:where|in\s+which)\s`;

/**
 * "the school's vision" on Ashby Fold Primary's page, "the trust's" on Wenford Rivers Trust's:
 * the company's own kind, by another word for it.
 */
export function namedForKind(kind: string, names: string[]): boolean {
  const words = KIND_WORDS[kind.toLowerCase()];
  return words !== undefined && names.some((name) => words.test(name));
}
const KIND_WORDS: Record<string, RegExp> = {
  school: /\b(?:Primary|Academy|College|School|Infants|Juniors)\b/,
  charity: /\b(?:Trust|Foundation|Aid|Charity)\b/,
  club: /\b(?:Club|FC|RFC|CC)\b/,
  council: /\b(?:Council|Borough)\b/,
  university: /\b(?:University|College)\b/,
};
